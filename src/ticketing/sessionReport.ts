import type { Payload } from 'payload'

import type { Ticket } from '../payload-types'
import type { SellableEvent } from './events'
import { sessionCapacity, type SessionRules } from './rules'

export interface Attendee {
  id: number | string
  name: string
  email: string
  reference: string
  tariff: string
  priceCents: number
  seat: string
  state: Ticket['state']
  /** Let in at the door (the ticket was scanned) */
  checkedIn: boolean
  usedAt: string | null
}

export interface TariffCount {
  tariff: string
  sold: number
  amountCents: number
}

export interface SessionReport {
  session: SessionRules & { id: string }
  /** Distinct requests with at least one ticket not cancelled */
  orders: number
  /** Tickets not cancelled (valid or used) */
  sold: number
  checkedIn: number
  cancelled: number
  capacity: number
  /** sold / capacity, 0…1; null for a session without places */
  fillRate: number | null
  byTariff: TariffCount[]
  amountCents: number
  /** Every ticket of the session, cancelled ones included, by buyer, request, seat and tariff */
  attendees: Attendee[]
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true })

/** A session's figures and attendees for the staff (the show's "Bilan des séances" and the exports). */
export async function sessionReport(payload: Payload, event: SellableEvent, sessionId: string): Promise<SessionReport | null> {
  const session = (event.sessions ?? []).find((s) => s.id === sessionId)
  if (!session?.id) return null
  const { docs } = await payload.find({
    collection: 'tickets',
    where: { and: [{ event: { equals: event.id } }, { session: { equals: sessionId } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return summarise(event, session as SessionRules & { id: string }, docs)
}

/** Every session of a show, in date order, each with its report (one read of the show's tickets). */
export async function eventReport(payload: Payload, event: SellableEvent): Promise<SessionReport[]> {
  const { docs } = await payload.find({ collection: 'tickets', where: { event: { equals: event.id } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
  return (event.sessions ?? [])
    .filter((s): s is typeof s & { id: string } => Boolean(s.id))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .map((s) => summarise(event, s, docs.filter((t) => t.session === s.id)))
}

function summarise(event: SellableEvent, session: SessionRules & { id: string }, tickets: Ticket[]): SessionReport {
  const live = tickets.filter((t) => t.state !== 'annule')
  // The show's tariffs in their order, then any name only tickets still carry (a tariff renamed since).
  const names = [...(event.tariffs ?? []).map((t) => t.name), ...live.map((t) => t.tariff)].filter((name, i, all) => all.indexOf(name) === i)
  const byTariff = names.map((tariff) => {
    const sold = live.filter((t) => t.tariff === tariff)
    return { tariff, sold: sold.length, amountCents: sold.reduce((sum, t) => sum + t.priceCents, 0) }
  })
  const capacity = sessionCapacity(session)
  const attendees = tickets
    .map((t) => ({
      id: t.id,
      name: t.holderName ?? '',
      email: t.holderEmail ?? '',
      reference: t.reference,
      tariff: t.tariff,
      priceCents: t.priceCents,
      seat: t.seat ?? '',
      state: t.state,
      checkedIn: t.state === 'utilise',
      usedAt: t.usedAt ?? null,
    }))
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.reference, b.reference) || collator.compare(a.seat, b.seat) || collator.compare(a.tariff, b.tariff))
  return {
    session,
    orders: new Set(live.map((t) => t.reference)).size,
    sold: live.length,
    checkedIn: live.filter((t) => t.state === 'utilise').length,
    cancelled: tickets.length - live.length,
    capacity,
    fillRate: capacity > 0 ? live.length / capacity : null,
    byTariff,
    amountCents: live.reduce((sum, t) => sum + t.priceCents, 0),
    attendees,
  }
}

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 })

/** "85 %" (French spacing), or "—" for a session without places. */
export const fillRateFr = (rate: number | null): string => (rate === null ? '—' : percent.format(rate))
