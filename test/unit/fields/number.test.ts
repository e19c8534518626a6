import { displayAnswer } from '../../../src/forms/engine'
import { number, type NumberFieldConfig, readNumber } from '../../../blocks/fields/number'
import { attr, parseWith, renderInput } from './rawInput'

const field: NumberFieldConfig = { blockType: 'number', name: 'surface', label: 'Surface (m²)', min: 0, max: 1000 }
const parse = (value: string, f: NumberFieldConfig = field) => parseWith(number, f, { surface: value })

describe('number', () => {
  it('accepts integers and decimals with a comma or a dot', async () => {
    expect(await parse('12')).toEqual({ ok: true, value: 12 })
    expect(await parse('12,5')).toEqual({ ok: true, value: 12.5 })
    expect(await parse(' 12.5 ')).toEqual({ ok: true, value: 12.5 })
    expect(await parse('1 000')).toEqual({ ok: true, value: 1000 })
    expect(await parse('0,75')).toEqual({ ok: true, value: 0.75 })
  })
  it('returns null when empty', async () => {
    expect(await parse('  ')).toEqual({ ok: true, value: null })
  })
  it('refuses what is not a number', async () => {
    for (const value of ['douze', '12,5,3', '1.234,5', '12 m²', '1e3', '--1', ',']) {
      expect(await parse(value)).toEqual({ ok: false, error: 'Saisissez un nombre, par exemple 12 ou 12,5.', value })
    }
  })
  it('refuses values out of bounds, naming the bounds', async () => {
    expect(await parse('1000,5')).toEqual({ ok: false, error: 'Saisissez un nombre entre 0 et 1 000.'.replace(' 000', '\u202f000'), value: '1000,5' })
    expect(await parse('-1', { ...field, max: null })).toMatchObject({ ok: false, error: 'Saisissez un nombre supérieur ou égal à 0.' })
    expect(await parse('2,5', { ...field, min: null, max: 2.25 })).toMatchObject({ ok: false, error: 'Saisissez un nombre inférieur ou égal à 2,25.' })
  })
  it('applies the step from the minimum', async () => {
    const whole = { ...field, step: 1 }
    expect(await parse('3', whole)).toEqual({ ok: true, value: 3 })
    expect(await parse('3,5', whole)).toMatchObject({ ok: false, error: 'Saisissez un nombre entier.' })
    const cents = { ...field, step: 0.01 }
    expect(await parse('19,99', cents)).toEqual({ ok: true, value: 19.99 })
    expect(await parse('0,3', cents)).toEqual({ ok: true, value: 0.3 })
    expect(await parse('19,995', cents)).toMatchObject({ ok: false, error: 'Saisissez un nombre par pas de 0,01.' })
    expect(await parse('7', { ...field, min: 1, step: 2 })).toEqual({ ok: true, value: 7 })
    expect(await parse('6', { ...field, min: 1, step: 2 })).toMatchObject({ ok: false })
  })
  it('reads numbers', () => {
    expect(readNumber('-3')).toBe(-3)
    expect(readNumber('+3')).toBe(3)
    expect(readNumber('')).toBeNull()
  })
  it('displays in French', () => {
    expect(number.display(field, 12.5, displayAnswer)).toEqual(['12,5'])
    expect(number.display(field, 1234, displayAnswer)).toEqual(['1\u202f234'])
  })
  it('renders a decimal text input with aria attributes', () => {
    const html = renderInput(number, { field: { ...field, required: true }, name: 'surface', id: 'surface', value: 12.5, error: 'Erreur' })
    expect(html).toContain('type="text"')
    expect(attr(html, 'inputmode')).toBe('decimal')
    expect(html).toContain('value="12,5"')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('aria-describedby="surface-erreur"')
    expect(html).toContain('aria-required="true"')
    expect(attr(renderInput(number, { field: { ...field, step: 1 }, name: 'n', id: 'n', value: null }), 'inputmode')).toBe('numeric')
  })
})
