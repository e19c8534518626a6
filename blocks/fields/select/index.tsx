import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { inputBaseFields, optionsField } from '../shared/baseFields'
import { type ChoiceOption, optionLabel, optionValue, sampleOption } from '../shared/options'
import { cleanText } from '../shared/cleanText'
import { ListSelect } from '../shared/ListSelect'

/** Drop-down list: one choice among many. Stores the option's value. */
export interface SelectFieldConfig extends BaseFieldConfig {
  options?: ChoiceOption[] | null
}

export const block: Block = {
  slug: 'select',
  interfaceName: 'SelectFieldBlock',
  labels: { singular: 'Liste déroulante', plural: 'Listes déroulantes' },
  fields: [...inputBaseFields(), optionsField],
}

export const select: FieldType<SelectFieldConfig, string> = cleanText({
  type: 'select',
  block,
  kind: 'input',
  sample: (field, { index }) => sampleOption(field.options, index),
  closedValue: true,
  parse(field, input, name) {
    const value = (input.get(name) ?? '').trim()
    if (!value) return { ok: true, value: null }
    if (!(field.options ?? []).some((o) => optionValue(o) === value)) {
      return { ok: false, error: 'Choisissez une valeur dans la liste.', value: '' }
    }
    return { ok: true, value }
  },
  display: (field, value) => [optionLabel(field.options, value)],
  Input: ({ field, name, id, value, error }) => (
    <ListSelect field={field} name={name} id={id} value={value} error={error} entries={(field.options ?? []).map((o) => ({ value: optionValue(o), label: o.label }))} />
  ),
})
