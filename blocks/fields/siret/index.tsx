import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { isValidSiret } from '../../../src/lib/luhn'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** SIRET number of a company or association's establishment: 14 digits, stored without spaces. */
export type SiretFieldConfig = BaseFieldConfig

export const SIRET_LENGTH_ERROR = 'Le numéro SIRET doit comporter 14 chiffres, par exemple 732 829 320 00074.'
export const SIRET_CHECK_ERROR = "Ce numéro SIRET n'existe pas : vérifiez les 14 chiffres saisis."

/** "73282932000074" → "732 829 320 00074" (SIREN, then the establishment's NIC). */
export const formatSiret = (siret: string): string =>
  /^\d{14}$/.test(siret) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret

/**
 * The one SIRET rule of the portal (form field, directory entries, CSV import): spaces ignored,
 * 14 digits, Luhn (La Poste's exception included). Returns the digits or the French error.
 */
export function checkSiret(raw: string): { ok: true; value: string } | { ok: false; error: string } {
  const value = raw.replace(/[\s\u00a0\u202f]/g, '')
  if (!/^\d{14}$/.test(value)) return { ok: false, error: SIRET_LENGTH_ERROR }
  if (!isValidSiret(value)) return { ok: false, error: SIRET_CHECK_ERROR }
  return { ok: true, value }
}

export const block: Block = {
  slug: 'siret',
  labels: { singular: 'Numéro SIRET', plural: 'Numéros SIRET' },
  fields: [...inputBaseFields()],
}

export const siret: FieldType<SiretFieldConfig, string> = cleanText({
  type: 'siret',
  block,
  kind: 'input',
  parse(_field, input, name) {
    const raw = (input.get(name) ?? '').trim()
    if (!raw) return { ok: true, value: null }
    const checked = checkSiret(raw)
    return checked.ok ? checked : { ok: false, error: checked.error, value: raw }
  },
  display: (_field, value) => [formatSiret(value)],
  Input: ({ field, name, id, value, error }) => (
    <input
      type="text"
      inputMode="numeric"
      id={id}
      name={name}
      defaultValue={typeof value === 'string' ? formatSiret(value) : ''}
      maxLength={20}
      spellCheck={false}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      aria-required={field.required ? true : undefined}
    />
  ),
})
