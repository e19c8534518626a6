import { displayAnswer } from '../../../src/forms/engine'
import { textarea, type TextareaFieldConfig } from '../../../blocks/fields/textarea'
import { parseWith, renderInput } from './rawInput'

const field: TextareaFieldConfig = { blockType: 'textarea', name: 'message', label: 'Votre message', maxLength: 20, rows: 4 }

describe('textarea', () => {
  it('keeps line breaks, trims and normalises CRLF', async () => {
    expect(await parseWith(textarea, field, { message: '  Bonjour\r\nMerci  ' })).toEqual({ ok: true, value: 'Bonjour\nMerci' })
  })
  it('returns null when empty or blank (required is the engine’s job)', async () => {
    expect(await parseWith(textarea, { ...field, required: true }, { message: ' \r\n ' })).toEqual({ ok: true, value: null })
    expect(await parseWith(textarea, field, {})).toEqual({ ok: true, value: null })
  })
  it('refuses text over maxLength and shows it back', async () => {
    const result = await parseWith(textarea, field, { message: 'x'.repeat(21) })
    expect(result).toMatchObject({ ok: false, value: 'x'.repeat(21) })
    expect(result.ok ? '' : result.error).toMatch(/20 caractères au maximum/)
  })
  it('defaults to 2000 characters', async () => {
    const f = { ...field, maxLength: null }
    expect((await parseWith(textarea, f, { message: 'x'.repeat(2000) })).ok).toBe(true)
    expect((await parseWith(textarea, f, { message: 'x'.repeat(2001) })).ok).toBe(false)
  })
  it('displays one line per line of text', () => {
    expect(textarea.display(field, 'Bonjour\nMerci', displayAnswer)).toEqual(['Bonjour', 'Merci'])
  })
  it('renders a textarea wired for assistive technologies, without html required', () => {
    const html = renderInput(textarea, { field: { ...field, required: true, hint: 'Aide' }, name: 'message', id: 'message', value: 'a<b', error: 'Trop long' })
    expect(html).toContain('<textarea')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('aria-describedby="message-aide message-erreur"')
    expect(html).toContain('aria-required="true"')
    expect(html).toContain('rows="4"')
    expect(html).toContain('a&lt;b')
    expect(html).not.toMatch(/\srequired[\s=>]/)
    const clean = renderInput(textarea, { field, name: 'message', id: 'message', value: null })
    expect(clean).not.toContain('aria-invalid')
    expect(clean).not.toContain('aria-describedby')
  })
})
