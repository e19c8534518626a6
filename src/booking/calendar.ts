import type { Payload, Where } from 'payload'

import { adminOrOwnOrganisation } from '../access/adminOrOwnOrganisation'
import { isoDateOf, parisInstant } from '../lib/calendarDate'
import { clockTimeOf, timeFr } from '../lib/clockTime'
import type { User } from '../payload-types'
import { bookingStateLabel } from './bookingStates'
import { bookingWhenFr } from './describe'
import { addDays, isoWeekday } from './resourceRules'

/**
 * The staff's bookings calendar (admin › Calendrier des réservations), free of UI: a week or a month,
 * one row per resource the user may see, each booking in the days it takes, and the options
 * awaiting a decision. Days are the commune's (Europe/Paris), "YYYY-MM-DD".
 */

export type CalendarScale = 'semaine' | 'mois'

export interface CalendarPeriod {
  scale: CalendarScale
  days: string[]
  /** "semaine du lundi 7 au dimanche 13 décembre 2026", "décembre 2026" */
  label: string
  /** The first day of the period before and after */
  previous: string
  next: string
}

export interface CalendarEntry {
  id: number | string
  reference: string
  state: string
  /** "Option", "Confirmée", "Utilisée": the state in words, not only a colour */
  stateText: string
  /** "10 h 00 – 12 h 00", "journée", "jour 2 sur 3" */
  time: string
  quantity: number
  requesterName: string
}

export interface CalendarRow {
  resource: { id: number | string; name: string }
  cells: Array<{ day: string; entries: CalendarEntry[] }>
}

export interface PendingOption {
  id: number | string
  reference: string
  resourceName: string
  when: string
  requesterName: string
  optionUntil: string | null
  /** Past its end: its places are free again, it can only be confirmed if still free */
  expired: boolean
}

export interface BookingCalendar {
  period: CalendarPeriod
  /** Every resource the user may see (the filter's choices) */
  resources: Array<{ id: number | string; name: string }>
  /** The resource shown alone, or null for all */
  selected: string | null
  rows: CalendarRow[]
  pending: PendingOption[]
}

const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const dayMonthFormat = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
const longFormat = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const utc = (day: string) => new Date(`${day}T00:00:00Z`)

