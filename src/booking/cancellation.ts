import type { Payload } from 'payload'

import type { Booking, Ticket, WaitingList } from '../payload-types'
import { flagRefundDue } from '../payment/refundDue'
import { waitingHolder } from '../ticketing/waitingOffer'

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

/** Until when a citizen may cancel a booking (its resource's delay before the start), or null when not. */
export function bookingCancellableUntil(booking: Pick<Booking, 'state' | 'startsAt'>, cancellationDays: number | null | undefined): Date | null {
  if (booking.state === 'annulee' || booking.state === 'utilisee') return null
  return new Date(Date.parse(booking.startsAt) - Math.max(0, cancellationDays ?? 2) * DAY_MS)
}

/** Until when a citizen may cancel an order's tickets (its show's delay before the session), or null when not. */
export function ticketsCancellableUntil(tickets: Array<Pick<Ticket, 'state' | 'sessionStartsAt'>>, cancellationHours: number | null | undefined): Date | null {
  if (!tickets.length || tickets.some((t) => t.state === 'utilise') || tickets.every((t) => t.state === 'annule')) return null
  const first = Math.min(...tickets.map((t) => Date.parse(t.sessionStartsAt)))
  return new Date(first - Math.max(0, cancellationHours ?? 48) * HOUR_MS)
}

/** A waiting-list entry its citizen may still leave. */
export const waitingWithdrawable = (entry: Pick<WaitingList, 'state'>): boolean => entry.state === 'attente' || entry.state === 'invitee'

export type CancelOutcome = { ok: true; what: string } | { ok: false; message: string }

/**
 * A citizen cancels, from the follow-up link, one booking of the request or all its tickets,
 * before the deadline, or leaves a waiting list. The state change frees the places (the collections' hooks); past the
 * deadline, or for something not theirs, a French reason.
 */
export async function cancelByCitizen(payload: Payload, reference: string, target: string, now = new Date()): Promise<CancelOutcome> {
  const bookingMatch = /^reservation:([A-Za-z0-9]{1,40})$/.exec(target)
  if (bookingMatch) {
    const { docs } = await payload.find({ collection: 'bookings', where: { and: [{ id: { equals: bookingMatch[1] } }, { reference: { equals: reference } }] }, limit: 1, depth: 1, overrideAccess: true })
    const booking = docs[0]
    if (!booking) return { ok: false, message: 'Cette réservation n’appartient pas à cette demande.' }
    const resource = typeof booking.resource === 'object' ? booking.resource : null
    const until = bookingCancellableUntil(booking, resource?.cancellationDays)
    if (!until) return { ok: false, message: 'Cette réservation est déjà annulée ou passée.' }
    if (now > until) return { ok: false, message: 'Le délai d’annulation en ligne est dépassé : contactez la mairie.' }
    await payload.update({ collection: 'bookings', id: booking.id, data: { state: 'annulee' }, overrideAccess: true, depth: 0 })
    if (booking.state === 'confirmee') await flagRefundDue(payload, reference, 'Réservation annulée par l’usager', now)
    return { ok: true, what: booking.state === 'confirmee' && (await paidOnline(payload, reference)) ? 'Votre réservation est annulée. Le remboursement vous sera versé par la régie de la commune.' : 'Votre réservation est annulée.' }
  }
  if (target === 'billets') {
    const { docs } = await payload.find({ collection: 'tickets', where: { reference: { equals: reference } }, limit: 100, depth: 1, overrideAccess: true })
    const event = docs[0] && typeof docs[0].event === 'object' ? docs[0].event : null
    const until = ticketsCancellableUntil(docs, event?.cancellationHours)
    if (!until) return { ok: false, message: 'Ces billets ne peuvent plus être annulés (déjà annulés ou contrôlés).' }
    if (now > until) return { ok: false, message: 'Le délai d’annulation en ligne est dépassé : contactez la billetterie.' }
    for (const ticket of docs.filter((t) => t.state === 'valide' || t.state === 'attente_paiement')) await payload.update({ collection: 'tickets', id: ticket.id, data: { state: 'annule' }, overrideAccess: true, depth: 0 })
    const paid = await paidOnline(payload, reference)
    if (paid) await flagRefundDue(payload, reference, 'Billets annulés par l’usager', now)
    return { ok: true, what: paid ? 'Vos billets sont annulés : les places sont remises en vente. Le remboursement vous sera versé par la régie de la commune.' : 'Vos billets sont annulés : les places sont remises en vente.' }
  }
  const waitingMatch = /^attente:([A-Za-z0-9]{1,40})$/.exec(target)
  if (waitingMatch) {
    const { docs } = await payload.find({ collection: 'waiting-list', where: { and: [{ id: { equals: waitingMatch[1] } }, { reference: { equals: reference } }] }, limit: 1, depth: 0, overrideAccess: true })
    const entry = docs[0]
    if (!entry) return { ok: false, message: 'Cette inscription n’appartient pas à cette demande.' }
    if (!waitingWithdrawable(entry)) return { ok: false, message: 'Cette inscription sur la liste d’attente est déjà close.' }
    await payload.update({ collection: 'waiting-list', id: entry.id, data: { state: 'retiree' }, overrideAccess: true, depth: 0 })
    // Places offered and not taken go back: to the next in line (the caller offers them).
    await payload.db.deleteMany({ collection: 'place-claims', where: { holder: { equals: waitingHolder(entry.id) } } })
    return { ok: true, what: 'Vous êtes retiré(e) de la liste d’attente.' }
  }
  return { ok: false, message: 'Choisissez ce que vous annulez.' }
}

const paidOnline = async (payload: Payload, reference: string) =>
  (await payload.count({ collection: 'payments', where: { and: [{ reference: { equals: reference } }, { state: { equals: 'payee' } }] }, overrideAccess: true })).totalDocs > 0
