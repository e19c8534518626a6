import { isoDateOf } from '../lib/calendarDate'

/**
 * Legal response delays (French administrative law): the delay runs from the day the request is
 * complete ("dossier complet"); a deadline falling on a Saturday, Sunday or public holiday moves
 * to the next working day. Dates are handled as calendar days in Europe/Paris.
 */

const DAY = 86_400_000

/** Easter Sunday (Meeus/Jones/Butcher), for the movable French public holidays. */
function easter(year: number): Date {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return new Date(Date.UTC(year, month - 1, day))
}

const key = (d: Date) => d.toISOString().slice(0, 10)

/** The 11 national public holidays of metropolitan France for a year, as YYYY-MM-DD. */
export function frenchPublicHolidays(year: number): Set<string> {
  const e = easter(year).getTime()
  const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'].map((md) => `${year}-${md}`)
  const movable = [1, 39, 50].map((offset) => key(new Date(e + offset * DAY))) // lundi de Pâques, Ascension, lundi de Pentecôte
  return new Set([...fixed, ...movable])
}

export function isWorkingDay(day: Date): boolean {
  const weekday = day.getUTCDay()
  return weekday !== 0 && weekday !== 6 && !frenchPublicHolidays(day.getUTCFullYear()).has(key(day))
}

/** The calendar day (as a UTC date at midnight) of an instant, in Paris time. */
export function parisDay(instant: Date): Date {
  const [y, m, d] = isoDateOf(instant).split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

/** Deadline: start day + N calendar days, moved forward to a working day. */
export function dueDate(complete: Date, delayDays: number): Date {
  let day = new Date(parisDay(complete).getTime() + delayDays * DAY)
  while (!isWorkingDay(day)) day = new Date(day.getTime() + DAY)
  return day
}

/**
 * The one definition of the flags, as query bounds on `dueDate` (stored as the due day at UTC
 * midnight): overdue = dueDate < today; due within 7 days = today ≤ dueDate < soonUntil.
 */
export function dueWindow(now = new Date()): { today: string; soonUntil: string } {
  const today = parisDay(now).getTime()
  return { today: new Date(today).toISOString(), soonUntil: new Date(today + 8 * DAY).toISOString() }
}
