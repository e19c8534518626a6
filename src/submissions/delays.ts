import { isoDateOf } from '../lib/calendarDate'
import { frenchPublicHolidays } from '../lib/publicHolidays'

/**
 * Legal response delays (French administrative law): the delay runs from the day the request is
 * complete ("dossier complet"); a deadline falling on a Saturday, Sunday or public holiday moves
 * to the next working day. Dates are handled as calendar days in Europe/Paris.
 */

const DAY = 86_400_000

const key = (d: Date) => d.toISOString().slice(0, 10)

export function isWorkingDay(day: Date): boolean {
  const weekday = day.getUTCDay()
  return weekday !== 0 && weekday !== 6 && !frenchPublicHolidays(day.getUTCFullYear()).has(key(day))
}

/** The calendar day (as a UTC date at midnight) of an instant, in Paris time. */
export function parisDay(instant: Date): Date {
  const [y, m, d] = isoDateOf(instant).split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

const nextWorkingDay = (day: Date): Date => {
  while (!isWorkingDay(day)) day = new Date(day.getTime() + DAY)
  return day
}

/** Deadline: start day + N calendar days, moved forward to a working day. */
export function dueDate(complete: Date, delayDays: number): Date {
  return nextWorkingDay(new Date(parisDay(complete).getTime() + delayDays * DAY))
}

/**
 * A calendar day (UTC midnight) plus N months "de quantième à quantième": the same day number N
 * months later, or that month's last day when it has fewer (31 January + 1 month → 28 or 29
 * February). Decision 0049.
 */
export function addMonths(day: Date, months: number): Date {
  const y = day.getUTCFullYear()
  const m = day.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m, Math.min(day.getUTCDate(), lastDay)))
}

export type DelayUnit = 'mois' | 'jours'

/** A legal delay as a procedure states it: "2 mois", "15 jours". */
export interface LegalDelay {
  value: number
  unit: DelayUnit
}

/** Deadline of a delay in months or days from the start instant's Paris day, moved forward to a working day. */
export function legalDueDate(start: Date, delay: LegalDelay): Date {
  if (delay.unit === 'jours') return dueDate(start, delay.value)
  return nextWorkingDay(addMonths(parisDay(start), delay.value))
}

/**
 * The one definition of the flags, as query bounds on `dueDate` (stored as the due day at UTC
 * midnight): overdue = dueDate < today; due within 7 days = today ≤ dueDate < soonUntil.
 */
export function dueWindow(now = new Date()): { today: string; soonUntil: string } {
  const today = parisDay(now).getTime()
  return { today: new Date(today).toISOString(), soonUntil: new Date(today + 8 * DAY).toISOString() }
}
