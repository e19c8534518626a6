import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/**
 * A declaration on honour ("Je certifie sur l'honneur…"): the statement staff write, which the
 * citizen ticks. The request keeps the form version it answered, so the exact statement signed
 * stays with it; the date is the request's own.
 */
export interface HonourFieldConfig extends BaseFieldConfig {
  statement?: string | null
}

export const HONOUR_VALUE = 'certifie'
export const DEFAULT_STATEMENT = 'Je certifie sur l’honneur l’exactitude des informations fournies.'

export const block: Block = {
  slug: 'honour',
  interfaceName: 'HonourFieldBlock',
  labels: { singular: 'Déclaration sur l’honneur', plural: 'Déclarations sur l’honneur' },
  fields: [
    ...inputBaseFields({ defaultValue: false }),
    {
      name: 'statement',
      type: 'textarea',
      label: 'Texte de la déclaration',
      defaultValue: DEFAULT_STATEMENT,
      required: true,
      admin: { description: 'Ce que l’usager certifie en cochant la case. Une fausse déclaration est punie par l’article 441-7 du code pénal : vous pouvez le rappeler dans le texte d’aide.' },
    },
  ],
}

const statementOf = (field: HonourFieldConfig) => field.statement?.trim() || DEFAULT_STATEMENT

export const honour: FieldType<HonourFieldConfig, true> = cleanText({
  type: 'honour',
  block,
  kind: 'input',
  fieldset: true,
  closedValue: true,
  sample: () => true,
  requiredMessage: () => 'Cochez la déclaration sur l’honneur pour continuer.',
  parse(_field, input, name) {
    const value = (input.get(name) ?? '').trim()
    if (!value) return { ok: true, value: null }
    if (value !== HONOUR_VALUE) return { ok: false, error: 'Cochez la case ou laissez-la vide.', value: null }
    return { ok: true, value: true }
  },
  display: (field) => [`Certifié sur l’honneur : « ${statementOf(field)} »`],
  // A fieldset whose legend is the field's label (it carries hint and error); the box's label is the statement.
  Input: ({ field, name, id, value, error }) => (
    <div className="choices">
      <div className="choices__item">
        <input
          type="checkbox"
          id={id}
          name={name}
          value={HONOUR_VALUE}
          defaultChecked={value === true}
          aria-invalid={error ? true : undefined}
          aria-required={field.required ? true : undefined}
        />
        <label htmlFor={id}>{statementOf(field)}</label>
      </div>
    </div>
  ),
})
