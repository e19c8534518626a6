import { country, type CountryFieldConfig } from '../../../blocks/fields/country'
import { displayAnswer } from '../../../src/forms/engine'
import { COUNTRIES } from '../../../src/lib/countries'
import { parseWith, renderInput } from './rawInput'

const field: CountryFieldConfig = { blockType: 'country', name: 'pays', label: 'Pays de naissance' }

describe('country', () => {
  it('accepts an ISO code of the list', async () => {
    expect(await parseWith(country, field, { pays: 'DE' })).toEqual({ ok: true, value: 'DE' })
    expect(await parseWith(country, field, { pays: 'fr' })).toEqual({ ok: true, value: 'FR' })
  })
  it('refuses a code that is not a country', async () => {
    expect(await parseWith(country, field, { pays: 'ZZ' })).toEqual({ ok: false, error: 'Choisissez un pays dans la liste.', value: '' })
    expect(await parseWith(country, field, { pays: 'Allemagne' })).toMatchObject({ ok: false })
  })
  it('names countries in French, France first', () => {
    expect(displayAnswer(field, 'DE')).toEqual(['Allemagne'])
    expect(COUNTRIES[0]).toEqual({ value: 'FR', label: 'France' })
    expect(COUNTRIES.length).toBeGreaterThan(240)
    const html = renderInput(country, { field, name: 'pays', id: 'pays', value: 'BE' })
    expect(html).toContain('<option value="BE" selected="">Belgique</option>')
  })
})
