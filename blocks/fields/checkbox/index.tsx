import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** One check box whose label is a statement ("J'accepte…"): stores true when checked. */
export type CheckboxFieldConfig = BaseFieldConfig

export const CHECKED_VALUE = 'oui'

export const block: Block = {
  slug: 'checkbox',
  interfaceName: 'CheckboxFieldBlock',
  labels: { singular: 'Case à cocher unique (accord)', plural: 'Cases à cocher uniques (accord)' },
  // No default value: a consent must never be pre-checked (RGPD).
  fields: [...inputBaseFields({ defaultValue: false })],
}

export const checkbox: FieldType<CheckboxFieldConfig, boolean> = cleanText({
  type: 'checkbox',
  block,
  kind: 'input',
  sample: () => true,
  closedValue: true,
  requiredMessage: (field) => `Cochez la case « ${field.label} » pour continuer.`,
  parse(_field, input, name) {
    const value = (input.get(name) ?? '').trim()
    if (!value) return { ok: true, value: null }
    if (value !== CHECKED_VALUE) return { ok: false, error: 'Cochez la case ou laissez-la vide.', value: false }
    return { ok: true, value: true }
  },
  display: () => ['Oui'],
  Input: ({ field, name, id, value, error }) => (
    <input
      type="checkbox"
      id={id}
      name={name}
      value={CHECKED_VALUE}
      defaultChecked={value === true}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      aria-required={field.required ? true : undefined}
    />
  ),
})
