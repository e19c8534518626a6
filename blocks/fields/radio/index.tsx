import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { inputBaseFields, optionsField } from '../shared/baseFields'
import { type ChoiceOption, optionLabel, optionValue, sampleOption } from '../shared/options'
import { cleanText } from '../shared/cleanText'

/** Radio buttons: one choice among a few, all visible. Stores the option's value. */
export interface RadioFieldConfig extends BaseFieldConfig {
  options?: ChoiceOption[] | null
}

/** Ids of the options: the first is the field's id, so an error-summary link to it lands on a control. */
export const optionId = (id: string, index: number): string => (index === 0 ? id : `${id}-${index + 1}`)

export const block: Block = {
  slug: 'radio',
  interfaceName: 'RadioFieldBlock',
  labels: { singular: 'Boutons radio', plural: 'Boutons radio' },
  fields: [...inputBaseFields(), optionsField],
}

export const radio: FieldType<RadioFieldConfig, string> = cleanText({
  type: 'radio',
  block,
  kind: 'input',
  sample: (field, { index }) => sampleOption(field.options, index),
  closedValue: true,
  fieldset: true,
  parse(field, input, name) {
    const value = (input.get(name) ?? '').trim()
    if (!value) return { ok: true, value: null }
    if (!(field.options ?? []).some((o) => optionValue(o) === value)) {
      return { ok: false, error: 'Choisissez une des réponses proposées.', value: '' }
    }
    return { ok: true, value }
  },
  display: (field, value) => [optionLabel(field.options, value)],
  // The fieldset (FieldShell) carries the hint and error through aria-describedby; repeating them
  // on every option would make screen readers read the error once per option.
  Input: ({ field, name, id, value, error }) => (
    <div className="choices">
      {(field.options ?? []).map((option, index) => (
        <div className="choices__item" key={optionValue(option)}>
          <input
            type="radio"
            id={optionId(id, index)}
            name={name}
            value={optionValue(option)}
            defaultChecked={value === optionValue(option)}
            aria-invalid={error ? true : undefined}
          />
          <label htmlFor={optionId(id, index)}>{option.label}</label>
        </div>
      ))}
    </div>
  ),
})
