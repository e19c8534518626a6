import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** Multi-line text (a message, a description). Line breaks are kept. */
export interface TextareaFieldConfig extends BaseFieldConfig {
  maxLength?: number | null
  rows?: number | null
}

export const DEFAULT_MAX_LENGTH = 2000

export const block: Block = {
  slug: 'textarea',
  interfaceName: 'TextareaFieldBlock',
  labels: { singular: 'Texte long', plural: 'Textes longs' },
  fields: [
    ...inputBaseFields(),
    {
      type: 'row',
      fields: [
        { name: 'maxLength', type: 'number', label: 'Longueur maximale', min: 1, defaultValue: DEFAULT_MAX_LENGTH },
        { name: 'rows', type: 'number', label: 'Hauteur (lignes)', min: 2, max: 30, defaultValue: 5 },
      ],
    },
  ],
}

export const textarea: FieldType<TextareaFieldConfig, string> = cleanText({
  type: 'textarea',
  block,
  kind: 'input',
  sample: () => 'Bonjour, je vous remercie de bien vouloir traiter ma demande.',
  parse(field, input, name) {
    // Browsers post CRLF but count a line break as one character for maxlength.
    const value = (input.get(name) ?? '').replace(/\r\n?/g, '\n').trim()
    if (!value) return { ok: true, value: null }
    const max = field.maxLength ?? DEFAULT_MAX_LENGTH
    if (value.length > max) {
      return { ok: false, error: `Saisissez ${max} caractères au maximum (actuellement ${value.length}).`, value }
    }
    return { ok: true, value }
  },
  display: (_field, value) => value.split('\n'),
  Input: ({ field, name, id, value, error }) => (
    <textarea
      id={id}
      name={name}
      rows={field.rows ?? 5}
      defaultValue={typeof value === 'string' ? value : ''}
      maxLength={field.maxLength ?? DEFAULT_MAX_LENGTH}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      aria-required={field.required ? true : undefined}
    />
  ),
}, { multiline: true })
