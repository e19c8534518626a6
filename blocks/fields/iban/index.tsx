import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { expectedIbanLength, formatIban, ibanProblem, normaliseIban } from '../../../src/lib/iban'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** Bank account number (IBAN), stored without spaces in upper case, shown grouped by 4. */
export type IbanFieldConfig = BaseFieldConfig

export const IBAN_FORMAT_ERROR = 'Saisissez un IBAN valide, par exemple FR76 3000 6000 0112 3456 7890 189.'
export const IBAN_CHECK_ERROR = "Cet IBAN n'est pas valide : vérifiez les caractères saisis."

export const block: Block = {
  slug: 'iban',
  interfaceName: 'IbanFieldBlock',
  labels: { singular: 'IBAN', plural: 'IBAN' },
  fields: [...inputBaseFields()],
}

export const iban: FieldType<IbanFieldConfig, string> = cleanText({
  type: 'iban',
  block,
  kind: 'input',
  sample: () => 'FR7630006000011234567890189',
  parse(_field, input, name) {
    const raw = (input.get(name) ?? '').trim()
    if (!raw) return { ok: true, value: null }
    const value = normaliseIban(raw)
    const problem = ibanProblem(value)
    if (problem === 'format') return { ok: false, error: IBAN_FORMAT_ERROR, value: raw }
    if (problem === 'length') {
      const country = value.slice(0, 2)
      const error =
        country === 'FR'
          ? 'Un IBAN français comporte 27 caractères (FR suivi de 25 chiffres ou lettres) : vérifiez la saisie.'
          : `Un IBAN de ce pays comporte ${expectedIbanLength(country)} caractères : vérifiez la saisie.`
      return { ok: false, error, value: raw }
    }
    if (problem === 'checksum') return { ok: false, error: IBAN_CHECK_ERROR, value: raw }
    return { ok: true, value }
  },
  // In full: agents need the whole number to set up payments.
  display: (_field, value) => [formatIban(value)],
  Input: ({ field, name, id, value, error }) => (
    <input
      type="text"
      id={id}
      name={name}
      defaultValue={typeof value === 'string' ? (ibanProblem(value) ? value : formatIban(value)) : ''}
      maxLength={42}
      spellCheck={false}
      autoCapitalize="characters"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      aria-required={field.required ? true : undefined}
    />
  ),
})
