import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { readRna } from '../../../src/lib/rna'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** The association's number in the Répertoire national des associations (RNA): "W563000123". */
export type RnaFieldConfig = BaseFieldConfig

export const block: Block = {
  slug: 'rna',
  interfaceName: 'RnaFieldBlock',
  labels: { singular: 'Numéro RNA (association)', plural: 'Numéros RNA (association)' },
  fields: [...inputBaseFields({ defaultValue: false })],
}

export const rna: FieldType<RnaFieldConfig, string> = cleanText({
  type: 'rna',
  block,
  kind: 'input',
  sample: () => 'W563000123',
  parse(_field, input, name) {
    const typed = (input.get(name) ?? '').trim()
    if (!typed) return { ok: true, value: null }
    const value = readRna(typed)
    if (!value) {
      return { ok: false, error: 'Le numéro RNA commence par la lettre W suivie de 9 chiffres ou lettres, par exemple W563000123.', value: typed.slice(0, 40) }
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
      maxLength={20}
      spellCheck={false}
      autoComplete="off"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      aria-required={field.required ? true : undefined}
    />
  ),
})
