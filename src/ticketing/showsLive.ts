import type { Payload } from 'payload'

import { takenByPool } from '../places/claims'
import { loadEvent, type SellableEvent, upcomingEvents } from './events'
import { eventScope } from './pools'

/** What a field about shows (billets, attente) reads when its page is shown: the shows and the places taken. */
export interface ShowsLive {
  events: SellableEvent[]
  /** Places taken by pool */
  taken: Record<string, number>
  now: string
  /** The field is about one show, set by staff */
  fixed: boolean
}

/** The field's own show, or every show with a session ahead, with the places taken in each pool. */
export async function showsLive(payload: Payload, fixedEventId: number | string | null, now: Date): Promise<ShowsLive> {
  const events = fixedEventId !== null ? [await loadEvent(payload, fixedEventId)].filter((e) => e !== null) : await upcomingEvents(payload, now)
  const taken: Record<string, number> = {}
  for (const event of events) for (const [pool, count] of await takenByPool(payload, eventScope(event.id), now)) taken[pool] = count
  return { events, taken, now: now.toISOString(), fixed: fixedEventId !== null }
}
