import { displayAnswer } from '../../../src/forms/engine'
import { telephone } from '../../../blocks/fields/telephone'
import { attr, parseWith, renderInput } from './rawInput'

const field = { blockType: 'telephone', name: 'tel', label: 'Téléphone', hint: 'Pour vous joindre' }
const parse = (value: string) => parseWith(telephone, field, { tel: value })
const ERROR = 'Saisissez un numéro de téléphone français à 10 chiffres, par exemple 06 12 34 56 78.'

describe('telephone', () => {
  it.each(['06 12 34 56 78', '06.12.34.56.78', '0612345678', '+33 6 12 34 56 78', '+33612345678', '0033612345678'])(
    'accepts %s as +33612345678',
    async (value) => {
      expect(await parse(value)).toEqual({ ok: true, value: '+33612345678' })
    },
  )
  it('accepts landlines', async () => {
    expect(await parse('02 97 12 34 56')).toEqual({ ok: true, value: '+33297123456' })
  })
  it('returns null when empty', async () => {
    expect(await parse('')).toEqual({ ok: true, value: null })
  })
  it.each(['06 12 34 56', '6 12 34 56 78', '00 12 34 56 78', '+44 20 7946 0958', '06 12 34 56 78 9', 'zéro six', '+33 0 12 34 56 78'])(
    'refuses %s',
    async (value) => {
      expect(await parse(value)).toEqual({ ok: false, error: ERROR, value })
    },
  )
  it('displays the national form', () => {
    expect(telephone.display(field, '+33612345678', displayAnswer)).toEqual(['06 12 34 56 78'])
  })
  it('renders type="tel" with the stored number in national form', () => {
    const html = renderInput(telephone, { field, name: 'tel', id: 'tel', value: '+33612345678' })
    expect(html).toContain('type="tel"')
    expect(html).toContain('value="06 12 34 56 78"')
    expect(attr(html, 'autocomplete')).toBe('tel')
    expect(html).toContain('aria-describedby="tel-aide"')
    expect(html).not.toContain('aria-invalid')
    const invalid = renderInput(telephone, { field, name: 'tel', id: 'tel', value: '0612', error: ERROR })
    expect(invalid).toContain('value="0612"')
    expect(invalid).toContain('aria-invalid="true"')
    expect(invalid).toContain('aria-describedby="tel-aide tel-erreur"')
  })
})
