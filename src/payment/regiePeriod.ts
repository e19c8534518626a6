import { addDays } from '../booking/resourceRules'
import { isoDateOf, parisInstant, readDate } from '../lib/calendarDate'

/** The days of a régie export or report: from `first` to `last` included, the commune's days (Europe/Paris). */
export interface RegiePeriod {
  first: string
  last: string
}

export type RegiePeriodReading = { ok: true; period: RegiePeriod } | { ok: false; message: string }

/** A year and a day at most in one export: the régie works by day, a year is already generous. */
export const REGIE_MAX_DAYS = 366

const one = (value: unknown): string | undefined => (Array.isArray(value) ? one(value[0]) : typeof value === 'string' ? value : undefined)

/**
 * `?jour=2026-11-30`, or `?du=2026-11-01&au=2026-11-30` (30/11/2026 accepted too). Anything else is
 * a French message for a 400, never an exception.
 */
export function readRegiePeriod(query: Record<string, unknown>): RegiePeriodReading {
  const jour = one(query.jour)
  const du = one(query.du)
  const au = one(query.au)
  if (jour !== undefined) {
    if (du !== undefined || au !== undefined) return { ok: false, message: 'Indiquez soit un jour (jour=…), soit une période (du=…&au=…), pas les deux.' }
    const day = readDay(jour, 'jour')
    return day.ok ? { ok: true, period: { first: day.iso, last: day.iso } } : day
  }
  if (du === undefined && au === undefined) return { ok: false, message: 'Indiquez le jour à exporter, par exemple ?jour=2026-11-30, ou une période ?du=2026-11-01&au=2026-11-30.' }
  if (du === undefined || au === undefined) return { ok: false, message: 'Une période a un début et une fin : indiquez du=… et au=…, par exemple ?du=2026-11-01&au=2026-11-30.' }
  const first = readDay(du, 'du')
  if (!first.ok) return first
  const last = readDay(au, 'au')
  if (!last.ok) return last
  if (last.iso < first.iso) return { ok: false, message: 'La fin de la période (au) précède son début (du).' }
  if (addDays(first.iso, REGIE_MAX_DAYS) <= last.iso) return { ok: false, message: `Une période de ${REGIE_MAX_DAYS} jours au plus : exportez-la en plusieurs fois.` }
  return { ok: true, period: { first: first.iso, last: last.iso } }
}

function readDay(raw: string, name: string): { ok: true; iso: string } | { ok: false; message: string } {
  const read = readDate(raw.slice(0, 40))
  if (read.ok) return read
  return { ok: false, message: read.reason === 'format' ? `Date « ${name} » illisible : écrivez-la AAAA-MM-JJ, par exemple 2026-11-30.` : `La date « ${name} » n’existe pas : vérifiez le jour et le mois.` }
}

/** The instants bounding a period: from its first day's midnight to the midnight after its last day, Paris time. */
export function periodInstants(period: RegiePeriod): { from: Date; until: Date } {
  return { from: parisInstant(period.first), until: parisInstant(addDays(period.last, 1)) }
}

/** "2026-11": a month of the régie's report; the current one (Paris) when absent or malformed. */
export function readRegieMonth(raw: unknown, now: Date): string {
  const value = one(raw)
  const m = value ? /^([12]\d{3})-(0[1-9]|1[0-2])$/.exec(value.trim()) : null
  return m ? `${m[1]}-${m[2]}` : isoDateOf(now).slice(0, 7)
}

/** The month's days as a period ("2026-11" → 1st to 30th). */
export function monthPeriod(month: string): RegiePeriod {
  const [year, monthIndex] = month.split('-').map(Number)
  const last = new Date(Date.UTC(year, monthIndex, 0)).toISOString().slice(0, 10)
  return { first: `${month}-01`, last }
}

/** The month before or after ("2026-01", -1 → "2025-12"). */
export function shiftMonth(month: string, by: number): string {
  const [year, monthIndex] = month.split('-').map(Number)
  return new Date(Date.UTC(year, monthIndex - 1 + by, 1)).toISOString().slice(0, 7)
}
