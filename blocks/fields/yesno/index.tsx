import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** A question answered by "Oui" or "Non", both always visible (never a lone checkbox: "Non" is an answer too). */
export type YesNoFieldConfig = BaseFieldConfig

export type YesNo = 'oui' | 'non'

const CHOICES: Array<{ value: YesNo; label: string }> = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
]

export const block: Block = {
  slug: 'yesno',
  interfaceName: 'YesnoFieldBlock',
  labels: { singular: 'Question oui / non', plural: 'Questions oui / non' },
  fields: [...inputBaseFields({ defaultValue: false })],
}

export const yesno: FieldType<YesNoFieldConfig, YesNo> = cleanText({
  type: 'yesno',
  block,
  kind: 'input',
  fieldset: true,
  closedValue: true,
  sample: (_field, { index }) => (index % 3 ? 'oui' : 'non'),
  requiredMessage: (field) => `Répondez par oui ou par non à « ${field.label} ».`,
  parse(_field, input, name) {
    const value = (input.get(name) ?? '').trim().toLowerCase()
    if (!value) return { ok: true, value: null }
    if (value !== 'oui' && value !== 'non') return { ok: false, error: 'Répondez par oui ou par non.', value: '' }
    return { ok: true, value }
  },
  display: (_field, value) => [value === 'oui' ? 'Oui' : 'Non'],
  // The fieldset (FieldShell) carries the hint and error; the first radio carries the field id.
  Input: ({ name, id, value, error }) => (
    <div className="choices choices--inline">
      {CHOICES.map((choice, index) => {
        const choiceId = index === 0 ? id : `${id}-${choice.value}`
        return (
          <div className="choices__item" key={choice.value}>
            <input type="radio" id={choiceId} name={name} value={choice.value} defaultChecked={value === choice.value} aria-invalid={error ? true : undefined} />
            <label htmlFor={choiceId}>{choice.label}</label>
          </div>
        )
      })}
    </div>
  ),
})
