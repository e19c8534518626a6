import type { Payload } from 'payload'

import { takenByPool } from '../places/claims'
import { type SellableEvent, upcomingEvents } from './events'
import { eventScope, sessionPool } from './pools'
import { onSale, sessionCapacity } from './rules'

export interface AgendaSession {
  id: string
  startsAt: string
  left: number
  onSale: boolean
  /** Cancelled by staff: shown as "Annulée" */
  cancelled: boolean
}

export interface AgendaEvent {
  event: SellableEvent
  sessions: AgendaSession[]
  /** "/formulaires/billetterie-du-dome?spectacle=le-songe", when a form sells it */
  bookingHref: string | null
  /** The waiting-list form for a session ("…?spectacle=le-songe&seance=<id>"), when the show has one */
  waitingHref: string | null
}

const withSessions = async (payload: Payload, event: SellableEvent, now: Date): Promise<AgendaEvent> => {
  const taken = await takenByPool(payload, eventScope(event.id), now)
  const form = typeof event.form === 'object' && event.form ? event.form : null
  const waitingForm = typeof event.waitingForm === 'object' && event.waitingForm ? event.waitingForm : null
  return {
    event,
    sessions: (event.sessions ?? [])
      .filter((s) => s.id && Date.parse(s.startsAt) > now.getTime())
      .map((s) => ({ id: s.id!, startsAt: s.startsAt, left: Math.max(0, sessionCapacity(s) - (taken.get(sessionPool(event.id, s.id!)) ?? 0)), onSale: onSale(s, now), cancelled: Boolean(s.cancelled) })),
    bookingHref: form?.slug ? `/formulaires/${encodeURIComponent(form.slug)}?spectacle=${encodeURIComponent(event.slug ?? '')}` : null,
    waitingHref: waitingForm?.slug ? `/formulaires/${encodeURIComponent(waitingForm.slug)}?spectacle=${encodeURIComponent(event.slug ?? '')}` : null,
  }
}

/** The season ahead with what is left of each session (never cached: places change with every sale). */
export async function agenda(payload: Payload, now = new Date()): Promise<AgendaEvent[]> {
  return Promise.all((await upcomingEvents(payload, now)).map((event) => withSessions(payload, event, now)))
}

/** One show of the season by its slug, with its sessions ahead. */
export async function agendaEvent(payload: Payload, slug: string, now = new Date()): Promise<AgendaEvent | null> {
  const { docs } = await payload.find({ collection: 'events', where: { slug: { equals: slug } }, limit: 1, depth: 1, overrideAccess: true })
  return docs[0] ? withSessions(payload, docs[0] as SellableEvent, now) : null
}
