import { formatted, type FormattedFieldConfig } from '../../../blocks/fields/formatted'
import { displayAnswer } from '../../../src/forms/engine'
import { applyMask, isUsableMask, maskExample } from '../../../src/lib/mask'
import { parseWith, renderInput } from './rawInput'

const plate: FormattedFieldConfig = { blockType: 'formatted', name: 'immatriculation', label: 'Immatriculation', mask: 'AA-999-AA' }
const parse = (field: FormattedFieldConfig, value: string) => parseWith(formatted, field, { immatriculation: value })

describe('formatted text', () => {
  it('accepts the text in the format however separated, stored in the format', async () => {
    expect(await parse(plate, 'ab123cd')).toEqual({ ok: true, value: 'AB-123-CD' })
    expect(await parse(plate, 'AB 123 CD')).toEqual({ ok: true, value: 'AB-123-CD' })
    expect(await parse(plate, 'AB-123-CD')).toEqual({ ok: true, value: 'AB-123-CD' })
  })
  it('refuses another format with the default message, showing an example', async () => {
    expect(await parse(plate, '123-AB-45')).toEqual({ ok: false, error: 'Respectez le format, par exemple AB-123-CD.', value: '123-AB-45' })
    expect(await parse(plate, 'AB-123-CDE')).toMatchObject({ ok: false })
    expect(await parse(plate, 'AB-12-CD')).toMatchObject({ ok: false })
  })
  it('uses the message staff wrote', async () => {
    const field = { ...plate, formatMessage: 'Écrivez le numéro de la carte grise (ex. AB-123-CD).' }
    expect(await parse(field, 'n’importe quoi')).toMatchObject({ ok: false, error: 'Écrivez le numéro de la carte grise (ex. AB-123-CD).' })
  })
  it('knows digits, letters and either', () => {
    expect(applyMask('99 99 99', '123456')).toBe('12 34 56')
    expect(applyMask('***-9', 'a1b-2')).toBe('A1B-2')
    expect(applyMask('999', '12a')).toBeNull()
    expect(maskExample('AA-999-AA')).toBe('AB-123-CD')
    expect(isUsableMask('---')).toBe(false)
    expect(isUsableMask('9'.repeat(61))).toBe(false)
  })
  it('displays and renders the value', () => {
    expect(displayAnswer(plate, 'AB-123-CD')).toEqual(['AB-123-CD'])
    expect(renderInput(formatted, { field: plate, name: 'immatriculation', id: 'immatriculation', value: 'AB-123-CD' })).toContain('value="AB-123-CD"')
  })
})
