import type { Payload } from 'payload'

import type { Event } from '../payload-types'
import type { EventRules } from './rules'

export type SellableEvent = Event & EventRules

/** A show by id, or null when it is gone (or the id is not one). */
export async function loadEvent(payload: Payload, id: number | string): Promise<SellableEvent | null> {
  try {
    return (await payload.findByID({ collection: 'events', id, depth: 0, overrideAccess: true, disableErrors: true })) as SellableEvent | null
  } catch {
    return null
  }
}

/** Shows with a session still ahead, soonest first (the agenda, the ticket picker). */
export async function upcomingEvents(payload: Payload, now: Date): Promise<SellableEvent[]> {
  const { docs } = await payload.find({
    collection: 'events',
    where: { 'sessions.startsAt': { greater_than: now.toISOString() } },
    depth: 1,
    limit: 100,
    pagination: false,
    overrideAccess: true,
  })
  const first = (e: SellableEvent) => Math.min(...(e.sessions ?? []).map((s) => Date.parse(s.startsAt)).filter((t) => t > now.getTime()))
  return (docs as SellableEvent[]).sort((a, b) => first(a) - first(b))
}
