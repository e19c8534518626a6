import { displayAnswer } from '../../../src/forms/engine'
import { heading } from '../../../blocks/fields/heading'
import { plainBodyToLexical } from '../../../src/seed/lexical'
import { parseWith, renderInput } from './rawInput'

const field = { blockType: 'heading', title: 'Vos coordonnées', level: 'h3' as const, text: 'Nous vous contacterons\nsi besoin.\n\nRien ne sera publié.' }

describe('heading', () => {
  it('is a display block holding no answer', async () => {
    expect(heading.kind).toBe('display')
    expect(await parseWith(heading, field, { x: 'y' })).toEqual({ ok: true, value: null })
    expect(heading.display(field, null, displayAnswer)).toEqual([])
  })
  it('has its own admin fields and the condition, no name', () => {
    const names = heading.block.fields.map((f) => ('name' in f ? f.name : null))
    expect(names).toEqual(['title', 'level', 'content', 'text', 'condition'])
  })
  it('renders its rich text explanation (lists, links), which wins over the old plain text', () => {
    const content = plainBodyToLexical(['Joignez :', '- votre dernier avis d’imposition', '- une facture récente'])
    const html = renderInput(heading, { field: { ...field, content }, name: '', id: 'intertitre', value: null })
    expect(html).toContain('<h3 class="form-heading__title">Vos coordonnées</h3>')
    expect(html).toMatch(/<div class="rich-text form-heading__text">/)
    expect(html).toMatch(/<ul[^>]*>.*votre dernier avis d’imposition.*une facture récente.*<\/ul>/s)
    expect(html).not.toContain('Rien ne sera publié') // the plain text is the fallback only
    // an empty editor (one empty paragraph) falls back to the plain text
    const empty = { root: { type: 'root', children: [{ type: 'paragraph', children: [] }] } }
    expect(renderInput(heading, { field: { ...field, content: empty }, name: '', id: 'x', value: null })).toContain('Rien ne sera publié')
  })
  it('renders the heading and the plain-text paragraphs of forms saved before rich text', () => {
    const html = renderInput(heading, { field, name: '', id: 'intertitre', value: null })
    expect(html).toContain('<h3 class="form-heading__title">Vos coordonnées</h3>')
    expect(html).toContain('<p><span>Nous vous contacterons</span><span><br/>si besoin.</span></p><p><span>Rien ne sera publié.</span></p>')
    expect(renderInput(heading, { field: { ...field, level: null }, name: '', id: 'x', value: null })).toContain('<h2')
    expect(renderInput(heading, { field: { blockType: 'heading' }, name: '', id: 'x', value: null })).toBe('')
  })
})
