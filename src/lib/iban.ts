/** IBAN checks (ISO 13616): country code, check digits, length by country, mod 97 == 1. */

/** Lengths of the SEPA countries' IBANs; other countries get the generic 15–34 range. */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27,
  VA: 22,
}

/** Spaces (incl. non-breaking) removed, upper case: the stored form. */
export function normaliseIban(input: string): string {
  return input.replace(/[\s\u00a0\u202f-]/g, '').toUpperCase()
}

export function expectedIbanLength(countryCode: string): number | undefined {
  return IBAN_LENGTHS[countryCode.toUpperCase()]
}

/** Remainder mod 97 of the rearranged IBAN, computed in chunks (the number is too big for a double). */
function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const code = char.charCodeAt(0)
    const digits = code >= 65 ? String(code - 55) : char // A=10 … Z=35
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97
  }
  return remainder
}

export type IbanProblem = 'format' | 'length' | 'checksum'

/** null when valid; otherwise what is wrong. Expects a normalised IBAN. */
export function ibanProblem(iban: string): IbanProblem | null {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return 'format'
  const expected = expectedIbanLength(iban.slice(0, 2))
  if (expected !== undefined && iban.length !== expected) return 'length'
  return mod97(iban) === 1 ? null : 'checksum'
}

export const isValidIban = (iban: string): boolean => ibanProblem(normaliseIban(iban)) === null

/** "FR7630006000011234567890189" → "FR76 3000 6000 0112 3456 7890 189" */
export function formatIban(iban: string): string {
  return normaliseIban(iban).replace(/(.{4})(?=.)/g, '$1 ')
}
