import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'
import { LinkedListFilter } from './LinkedListFilter'
import { SubSelect } from './SubSelect'

/**
 * Two linked lists: the second's choices depend on the first ("Type de manifestation" → "Précisez").
 * Without JavaScript the second list shows every choice grouped under the first's (optgroups) and
 * the server checks the pair; with JavaScript only the chosen group is offered.
 */
export interface LinkedChoice {
  label: string
  /** The second list's choices for this one, one per line */
  subChoices?: string | null
  id?: string | null
}

export interface LinkedFieldConfig extends BaseFieldConfig {
  firstLabel?: string | null
  secondLabel?: string | null
  choices?: LinkedChoice[] | null
}

export interface LinkedValue {
  first: string
  second: string
}

export const subChoicesOf = (choice: LinkedChoice): string[] =>
  (choice.subChoices ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

const choicesOf = (field: LinkedFieldConfig): LinkedChoice[] => (field.choices ?? []).filter((c) => c.label?.trim())

export const firstName = (name: string) => `${name}.premier`
export const secondName = (name: string) => `${name}.second`

export const block: Block = {
  slug: 'linked',
  interfaceName: 'LinkedFieldBlock',
  labels: { singular: 'Listes liées', plural: 'Listes liées' },
  fields: [
    ...inputBaseFields({ defaultValue: false }),
    {
      type: 'row',
      fields: [
        { name: 'firstLabel', type: 'text', label: 'Libellé de la première liste', required: true },
        { name: 'secondLabel', type: 'text', label: 'Libellé de la seconde liste', required: true },
      ],
    },
    {
      name: 'choices',
      type: 'array',
      label: 'Choix de la première liste',
      labels: { singular: 'Choix', plural: 'Choix' },
      minRows: 1,
      fields: [
        { name: 'label', type: 'text', label: 'Choix', required: true },
        { name: 'subChoices', type: 'textarea', label: 'Choix de la seconde liste (un par ligne)', required: true },
      ],
    },
  ],
}

export const linked: FieldType<LinkedFieldConfig, LinkedValue> = cleanText({
  type: 'linked',
  block,
  kind: 'input',
  fieldset: true,
  closedValue: true,
  sample: (field, { index }) => {
    const choices = choicesOf(field)
    const choice = choices[index % Math.max(choices.length, 1)]
    const subs = choice ? subChoicesOf(choice) : []
    return choice && subs.length ? { first: choice.label.trim(), second: subs[index % subs.length] } : null
  },
  requiredMessage: (field) => `Choisissez « ${field.firstLabel ?? 'le premier choix'} » puis « ${field.secondLabel ?? 'le second'} ».`,
  parse(field, input, name) {
    const first = (input.get(firstName(name)) ?? '').trim()
    const second = (input.get(secondName(name)) ?? '').trim()
    if (!first && !second) return { ok: true, value: null }
    const choice = choicesOf(field).find((c) => c.label.trim() === first)
    const errorFirst = firstName(name)
    const errorSecond = secondName(name)
    if (!choice) {
      const error = `Choisissez « ${field.firstLabel} » dans la liste.`
      return { ok: false, error, value: { first: '', second }, errors: { [errorFirst]: error } }
    }
    if (!second) {
      const error = `Choisissez aussi « ${field.secondLabel} ».`
      return { ok: false, error, value: { first, second: '' }, errors: { [errorSecond]: error } }
    }
    if (!subChoicesOf(choice).includes(second)) {
      const error = `« ${second} » ne correspond pas à « ${first} » : choisissez « ${field.secondLabel} » parmi les choix de « ${first} ».`
      return { ok: false, error, value: { first, second: '' }, errors: { [errorSecond]: error } }
    }
    return { ok: true, value: { first, second } }
  },
  display: (field, value) => [`${value.first} — ${value.second}`.trim()],
  Input: ({ field, name, id, value, errors }) => {
    const current = value && typeof value === 'object' ? (value as Partial<LinkedValue>) : {}
    const choices = choicesOf(field)
    // Ids derived from the input names ("name.premier" → "<id>-premier"), as the error summary links them.
    const firstId = `${id}-premier`
    const secondId = `${id}-second`
    return (
      <div className="field__parts linked-lists" id={id}>
        <SubSelect id={firstId} name={firstName(name)} label={field.firstLabel ?? ''} value={current.first} error={errors?.[firstName(name)]} required={field.required}>
          {choices.map((choice) => (
            <option key={choice.label} value={choice.label.trim()}>
              {choice.label}
            </option>
          ))}
        </SubSelect>
        <SubSelect id={secondId} name={secondName(name)} label={field.secondLabel ?? ''} value={current.second} error={errors?.[secondName(name)]} required={field.required}>
          {choices.map((choice) => (
            <optgroup key={choice.label} label={choice.label.trim()}>
              {subChoicesOf(choice).map((sub) => (
                <option key={sub} value={sub}>
                  {sub}
                </option>
              ))}
            </optgroup>
          ))}
        </SubSelect>
        <LinkedListFilter firstId={firstId} secondId={secondId} />
      </div>
    )
  },
})
