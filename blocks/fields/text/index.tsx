import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** Single-line text. */
export interface TextFieldConfig extends BaseFieldConfig {
  minLength?: number | null
  maxLength?: number | null
  autocomplete?: string | null
}

export const block: Block = {
  slug: 'text',
  interfaceName: 'TextFieldBlock',
  labels: { singular: 'Texte court', plural: 'Textes courts' },
  fields: [
    ...inputBaseFields(),
    {
      type: 'row',
      fields: [
        { name: 'minLength', type: 'number', label: 'Longueur minimale', min: 0 },
        { name: 'maxLength', type: 'number', label: 'Longueur maximale', min: 1, defaultValue: 200 },
      ],
    },
    {
      name: 'autocomplete',
      type: 'select',
      label: 'Remplissage automatique (RGAA 11.13)',
      options: [
        { value: 'name', label: 'Nom complet' },
        { value: 'family-name', label: 'Nom' },
        { value: 'given-name', label: 'Prénom' },
        { value: 'organization', label: 'Organisation' },
        { value: 'street-address', label: 'Adresse' },
        { value: 'postal-code', label: 'Code postal' },
        { value: 'address-level2', label: 'Commune' },
      ],
    },
  ],
}

export const text: FieldType<TextFieldConfig, string> = cleanText({
  type: 'text',
  block,
  kind: 'input',
  sample: (field, { first, last, index }) => (/nom|name/.test(field.name ?? '') ? `${first} ${last}` : `Réponse ${index}`),
  parse(field, input, name) {
    const value = (input.get(name) ?? '').replace(/\s+/g, ' ').trim()
    if (!value) return { ok: true, value: null }
    const max = field.maxLength ?? 200
    if (value.length > max) return { ok: false, error: `Saisissez ${max} caractères au maximum.`, value }
    if (field.minLength && value.length < field.minLength) {
      return { ok: false, error: `Saisissez au moins ${field.minLength} caractères.`, value }
    }
    return { ok: true, value }
  },
  display: (_field, value) => [value],
  Input: ({ field, name, id, value, error }) => (
    <input
      type="text"
      id={id}
      name={name}
      defaultValue={typeof value === 'string' ? value : ''}
      maxLength={field.maxLength ?? 200}
      autoComplete={field.autocomplete ?? undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      aria-required={field.required ? true : undefined}
    />
  ),
})
