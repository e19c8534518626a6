import type { Block, Field } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/**
 * A value carried by the form's link, invisible to the citizen (e.g. ?equipement=salle-des-fetes).
 * The renderer passes the query parameter's value (or the default) as `value`. Treat it as
 * citizen input: anyone can edit a link.
 */
export interface HiddenFieldConfig extends BaseFieldConfig {
  queryParam?: string | null
}

export const HIDDEN_MAX_LENGTH = 200

// Only label, name and default value make sense for a value the citizen never sees: no hint,
// width or "required" (a citizen could not fix a missing value).
const KEPT = new Set(['label', 'name', 'defaultValue', 'condition'])
const baseFields = inputBaseFields().filter((f: Field) => 'name' in f && KEPT.has(f.name))

export const block: Block = {
  slug: 'hidden',
  interfaceName: 'HiddenFieldBlock',
  labels: { singular: 'Valeur cachée (paramètre du lien)', plural: 'Valeurs cachées (paramètres du lien)' },
  fields: [
    ...baseFields,
    {
      name: 'queryParam',
      type: 'text',
      label: 'Paramètre du lien',
      admin: { description: 'Nom du paramètre lu dans l’adresse du formulaire : « equipement » pour …?equipement=gymnase.' },
      validate: (value: string | null | undefined) =>
        !value || /^[A-Za-z0-9_-]{1,50}$/.test(value) ? true : 'Utilisez des lettres sans accent, des chiffres, « - » ou « _ ».',
    },
  ],
}

export const hidden: FieldType<HiddenFieldConfig, string> = cleanText({
  type: 'hidden',
  block,
  kind: 'input',
  bare: true,
  prefill(field, searchParams) {
    const param = String(field.queryParam ?? '')
    const value = param ? searchParams.get(param) : null
    return value ? value.slice(0, HIDDEN_MAX_LENGTH) : undefined
  },
  parse(_field, input, name) {
    const value = (input.get(name) ?? '').trim()
    if (!value) return { ok: true, value: null }
    if (value.length > HIDDEN_MAX_LENGTH) {
      return { ok: false, error: `Le lien utilisé transmet une valeur trop longue (${HIDDEN_MAX_LENGTH} caractères au maximum).`, value: '' }
    }
    return { ok: true, value }
  },
  display: (_field, value) => [value],
  Input: ({ field, name, id, value }) => {
    const shown = typeof value === 'string' && value ? value : (field.defaultValue ?? '')
    return <input type="hidden" id={id} name={name} value={shown.slice(0, HIDDEN_MAX_LENGTH)} />
  },
})
