import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { inputBaseFields, optionsField } from '../shared/baseFields'
import { type ChoiceOption, optionLabel, optionValue, sampleOption } from '../shared/options'
import { optionId } from '../radio'
import { cleanText } from '../shared/cleanText'

/** Check boxes: several choices among many. Stores the chosen options' values, in options order. */
export interface CheckboxesFieldConfig extends BaseFieldConfig {
  options?: ChoiceOption[] | null
  minChoices?: number | null
  maxChoices?: number | null
}

const choices = (n: number) => `${n} ${n > 1 ? 'réponses' : 'réponse'}`

export const block: Block = {
  slug: 'checkboxes',
  interfaceName: 'CheckboxesFieldBlock',
  labels: { singular: 'Cases à cocher', plural: 'Cases à cocher' },
  fields: [
    ...inputBaseFields({ defaultValue: false }),
    optionsField,
    {
      type: 'row',
      fields: [
        { name: 'minChoices', type: 'number', label: 'Nombre minimum de réponses', min: 1 },
        { name: 'maxChoices', type: 'number', label: 'Nombre maximum de réponses', min: 1 },
      ],
    },
  ],
}

export const checkboxes: FieldType<CheckboxesFieldConfig, string[]> = cleanText({
  type: 'checkboxes',
  block,
  kind: 'input',
  sample: (field) => (field.options?.length ? [sampleOption(field.options, 0)!] : null),
  closedValue: true,
  requiredMessage: (field) => `Cochez au moins une réponse pour « ${field.label} ».`,
  fieldset: true,
  parse(field, input, name) {
    const options = (field.options ?? []).map(optionValue)
    const posted = new Set(input.getAll(name).map((v) => v.trim()).filter(Boolean))
    if (!posted.size) return { ok: true, value: null }
    const value = options.filter((o) => posted.has(o))
    if (value.length !== posted.size) {
      return { ok: false, error: 'Choisissez parmi les réponses proposées.', value }
    }
    if (field.minChoices && value.length < field.minChoices) {
      return { ok: false, error: `Cochez au moins ${choices(field.minChoices)}.`, value }
    }
    if (field.maxChoices && value.length > field.maxChoices) {
      return { ok: false, error: `Cochez au plus ${choices(field.maxChoices)}.`, value }
    }
    return { ok: true, value }
  },
  display: (field, value) => value.map((v) => optionLabel(field.options, v)),
  // Hint and error are on the fieldset (see radio).
  Input: ({ field, name, id, value, error }) => {
    const checked = Array.isArray(value) ? value : []
    return (
      <div className="choices">
        {(field.options ?? []).map((option, index) => (
          <div className="choices__item" key={optionValue(option)}>
            <input
              type="checkbox"
              id={optionId(id, index)}
              name={name}
              value={optionValue(option)}
              defaultChecked={checked.includes(optionValue(option))}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={optionId(id, index)}>{option.label}</label>
          </div>
        ))}
      </div>
    )
  },
})
