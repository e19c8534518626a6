import { displayAnswer } from '../../../src/forms/engine'
import { iban } from '../../../blocks/fields/iban'
import { formatIban, ibanProblem, isValidIban, normaliseIban } from '../../../src/lib/iban'
import { parseWith, renderInput } from './rawInput'

const VALID = 'FR7630006000011234567890189'

describe('iban lib', () => {
  it('validates check digits with mod 97', () => {
    expect(isValidIban(VALID)).toBe(true)
    expect(isValidIban('FR7630006000011234567890188')).toBe(false)
    expect(isValidIban('FR7630006000011234567891189')).toBe(false)
    expect(isValidIban('fr76 3000 6000 0112 3456 7890 189')).toBe(true)
    expect(isValidIban('DE89370400440532013000')).toBe(true)
    expect(isValidIban('GB82WEST12345698765432')).toBe(true)
  })
  it('knows the French length', () => {
    expect(ibanProblem('FR763000600001123456789018')).toBe('length')
    expect(ibanProblem('FR76ABC')).toBe('format')
    expect(ibanProblem('7630006000011234567890189')).toBe('format')
  })
  it('normalises and formats', () => {
    expect(normaliseIban(' fr76 3000\u00a06000 0112 3456 7890 189 ')).toBe(VALID)
    expect(formatIban(VALID)).toBe('FR76 3000 6000 0112 3456 7890 189')
  })
})

describe('iban field', () => {
  const field = { blockType: 'iban', name: 'iban', label: 'IBAN' }
  const parse = (value: string) => parseWith(iban, field, { iban: value })

  it('accepts a valid IBAN, stored compact and upper case', async () => {
    expect(await parse('fr76 3000 6000 0112 3456 7890 189')).toEqual({ ok: true, value: VALID })
  })
  it('returns null when empty', async () => {
    expect(await parse('')).toEqual({ ok: true, value: null })
  })
  it('refuses invalid IBANs with French messages', async () => {
    expect(await parse('FR76 3000 6000 0112 3456 7890 188')).toEqual({ ok: false, error: "Cet IBAN n'est pas valide : vérifiez les caractères saisis.", value: 'FR76 3000 6000 0112 3456 7890 188' })
    expect(await parse('FR76 3000 6000 0112 3456 7890 18')).toMatchObject({ ok: false, error: expect.stringContaining('27 caractères') })
    expect(await parse('30006000011234567890189')).toMatchObject({ ok: false, error: expect.stringContaining('Saisissez un IBAN valide') })
  })
  it('displays in full, grouped by 4', () => {
    expect(iban.display(field, VALID, displayAnswer)).toEqual(['FR76 3000 6000 0112 3456 7890 189'])
  })
  it('renders a text input with aria attributes', () => {
    const html = renderInput(iban, { field: { ...field, required: true }, name: 'iban', id: 'iban', value: VALID })
    expect(html).toContain('value="FR76 3000 6000 0112 3456 7890 189"')
    expect(html).toContain('aria-required="true"')
    expect(html).not.toContain('aria-invalid')
    const invalid = renderInput(iban, { field, name: 'iban', id: 'iban', value: 'fr76 xx', error: 'Erreur' })
    expect(invalid).toContain('value="fr76 xx"')
    expect(invalid).toContain('aria-invalid="true"')
    expect(invalid).toContain('aria-describedby="iban-erreur"')
  })
})
