import { APIError, type Payload, type Where } from 'payload'

import { bookingHolder } from '../booking/pools'
import { heldByPool, transferPlaces } from '../places/claims'
import { sessionPool } from '../ticketing/pools'

/**
 * What a payment's outcome does to the request's order (decision 0045): credited, the tickets
 * become valid and the bookings confirmed, their places kept for good; abandoned or never paid
 * in time, they are cancelled and their places go back on sale (the collections' hooks free them).
 * Each is idempotent: run twice (a replayed outcome, the job after a crash) it changes nothing more.
 */

const awaiting = (reference: string): Where => ({ and: [{ reference: { equals: reference } }, { state: { equals: 'attente_paiement' } }] })

/** Confirms what awaited the payment. Returns a French problem for staff when places had been lost meanwhile, else null. */
export async function confirmPaidOrder(payload: Payload, reference: string): Promise<string | null> {
  const problems: string[] = []
  const tickets = await payload.find({ collection: 'tickets', where: awaiting(reference), limit: 0, pagination: false, depth: 0, overrideAccess: true })
  const orders = new Map<string, { event: number | string; session: string; count: number }>()
  for (const ticket of tickets.docs) {
    const eventId = typeof ticket.event === 'object' ? ticket.event.id : ticket.event
    const entry = orders.get(ticket.order) ?? { event: eventId, session: ticket.session, count: 0 }
    entry.count += 1
    orders.set(ticket.order, entry)
  }
  for (const [order, { event, session, count }] of orders) {
    await transferPlaces(payload, order, { holder: order, expiresAt: null })
    const held = (await heldByPool(payload, order)).get(sessionPool(event, session)) ?? 0
    if (held < count) problems.push(`${count - held} place(s) de la commande avaient été libérées avant le paiement : à régulariser (remboursement ou place).`)
  }
  if (tickets.docs.length) await payload.update({ collection: 'tickets', where: awaiting(reference), data: { state: 'valide' }, overrideAccess: true, depth: 0 })

  const bookings = await payload.find({ collection: 'bookings', where: awaiting(reference), limit: 0, pagination: false, depth: 0, overrideAccess: true })
  for (const booking of bookings.docs) {
    try {
      // The collection's hook keeps the places for good, taking back lapsed ones if still free.
      await payload.update({ collection: 'bookings', id: booking.id, data: { state: 'confirmee' }, overrideAccess: true, depth: 0 })
    } catch (error) {
      if (!(error instanceof APIError)) throw error
      problems.push(`Réservation ${booking.start} : ${error.message} À régulariser (remboursement).`)
    }
  }
  // Paid after the order was cancelled (a late credit, a session cancelled meanwhile): nothing to give.
  if (!tickets.docs.length && !bookings.docs.length && (await hadCancelledOrder(payload, reference))) problems.push('Payé alors que la commande était déjà annulée : à rembourser.')
  return problems.length ? problems.join(' ') : null
}

async function hadCancelledOrder(payload: Payload, reference: string): Promise<boolean> {
  const [t, b, live] = await Promise.all([
    payload.count({ collection: 'tickets', where: { and: [{ reference: { equals: reference } }, { state: { equals: 'annule' } }] }, overrideAccess: true }),
    payload.count({ collection: 'bookings', where: { and: [{ reference: { equals: reference } }, { state: { equals: 'annulee' } }] }, overrideAccess: true }),
    payload.count({ collection: 'tickets', where: { and: [{ reference: { equals: reference } }, { state: { in: ['valide', 'utilise'] } }] }, overrideAccess: true }),
  ])
  return t.totalDocs + b.totalDocs > 0 && live.totalDocs === 0
}

/** Cancels what still awaits a payment: its places go back on sale. */
export async function releaseUnpaidOrder(payload: Payload, reference: string): Promise<number> {
  const tickets = await payload.update({ collection: 'tickets', where: awaiting(reference), data: { state: 'annule' }, overrideAccess: true, depth: 0 })
  const bookings = await payload.update({ collection: 'bookings', where: awaiting(reference), data: { state: 'annulee' }, overrideAccess: true, depth: 0 })
  return tickets.docs.length + bookings.docs.length
}

/** Keeps an order's places at least until `until` (a payment started near the end of the window). */
export async function keepOrderPlaces(payload: Payload, reference: string, until: Date): Promise<void> {
  const [tickets, bookings] = await Promise.all([
    payload.find({ collection: 'tickets', where: awaiting(reference), select: { order: true }, limit: 0, pagination: false, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'bookings', where: awaiting(reference), select: { reference: true }, limit: 0, pagination: false, depth: 0, overrideAccess: true }),
  ])
  const holders = [...new Set(tickets.docs.map((t) => t.order)), ...bookings.docs.map((b) => bookingHolder(b.id))]
  if (!holders.length) return
  // Only claims that would lapse sooner move: never shortened.
  await payload.db.updateMany({
    collection: 'place-claims',
    where: { and: [{ holder: { in: holders } }, { expiresAt: { less_than: until.toISOString() } }] },
    data: { expiresAt: until.toISOString() },
  })
}

/** Whether the request still has something awaiting payment. */
export async function hasUnpaidOrder(payload: Payload, reference: string): Promise<boolean> {
  const [t, b] = await Promise.all([
    payload.count({ collection: 'tickets', where: awaiting(reference), overrideAccess: true }),
    payload.count({ collection: 'bookings', where: awaiting(reference), overrideAccess: true }),
  ])
  return t.totalDocs + b.totalDocs > 0
}
