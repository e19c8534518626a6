/**
 * A bookable resource's rules, free of Payload and UI: which days and slots it offers (opening
 * hours, closures, public holidays, how far ahead) and whether a citizen's choice fits them. Days
 * and times are the commune's (Europe/Paris), as "YYYY-MM-DD" and "HH:MM".
 */
import { isoDateOf } from '../lib/calendarDate'
import { clockOf, clockTimeOf, HHMM, minutesOf } from '../lib/clockTime'
import { frenchPublicHolidays } from '../lib/publicHolidays'

export type BookingUnit = 'jour' | 'creneau'
export type Rate = 'resident' | 'nonResident' | 'association'
export type Audience = 'tous' | 'habitants' | 'associations'

/** What the rules read of a stored resource (collections/Resources). */
export interface ResourceRules {
  id: number | string
  name: string
  /** How many can be booked at once: 1 for a room, 20 marquees, 300 chairs */
  stock?: number | null
  unit?: BookingUnit | null
  slotMinutes?: number | null
  openingHours?: Array<{ days?: string[] | null; opens?: string | null; closes?: string | null }> | null
  closures?: Array<{ from?: string | null; to?: string | null; reason?: string | null }> | null
  closedOnPublicHolidays?: boolean | null
  minDelayDays?: number | null
  maxDelayDays?: number | null
  maxDays?: number | null
  maxQuantity?: number | null
  audience?: Audience | null
  prices?: { resident?: number | null; nonResident?: number | null; association?: number | null } | null
  approval?: boolean | null
  optionDays?: number | null
}

export const RATE_LABELS: Record<Rate, string> = {
  resident: 'Habitant de la commune',
  nonResident: 'Hors commune',
  association: 'Association',
}

const RATES_BY_AUDIENCE: Record<Audience, Rate[]> = {
  tous: ['resident', 'nonResident', 'association'],
  habitants: ['resident'],
  associations: ['association'],
}

export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const

const DAY_MS = 86_400_000

export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** 1 (Monday) … 7 (Sunday), as ISO 8601 counts. */
export const isoWeekday = (day: string): number => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1

export const ratesFor = (resource: ResourceRules): Rate[] => RATES_BY_AUDIENCE[resource.audience ?? 'tous'] ?? RATES_BY_AUDIENCE.tous

/** The rates a citizen chooses between: none to choose when they all cost the same (a free room). */
export function ratesToChoose(resource: ResourceRules): Rate[] {
  const rates = ratesFor(resource)
  return new Set(rates.map((rate) => priceCents(resource, rate))).size > 1 ? rates : [rates[0]]
}
export const stockOf = (resource: ResourceRules): number => Math.max(1, Math.floor(resource.stock ?? 1))
export const unitOf = (resource: ResourceRules): BookingUnit => (resource.unit === 'creneau' ? 'creneau' : 'jour')
export const maxDaysOf = (resource: ResourceRules): number => (unitOf(resource) === 'jour' ? Math.max(1, Math.floor(resource.maxDays ?? 1)) : 1)
export const maxQuantityOf = (resource: ResourceRules): number => Math.min(stockOf(resource), Math.max(1, Math.floor(resource.maxQuantity ?? stockOf(resource))))
const slotLength = (resource: ResourceRules): number => Math.min(24 * 60, Math.max(15, Math.floor(resource.slotMinutes ?? 120)))

/** The first and last days a citizen may book from `now` (minimum and maximum delay). */
export function bookingWindow(resource: ResourceRules, now: Date): { first: string; last: string } {
  const today = isoDateOf(now)
  const min = Math.max(0, Math.floor(resource.minDelayDays ?? 0))
  const max = Math.max(min, Math.floor(resource.maxDelayDays ?? 90))
  return { first: addDays(today, min), last: addDays(today, max) }
}

/** Why the resource is closed on a day (a closure's reason, "jour férié", "fermé le dimanche"), or null when open. */
export function closedReason(resource: ResourceRules, day: string): string | null {
  for (const closure of resource.closures ?? []) {
    const from = closure.from?.slice(0, 10)
    const to = closure.to?.slice(0, 10) ?? from
    if (from && to && day >= from && day <= to) return closure.reason?.trim() || 'fermeture exceptionnelle'
  }
  if (resource.closedOnPublicHolidays !== false && frenchPublicHolidays(Number(day.slice(0, 4))).has(day)) return 'jour férié'
  if (!openingsOn(resource, day).length && (resource.openingHours ?? []).length) return `fermé le ${WEEKDAYS[isoWeekday(day) - 1]}`
  return null
}

/** Opening periods of a day ("08:00"–"20:00"); a resource without opening hours is open every day, all day. */
function openingsOn(resource: ResourceRules, day: string): Array<{ opens: string; closes: string }> {
  const rows = resource.openingHours ?? []
  if (!rows.length) return [{ opens: '00:00', closes: '24:00' }]
  const weekday = String(isoWeekday(day))
  return rows
    .filter((row) => (row.days ?? []).includes(weekday))
    .map((row) => ({ opens: row.opens && HHMM.test(row.opens) ? row.opens : '00:00', closes: row.closes && HHMM.test(row.closes) ? row.closes : '24:00' }))
    .filter((row) => minutesOf(row.opens) < minutesOf(row.closes))
}

