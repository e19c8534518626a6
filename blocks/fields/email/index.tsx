import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** E-mail address. Stored trimmed, with the domain in lower case (the local part may be case-sensitive). */
export type EmailFieldConfig = BaseFieldConfig

export const EMAIL_MAX_LENGTH = 254

// Practical subset of RFC 5321: dot-atom local part, a domain of at least two labels, alphabetic
// or punycode top-level domain. Quoted local parts and IP literals are refused (never seen here).
const EMAIL_PATTERN =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/

export const EMAIL_ERROR = 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.'

/** Trimmed address with its domain lower-cased, or null when it is not a valid address. */
export function normaliseEmail(raw: string): string | null {
  const value = raw.trim()
  if (value.length > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(value)) return null
  const at = value.lastIndexOf('@')
  if (at > 64) return null // local part limit (RFC 5321)
  return `${value.slice(0, at)}@${value.slice(at + 1).toLowerCase()}`
}

export const block: Block = {
  slug: 'email',
  interfaceName: 'EmailFieldBlock',
  labels: { singular: 'Adresse électronique', plural: 'Adresses électroniques' },
  fields: [...inputBaseFields()],
}

export const email: FieldType<EmailFieldConfig, string> = cleanText({
  type: 'email',
  block,
  kind: 'input',
  sample: (_field, { first, last, index }) => `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '') + `${index}@example.fr`,
  requester: (_field, value) => ({ email: typeof value === 'string' ? value : null }),
  parse(_field, input, name) {
    const raw = (input.get(name) ?? '').trim()
    if (!raw) return { ok: true, value: null }
    const value = normaliseEmail(raw)
    if (!value) return { ok: false, error: EMAIL_ERROR, value: raw }
    return { ok: true, value }
  },
  display: (_field, value) => [value],
  Input: ({ field, name, id, value, error }) => (
    <input
      type="email"
      id={id}
      name={name}
      defaultValue={typeof value === 'string' ? value : ''}
      maxLength={EMAIL_MAX_LENGTH}
      autoComplete="email"
      spellCheck={false}
      autoCapitalize="none"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      aria-required={field.required ? true : undefined}
    />
  ),
})
