import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { applyMask, isUsableMask, MASK_MAX_LENGTH, maskExample } from '../../../src/lib/mask'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** Text in a format staff impose (a plate number, a file number…), with their own French message. */
export interface FormattedFieldConfig extends BaseFieldConfig {
  mask?: string | null
  formatMessage?: string | null
}

export const block: Block = {
  slug: 'formatted',
  interfaceName: 'FormattedFieldBlock',
  labels: { singular: 'Texte au format imposé', plural: 'Textes au format imposé' },
  fields: [
    ...inputBaseFields({ defaultValue: false }),
    {
      name: 'mask',
      type: 'text',
      label: 'Format',
      required: true,
      admin: { description: '9 : un chiffre, A : une lettre, * : une lettre ou un chiffre ; les autres caractères sont écrits tels quels. Exemple : AA-999-AA.' },
      validate: (value: string | null | undefined) =>
        value && isUsableMask(value) ? true : `Écrivez un format de ${MASK_MAX_LENGTH} caractères au plus, avec au moins un 9, un A ou un *.`,
    },
    {
      name: 'formatMessage',
      type: 'text',
      label: 'Message si le format n’est pas respecté',
      admin: { description: 'Vide : « Respectez le format, par exemple AB-123-CD. »' },
    },
  ],
}

const exampleOf = (field: FormattedFieldConfig) => maskExample(field.mask ?? '')

export const formatted: FieldType<FormattedFieldConfig, string> = cleanText({
  type: 'formatted',
  block,
  kind: 'input',
  sample: (field) => (field.mask && isUsableMask(field.mask) ? exampleOf(field) : null),
  parse(field, input, name) {
    const typed = (input.get(name) ?? '').trim()
    if (!typed) return { ok: true, value: null }
    const mask = field.mask ?? ''
    const value = isUsableMask(mask) ? applyMask(mask, typed) : typed.slice(0, 200)
    if (!value) {
      const message = field.formatMessage?.trim() || `Respectez le format, par exemple ${exampleOf(field)}.`
      return { ok: false, error: message, value: typed.slice(0, 200) }
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
      maxLength={(field.mask?.length ?? 0) * 2 + 10}
      spellCheck={false}
      autoComplete="off"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      aria-required={field.required ? true : undefined}
    />
  ),
})
