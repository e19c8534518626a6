/**
 * Cadastral parcel identifiers, as Etalab writes them: commune (5) + prefix (3) + section (2) +
 * number (4), e.g. `91216000AB0037`. A one-letter section is padded with 0 (`0A`).
 */
export const PARCEL_ID = /^(\d[\dAB]\d{3})(\d{3})([0-9A-Z]{2})(\d{4})$/

/** A section typed by a citizen (`ab`, ` A `) as stored (`AB`, `0A`), or null. */
export function normaliseSection(section: string): string | null {
  const s = section.trim().toUpperCase()
  return /^[0-9A-Z]{1,2}$/.test(s) ? s.padStart(2, '0') : null
}

/** A number typed by a citizen (`37`, `0037`) as stored (`0037`), or null. */
export function normaliseParcelNumber(numero: string | number): string | null {
  const n = String(numero).trim()
  return /^\d{1,4}$/.test(n) && Number(n) > 0 ? n.padStart(4, '0') : null
}

/** The identifier of section + number in a commune (prefix `000` unless given), or null if malformed. */
export function parcelId(commune: string, section: string, numero: string | number, prefixe = '000'): string | null {
  const s = normaliseSection(section)
  const n = normaliseParcelNumber(numero)
  const id = s && n ? `${commune}${prefixe}${s}${n}` : null
  return id && PARCEL_ID.test(id) ? id : null
}
