import type { OrderLine, SessionRules, TariffRules } from './rules'
import { sessionCapacity } from './rules'

/** The pools of a show read together (its remaining places in the agenda and the ticket picker). */
export const eventScope = (eventId: number | string): string => `events:${eventId}`

/** The whole hall of a session: as many places as its gauge or its seat plan. */
export const sessionPool = (eventId: number | string, sessionId: string): string => `${eventScope(eventId)}:${sessionId}`

/** A tariff's own quota in a session ("au plus 40 billets réduits"). */
export const tariffPool = (eventId: number | string, sessionId: string, tariffId: string): string => `${sessionPool(eventId, sessionId)}:tarif:${tariffId}`

/** One numbered seat: a pool of one place. */
export const seatPool = (eventId: number | string, sessionId: string, seat: string): string => `${sessionPool(eventId, sessionId)}:siege:${seat}`

export const orderHolder = (reference: string, field: string): string => `orders:${reference}:${field}`

/** Every place an order takes: the hall, each limited tariff's quota, each chosen seat. */
export function placesForOrder(eventId: number | string, session: SessionRules & { id: string }, tariffs: TariffRules[], lines: OrderLine[], seats: string[]) {
  const total = lines.reduce((sum, l) => sum + l.quantity, 0)
  const wanted = [{ pool: sessionPool(eventId, session.id), capacity: sessionCapacity(session), count: total }]
  for (const line of lines) {
    const quota = tariffs.find((t) => t.id === line.tariff)?.quota
    if (quota && quota > 0) wanted.push({ pool: tariffPool(eventId, session.id, line.tariff), capacity: Math.floor(quota), count: line.quantity })
  }
  for (const seat of seats) wanted.push({ pool: seatPool(eventId, session.id, seat), capacity: 1, count: 1 })
  return wanted
}
