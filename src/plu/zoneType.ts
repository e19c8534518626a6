import { ZONE_TYPES, type ZoneType } from './cnigCodes.ts'

/** Whether TYPEZONE is exactly one of the five CNIG values. */
export function isZoneType(value: unknown): value is ZoneType {
  return typeof value === 'string' && value in ZONE_TYPES
}

/**
 * The CNIG type a sector code or a label stands for (`Nh` → N, `1AUa` → AUc, `2AU` → AUs,
 * `Ucp` → U), or null. Numbered AU zones follow the usual convention: 1AU open, 2AU blocked.
 */
export function inferZoneType(value: unknown): ZoneType | null {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) return null
  if (/^aus/i.test(text) || /^2\s*au/i.test(text) || /^(ii)au/i.test(text)) return 'AUs'
  if (/^(\d|i{1,3})?\s*au/i.test(text)) return 'AUc'
  const first = text[0].toUpperCase()
  return first === 'U' || first === 'A' || first === 'N' ? first : null
}
