import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { COUNTRIES, countryName, isCountryCode } from '../../../src/lib/countries'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'
import { ListSelect } from '../shared/ListSelect'

/** A country (of birth, of residence…), chosen in a list named in French. Stores the ISO code ("FR"). */
export type CountryFieldConfig = BaseFieldConfig

export const block: Block = {
  slug: 'country',
  interfaceName: 'CountryFieldBlock',
  labels: { singular: 'Pays', plural: 'Pays' },
  fields: [...inputBaseFields()],
}

export const country: FieldType<CountryFieldConfig, string> = cleanText({
  type: 'country',
  block,
  kind: 'input',
  closedValue: true,
  sample: () => 'FR',
  parse(_field, input, name) {
    const value = (input.get(name) ?? '').trim().toUpperCase()
    if (!value) return { ok: true, value: null }
    if (!isCountryCode(value)) return { ok: false, error: 'Choisissez un pays dans la liste.', value: '' }
    return { ok: true, value }
  },
  display: (_field, value) => [countryName(value)],
  Input: ({ field, name, id, value, error }) => (
    <ListSelect field={field} name={name} id={id} value={value} error={error} entries={COUNTRIES} placeholder="Sélectionnez un pays" />
  ),
})
