import { isValidSiret } from './luhn'

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
