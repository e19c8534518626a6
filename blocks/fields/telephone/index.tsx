import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { formatFrenchPhone, normaliseFrenchPhone } from '../../../src/lib/frenchPhone'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** French phone number, stored as E.164 ("+33612345678"), shown as "06 12 34 56 78". */
export type TelephoneFieldConfig = BaseFieldConfig

export const TELEPHONE_ERROR = 'Saisissez un numéro de téléphone français à 10 chiffres, par exemple 06 12 34 56 78.'

export const block: Block = {
  slug: 'telephone',
  interfaceName: 'TelephoneFieldBlock',
  labels: { singular: 'Téléphone', plural: 'Téléphones' },
  fields: [...inputBaseFields()],
}

export const telephone: FieldType<TelephoneFieldConfig, string> = cleanText({
  type: 'telephone',
  block,
  kind: 'input',
  sample: (_field, { index }) => `+3369${String(1000000 + index).slice(-7)}`,
  closedValue: true,
  parse(_field, input, name) {
    const raw = (input.get(name) ?? '').trim()
    if (!raw) return { ok: true, value: null }
    const value = normaliseFrenchPhone(raw)
    if (!value) return { ok: false, error: TELEPHONE_ERROR, value: raw }
    return { ok: true, value }
  },
  display: (_field, value) => [formatFrenchPhone(value)],
  Input: ({ field, name, id, value, error }) => (
    <input
      type="tel"
      id={id}
      name={name}
      // Stored E.164 is shown in the national form; an invalid entry is shown as typed.
      defaultValue={typeof value === 'string' ? formatFrenchPhone(value) : ''}
      maxLength={25}
      autoComplete="tel"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      aria-required={field.required ? true : undefined}
    />
  ),
})
