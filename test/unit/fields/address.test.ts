import { displayAnswer } from '../../../src/forms/engine'
import { address } from '../../../blocks/fields/address'
import { attr, parseWith, renderInput, tagWithId } from './rawInput'

const field = { blockType: 'address', name: 'adresse', label: 'Adresse' }
const post = (parts: Partial<Record<'rue' | 'complement' | 'codePostal' | 'commune', string>>) =>
  Object.fromEntries(Object.entries(parts).map(([k, v]) => [`adresse.${k}`, v!]))
const parse = (parts: Parameters<typeof post>[0]) => parseWith(address, field, post(parts))

describe('address', () => {
  it('accepts a full address, whitespace tidied', async () => {
    expect(await parse({ rue: ' 12  rue des Lilas ', codePostal: '56 890', commune: 'Kerlann' })).toEqual({
      ok: true,
      value: { rue: '12 rue des Lilas', codePostal: '56890', commune: 'Kerlann' },
    })
    expect(await parse({ rue: '3 place de la Mairie', complement: 'Bât. B', codePostal: '56890', commune: 'Kerlann' })).toMatchObject({
      ok: true,
      value: { complement: 'Bât. B' },
    })
  })
  it('returns null when every part is empty', async () => {
    expect(await parse({ rue: ' ', complement: '', codePostal: '', commune: '' })).toEqual({ ok: true, value: null })
    expect(await parseWith(address, field, {})).toEqual({ ok: true, value: null })
  })
  it('flags the missing parts of a partial address, keyed by full input name', async () => {
    const result = await parse({ rue: '12 rue des Lilas' })
    expect(result).toEqual({
      ok: false,
      error: "Vérifiez l'adresse : le code postal et la commune.",
      errors: { 'adresse.codePostal': 'Indiquez le code postal.', 'adresse.commune': 'Indiquez la commune.' },
      value: { rue: '12 rue des Lilas', complement: '', codePostal: '', commune: '' },
    })
  })
  it('refuses a postal code that is not 5 digits', async () => {
    for (const codePostal of ['5689', '568900', '56B90', '00100']) {
      const result = await parse({ rue: '1 rue X', codePostal, commune: 'Kerlann' })
      expect(result).toMatchObject({ ok: false, errors: { 'adresse.codePostal': 'Le code postal doit comporter 5 chiffres, par exemple 56890.' } })
    }
  })
  it('uses the full name inside a group', async () => {
    const result = await parseWith(address, field, { 'foyer.0.adresse.rue': '1 rue X' }, {}, 'foyer.0.adresse')
    expect(result.ok ? {} : result.errors).toHaveProperty(['foyer.0.adresse.commune'])
  })
  it('displays one line', () => {
    expect(address.display(field, { rue: '12 rue X', codePostal: '56890', commune: 'Kerlann' }, displayAnswer)).toEqual(['12 rue X, 56890 Kerlann'])
    expect(address.display(field, { rue: '12 rue X', complement: 'Bât. B', codePostal: '56890', commune: 'Kerlann' }, displayAnswer)).toEqual(['12 rue X, Bât. B, 56890 Kerlann'])
  })
  it('renders four labelled inputs with autocomplete and their own errors', () => {
    expect(address.fieldset).toBe(true)
    const html = renderInput(address, {
      field: { ...field, required: true },
      name: 'adresse',
      id: 'adresse',
      value: { rue: '12 rue X', codePostal: '' },
      error: "Vérifiez l'adresse : le code postal.",
      errors: { 'adresse.codePostal': 'Indiquez le code postal.' },
    })
    for (const [part, autocomplete] of [['rue', 'address-line1'], ['complement', 'address-line2'], ['codePostal', 'postal-code'], ['commune', 'address-level2']]) {
      expect(html).toContain(`<label class="field__label" for="adresse-${part}">`)
      const tag = tagWithId(html, `adresse-${part}`)
      expect(attr(tag, 'name')).toBe(`adresse.${part}`)
      expect(attr(tag, 'autocomplete')).toBe(autocomplete)
    }
    expect(html).toContain('<div class="field__parts" id="adresse">') // error-summary target for the whole field
    expect(html).toContain('value="12 rue X"')
    expect(html).toContain('id="adresse-codePostal-erreur"')
    const codePostal = tagWithId(html, 'adresse-codePostal')
    expect(attr(codePostal, 'aria-invalid')).toBe('true')
    expect(attr(codePostal, 'aria-describedby')).toBe('adresse-codePostal-erreur')
    expect(attr(codePostal, 'inputmode')).toBe('numeric')
    expect(html.match(/aria-invalid/g)).toHaveLength(1)
    expect(html.match(/aria-required="true"/g)).toHaveLength(3) // not the complement
    expect(html).not.toMatch(/\srequired[\s=>]/)
  })
})
