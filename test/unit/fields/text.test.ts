import { displayAnswer } from '../../../src/forms/engine'
import { text, type TextFieldConfig } from '../../../blocks/fields/text'
import { attr, parseWith, renderInput, tagWithId } from './rawInput'

const field: TextFieldConfig = { blockType: 'text', name: 'nom', label: 'Nom', autocomplete: 'family-name' }
const parse = (value: string, f: TextFieldConfig = field) => parseWith(text, f, { nom: value })

describe('text', () => {
  it('accepts a line of text, trimmed, inner spaces and line breaks collapsed', async () => {
    expect(await parse('Le Goff')).toEqual({ ok: true, value: 'Le Goff' })
    expect(await parse('  Le   Goff\r\n de\tKerlann ')).toEqual({ ok: true, value: 'Le Goff de Kerlann' })
    expect(await parse('Éloïse Ø’Brien <b>')).toEqual({ ok: true, value: 'Éloïse Ø’Brien <b>' })
  })
  it('returns null when empty or blank (required is the engine’s job)', async () => {
    expect(await parse('   ', { ...field, required: true })).toEqual({ ok: true, value: null })
    expect(await parseWith(text, field, {})).toEqual({ ok: true, value: null })
  })
  it('defaults to 200 characters at most, counted after trimming', async () => {
    expect(await parse('x'.repeat(200))).toEqual({ ok: true, value: 'x'.repeat(200) })
    expect(await parse(`  ${'x'.repeat(200)}  `)).toMatchObject({ ok: true })
    expect(await parse('x'.repeat(201))).toEqual({ ok: false, error: 'Saisissez 200 caractères au maximum.', value: 'x'.repeat(201) })
  })
  it('applies maxLength and minLength, showing the value back', async () => {
    const f = { ...field, minLength: 2, maxLength: 5 }
    expect(await parse('ab', f)).toEqual({ ok: true, value: 'ab' })
    expect(await parse('abcde', f)).toEqual({ ok: true, value: 'abcde' })
    expect(await parse('a', f)).toEqual({ ok: false, error: 'Saisissez au moins 2 caractères.', value: 'a' })
    expect(await parse('abcdef', f)).toEqual({ ok: false, error: 'Saisissez 5 caractères au maximum.', value: 'abcdef' })
  })
  it('displays the value as one line', () => {
    expect(text.display(field, 'Le Goff', displayAnswer)).toEqual(['Le Goff'])
  })
  it('renders a text input with maxlength, autocomplete and aria attributes, without html required', () => {
    const html = renderInput(text, { field: { ...field, required: true, hint: 'Aide', maxLength: 80 }, name: 'nom', id: 'nom', value: 'a"<b', error: 'Erreur' })
    const tag = tagWithId(html, 'nom')
    expect(attr(tag, 'type')).toBe('text')
    expect(attr(tag, 'name')).toBe('nom')
    expect(attr(tag, 'value')).toBe('a&quot;&lt;b')
    expect(attr(tag, 'maxlength')).toBe('80')
    expect(attr(tag, 'autocomplete')).toBe('family-name')
    expect(attr(tag, 'aria-invalid')).toBe('true')
    expect(attr(tag, 'aria-describedby')).toBe('nom-aide nom-erreur')
    expect(attr(tag, 'aria-required')).toBe('true')
    expect(html).not.toMatch(/\srequired[\s=>]/)
    const clean = tagWithId(renderInput(text, { field: { ...field, autocomplete: null }, name: 'nom', id: 'nom', value: null }), 'nom')
    expect(attr(clean, 'maxlength')).toBe('200')
    expect(attr(clean, 'value')).toBe('')
    expect(attr(clean, 'autocomplete')).toBeUndefined()
    expect(attr(clean, 'aria-invalid')).toBeUndefined()
    expect(attr(clean, 'aria-describedby')).toBeUndefined()
  })
})
