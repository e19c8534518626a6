import { displayAnswer } from '../../../src/forms/engine'
import { siret } from '../../../blocks/fields/siret'
import { attr, parseWith, renderInput } from './rawInput'

const field = { blockType: 'siret', name: 'siret', label: 'Numéro SIRET' }
const parse = (value: string) => parseWith(siret, field, { siret: value })

describe('siret', () => {
  it('accepts a valid SIRET, spaces removed', async () => {
    expect(await parse('732 829 320 00074')).toEqual({ ok: true, value: '73282932000074' })
    expect(await parse('73282932000074')).toEqual({ ok: true, value: '73282932000074' })
  })
  it('accepts La Poste establishments (digit sum multiple of 5)', async () => {
    expect(await parse('356 000 000 00048')).toEqual({ ok: true, value: '35600000000048' })
    expect(await parse('35600000049837')).toEqual({ ok: true, value: '35600000049837' })
  })
  it('returns null when empty', async () => {
    expect(await parse(' ')).toEqual({ ok: true, value: null })
  })
  it('refuses a wrong length or characters', async () => {
    for (const value of ['7328293200007', '732829320000745', '7328293200007A', '732-829-320-00074']) {
      expect(await parse(value)).toEqual({ ok: false, error: 'Le numéro SIRET doit comporter 14 chiffres, par exemple 732 829 320 00074.', value })
    }
  })
  it('refuses a failed check', async () => {
    expect(await parse('73282932000075')).toEqual({ ok: false, error: "Ce numéro SIRET n'existe pas : vérifiez les 14 chiffres saisis.", value: '73282932000075' })
    expect((await parse('35600000049838')).ok).toBe(false)
  })
  it('displays SIREN and NIC grouped', () => {
    expect(siret.display(field, '73282932000074', displayAnswer)).toEqual(['732 829 320 00074'])
  })
  it('renders a numeric text input with aria attributes', () => {
    const html = renderInput(siret, { field, name: 'siret', id: 'siret', value: '73282932000074', error: 'Erreur' })
    expect(attr(html, 'inputmode')).toBe('numeric')
    expect(html).toContain('value="732 829 320 00074"')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('aria-describedby="siret-erreur"')
  })
})
