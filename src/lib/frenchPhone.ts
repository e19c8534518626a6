/**
 * French phone numbers (10 digits nationally): normalised to E.164 for storage, shown back in the
 * familiar "06 12 34 56 78" form. Overseas departments dial with their own country code
 * internationally (+262, +590, +594, +596), so their numbers get that code, not +33.
 */

/** National prefixes of the overseas departments → their international calling code. */
const OVERSEAS_PREFIXES: Record<string, string> = {
  '0262': '262', '0263': '262', '0692': '262', '0693': '262', // La Réunion
  '0269': '262', '0639': '262', // Mayotte
  '0590': '590', '0690': '590', '0691': '590', // Guadeloupe, Saint-Martin, Saint-Barthélemy
  '0594': '594', '0694': '594', // Guyane
  '0596': '596', '0696': '596', '0697': '596', // Martinique
}

const COUNTRY_CODES = ['33', '262', '590', '594', '596']

/** "+33 6 12 34 56 78", "06.12.34.56.78", "0033612345678"… → "0612345678", or null. */
export function toFrenchNationalNumber(input: string): string | null {
  if (input.length > 40) return null
  let s = input.replace(/[\s\u00a0\u202f.\-/]/g, '')
  s = s.replace(/^(\+|00)(\d{2,3})\(0\)/, '$1$2') // "+33 (0)6 12…"
  if (/^0[1-9]\d{8}$/.test(s)) return s
  const match = /^(?:\+|00)(33|262|590|594|596)0?([1-9]\d{8})$/.exec(s)
  if (!match) return null
  const national = `0${match[2]}`
  const code = OVERSEAS_PREFIXES[national.slice(0, 4)] ?? '33'
  // +262 etc. only for their own numbers; +33 followed by an overseas number is still understood.
  if (match[1] !== '33' && match[1] !== code) return null
  return national
}

/** National "0612345678" → E.164 "+33612345678" ("+262692…" overseas). */
export function nationalToE164(national: string): string {
  const code = OVERSEAS_PREFIXES[national.slice(0, 4)] ?? '33'
  return `+${code}${national.slice(1)}`
}

/** Any accepted writing → E.164, or null when it is not a French number. */
export function normaliseFrenchPhone(input: string): string | null {
  const national = toFrenchNationalNumber(input)
  return national ? nationalToE164(national) : null
}

/** E.164 "+33612345678" → "06 12 34 56 78"; anything else is returned unchanged. */
export function formatFrenchPhone(e164: string): string {
  const match = /^\+(\d{2,3})([1-9]\d{8})$/.exec(e164)
  if (!match || !COUNTRY_CODES.includes(match[1])) return e164
  return `0${match[2]}`.replace(/(\d{2})(?=\d)/g, '$1 ')
}
