import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { checkSiret, formatSiret } from '../../../src/lib/siret'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** SIRET number of a company or association's establishment: 14 digits, stored without spaces. */
export type SiretFieldConfig = BaseFieldConfig

export const block: Block = {
  slug: 'siret',
  interfaceName: 'SiretFieldBlock',
  labels: { singular: 'Numéro SIRET', plural: 'Numéros SIRET' },
  fields: [...inputBaseFields()],
}

export const siret: FieldType<SiretFieldConfig, string> = cleanText({
  type: 'siret',
  block,
  kind: 'input',
  sample: () => '73282932000074',
  parse(_field, input, name) {
    const raw = (input.get(name) ?? '').trim()
    if (!raw) return { ok: true, value: null }
    const checked = checkSiret(raw)
    return checked.ok ? checked : { ok: false, error: checked.error, value: raw }
  },
  display: (_field, value) => [formatSiret(value)],
  Input: ({ field, name, id, value, error }) => (
    <input
      type="text"
      inputMode="numeric"
      id={id}
      name={name}
      defaultValue={typeof value === 'string' ? formatSiret(value) : ''}
      maxLength={20}
      spellCheck={false}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      aria-required={field.required ? true : undefined}
    />
  ),
})