const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`
const shiftMonth = (first: string, months: number) => {
  const d = utc(first)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)).toISOString().slice(0, 10)
}

/** The week (Monday to Sunday) or the month holding `day`, with its neighbours. */
export function calendarPeriod(scale: CalendarScale, day: string): CalendarPeriod {
  if (scale === 'mois') {
    const first = firstOfMonth(day)
    const next = shiftMonth(first, 1)
    const days: string[] = []
    for (let d = first; d < next; d = addDays(d, 1)) days.push(d)
    return { scale, days, label: monthFormat.format(utc(first)), previous: shiftMonth(first, -1), next }
  }
  const monday = addDays(day, 1 - isoWeekday(day))
  const sunday = addDays(monday, 6)
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i))
  return { scale, days, label: `semaine du ${dayMonthFormat.format(utc(monday))} au ${longFormat.format(utc(sunday))}`, previous: addDays(monday, -7), next: addDays(monday, 7) }
}

/** Reads the view's address: ?vue=semaine|mois&date=YYYY-MM-DD&ressource=<id>, with safe defaults. */
export function readCalendarQuery(query: Record<string, string | string[] | undefined>, now = new Date()): { scale: CalendarScale; day: string; resource: string | null } {
  const one = (key: string) => {
    const value = query[key]
    return typeof value === 'string' ? value : Array.isArray(value) ? (value[0] ?? '') : ''
  }
  const scale: CalendarScale = one('vue') === 'mois' ? 'mois' : 'semaine'
  const raw = one('date')
  const day = /^\d{4}-\d{2}-\d{2}$/.test(raw) && addDays(raw, 0) === raw ? raw : isoDateOf(now)
  const resource = /^[A-Za-z0-9]{1,40}$/.test(one('ressource')) ? one('ressource') : null
  return { scale, day, resource }
}

/** The view's address for a period and a filter. */
export function calendarHref(base: string, scale: CalendarScale, day: string, resource: string | null): string {
  const params = new URLSearchParams({ vue: scale, date: day })
  if (resource) params.set('ressource', resource)
  return `${base}?${params}`
}

const stateText = (state: string) => (state === 'option' ? 'Option' : bookingStateLabel(state))

/** The days a booking takes: each of its days, or its slot's day. */
const daysOf = (booking: { start: string; days?: number | null }): string[] =>
  booking.start.length > 10 ? [booking.start.slice(0, 10)] : Array.from({ length: Math.max(1, booking.days ?? 1) }, (_, i) => addDays(booking.start.slice(0, 10), i))

/**
 * The calendar as `user` may see it: administrators every resource, an agent its organisation's
 * (the bookings' own read rule, applied to the resources too). Null for a user who may read no booking.
 */
export async function bookingCalendar(payload: Payload, user: User | null, query: { scale: CalendarScale; day: string; resource: string | null }, now = new Date()): Promise<BookingCalendar | null> {
  const rule = user ? adminOrOwnOrganisation({ req: { user } } as never) : false
  if (rule === false) return null
  const scope = rule === true ? undefined : (rule as Where)
  const period = calendarPeriod(query.scale, query.day)
  const { docs: resources } = await payload.find({ collection: 'resources', where: scope, sort: 'name', limit: 0, pagination: false, depth: 0, select: { name: true }, overrideAccess: true })
  // A resource the user may not see (or gone) is no filter: the user's own resources are shown.
  const only = resources.filter((r) => String(r.id) === query.resource)
  const chosen = only.length ? only : resources
  const ids = chosen.map((r) => r.id)
  const first = period.days[0]
  const last = period.days[period.days.length - 1]
  const [inPeriod, options] = ids.length
    ? await Promise.all([
        payload.find({
          collection: 'bookings',
          where: {
            and: [
              { resource: { in: ids } },
              { state: { not_equals: 'annulee' } },
              { startsAt: { less_than: parisInstant(addDays(last, 1)).toISOString() } },
              { endsAt: { greater_than: parisInstant(first).toISOString() } },
            ],
          },
          sort: 'startsAt',
          limit: 0,
          pagination: false,
          depth: 0,
          overrideAccess: false,
          user,
        }),
        payload.find({
          collection: 'bookings',
          where: { and: [{ resource: { in: ids } }, { state: { equals: 'option' } }] },
          sort: 'optionUntil',
          limit: 200,
          depth: 0,
          overrideAccess: false,
          user,
        }),
      ])
    : [{ docs: [] }, { docs: [] }]
  const resourceOf = (b: { resource: unknown }) => String(typeof b.resource === 'object' && b.resource ? (b.resource as { id: number | string }).id : b.resource)
  const names = new Map(resources.map((r) => [String(r.id), r.name]))

  const rows: CalendarRow[] = chosen.map((resource) => {
    const mine = inPeriod.docs.filter((b) => resourceOf(b) === String(resource.id))
    return {
      resource: { id: resource.id, name: resource.name },
      cells: period.days.map((day) => ({
        day,
        entries: mine.flatMap((b) => {
          const days = daysOf(b)
          const index = days.indexOf(day)
          if (index < 0) return []
          const time = b.start.length > 10 ? `${timeFr(b.start.slice(11, 16))} – ${timeFr(clockTimeOf(new Date(b.endsAt)))}` : days.length > 1 ? `jour ${index + 1} sur ${days.length}` : 'journée'
          return [{ id: b.id, reference: b.reference, state: b.state, stateText: stateText(b.state), time, quantity: b.quantity, requesterName: b.requesterName ?? '' }]
        }),
      })),
    }
  })

  const pending: PendingOption[] = options.docs.map((b) => ({
    id: b.id,
    reference: b.reference,
    resourceName: names.get(resourceOf(b)) ?? '',
    when: bookingWhenFr(b),
    requesterName: b.requesterName ?? '',
    optionUntil: b.optionUntil ?? null,
    expired: Boolean(b.optionUntil && Date.parse(b.optionUntil) < now.getTime()),
  }))

  return { period, resources: resources.map((r) => ({ id: r.id, name: r.name })), selected: only.length ? String(only[0].id) : null, rows, pending }
}