/** The slots of a day by opening period: "10:00" for a slot from 10:00 to 10:00 + slot length. */
export function slotsOn(resource: ResourceRules, day: string): Array<{ start: string; end: string }> {
  const length = slotLength(resource)
  const slots: Array<{ start: string; end: string }> = []
  for (const { opens, closes } of openingsOn(resource, day)) {
    for (let start = minutesOf(opens); start + length <= minutesOf(closes); start += length) slots.push({ start: clockOf(start), end: clockOf(start + length) })
  }
  return slots
}

/** A unit of booking: a day ("2026-12-12") or a slot ("2026-12-12T10:00"); each is one pool of places. */
export const unitKey = (day: string, slotStart?: string): string => (slotStart ? `${day}T${slotStart}` : day)

/** A citizen's choice, as posted. */
export interface BookingChoice {
  /** The first day ("2026-12-12") or the slot ("2026-12-12T10:00") */
  start: string
  /** Whole days booked (day unit) */
  days: number
  quantity: number
  rate: Rate
}

export interface CheckedChoice {
  /** Every unit booked (one per day, or the slot) */
  units: string[]
  /** The last day booked (day unit), or the slot's end time (slot unit) */
  end: string
  amountCents: number
}

export type ChoiceCheck = { ok: true; choice: CheckedChoice } | { ok: false; error: string; input?: 'days' | 'quantity' | 'rate' }

const numericDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`

/** Whether a choice fits the resource's rules at `now`; the amount is computed here, never read from a post. */
export function checkChoice(resource: ResourceRules, choice: BookingChoice, now: Date): ChoiceCheck {
  const unit = unitOf(resource)
  const match = unit === 'creneau' ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(choice.start) : /^(\d{4}-\d{2}-\d{2})$/.exec(choice.start)
  if (!match || Number.isNaN(Date.parse(`${match[1]}T00:00:00Z`)) || addDays(match[1], 0) !== match[1]) {
    return { ok: false, error: unit === 'creneau' ? 'Choisissez un des créneaux proposés.' : 'Choisissez un des jours proposés.' }
  }
  const day = match[1]
  if (!ratesFor(resource).includes(choice.rate)) return { ok: false, error: 'Choisissez un des tarifs proposés.', input: 'rate' }
  const maxQuantity = maxQuantityOf(resource)
  if (!Number.isInteger(choice.quantity) || choice.quantity < 1 || choice.quantity > maxQuantity) {
    return { ok: false, error: `Indiquez une quantité entre 1 et ${maxQuantity}.`, input: 'quantity' }
  }
  const maxDays = maxDaysOf(resource)
  if (!Number.isInteger(choice.days) || choice.days < 1 || choice.days > maxDays) {
    return { ok: false, error: maxDays === 1 ? 'Cette ressource se réserve pour une journée à la fois.' : `Indiquez un nombre de jours entre 1 et ${maxDays}.`, input: 'days' }
  }
  const today = isoDateOf(now)
  const window = bookingWindow(resource, now)
  const days = Array.from({ length: unit === 'jour' ? choice.days : 1 }, (_, i) => addDays(day, i))
  const lastDay = days[days.length - 1]
  if (day < today) return { ok: false, error: 'Cette date est passée : choisissez une date à venir.' }
  if (day < window.first) return { ok: false, error: `Réservez au moins ${resource.minDelayDays} jour${(resource.minDelayDays ?? 0) > 1 ? 's' : ''} à l’avance : premier jour possible le ${numericDay(window.first)}.` }
  if (lastDay > window.last) return { ok: false, error: `Les réservations sont ouvertes jusqu’au ${numericDay(window.last)}.` }
  for (const d of days) {
    const reason = closedReason(resource, d)
    if (reason) return { ok: false, error: `${resource.name} n’est pas disponible le ${numericDay(d)} (${reason}).` }
  }
  let end = lastDay
  if (unit === 'creneau') {
    const slot = slotsOn(resource, day).find((s) => s.start === match[2])
    if (!slot) return { ok: false, error: 'Ce créneau ne fait pas partie des horaires d’ouverture : choisissez un des créneaux proposés.' }
    if (day === today && slot.start <= clockTimeOf(now)) return { ok: false, error: 'Ce créneau est déjà commencé : choisissez-en un autre.' }
    end = slot.end
  }
  const units = unit === 'creneau' ? [choice.start] : days
  return { ok: true, choice: { units, end, amountCents: priceCents(resource, choice.rate) * units.length * choice.quantity } }
}

/** The price of one unit (a day or a slot, for one item of a stock) at a rate, in cents. */
export function priceCents(resource: ResourceRules, rate: Rate): number {
  const euros = resource.prices?.[rate] ?? 0
  return Number.isFinite(euros) && euros > 0 ? Math.round(euros * 100) : 0
}

/** "150,00 €", or "gratuit". */
export function formatEuros(cents: number): string {
  if (!cents) return 'gratuit'
  return `${(cents / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`
}
