import type { Payload } from 'payload'

import { formatDateFr } from '../lib/formatDateFr'
import type { Payment, User } from '../payload-types'
import { recordTransition } from './paymentEvents'
import { paymentStateLabel } from './paymentStates'
import { sendRefundEmail } from './refundEmail'
import { mayRecordRefund } from './staffAccess'

export type RefundOutcome =
  | { ok: true; payment: Payment; cancelledTickets: number; cancelledBookings: number; message: string }
  | { ok: false; status: 400 | 403 | 404 | 409; message: string }

type Staff = Pick<User, 'id' | 'role' | 'organisation' | 'name' | 'email'>

export const REFUND_REASON_MAX = 400

/** A refund recorded but whose effects a stopped process left undone: the next press finishes it after this delay. */
const RESUME_AFTER_MS = 60_000

/**
 * Records that the town's cash office gave a payment back (PayFiP has no online refund): once,
 * by an administrator or an agent of the payment's service, with a reason. The payment becomes
 * "Remboursé", the request's tickets not used and bookings not used are cancelled (their hooks
 * free the places), the payer is told by e-mail. The "<payment>:remboursement" event's unique key
 * is the guarantee: of two staff pressing at once, one records it, the other is told it is done.
 */
export async function recordRefund(payload: Payload, input: { paymentId: string; user: Staff | null; reason: unknown; now?: Date }): Promise<RefundOutcome> {
  const now = input.now ?? new Date()
  const { user } = input
  if (!user) return { ok: false, status: 403, message: 'Connectez-vous pour enregistrer un remboursement.' }
  const payment = await findPayment(payload, input.paymentId)
  if (!payment) return { ok: false, status: 404, message: 'Ce paiement n’existe pas.' }
  if (!mayRecordRefund(user, payment.organisation)) return { ok: false, status: 403, message: 'Seuls les administrateurs et les agents du service de ce paiement peuvent enregistrer son remboursement.' }
  const reason = typeof input.reason === 'string' ? input.reason.replace(/\s+/g, ' ').trim() : ''
  if (!reason) return { ok: false, status: 400, message: 'Indiquez le motif du remboursement.' }
  if (reason.length > REFUND_REASON_MAX) return { ok: false, status: 400, message: `Le motif tient en ${REFUND_REASON_MAX} caractères au plus.` }
  if (payment.state === 'remboursee') return { ok: false, status: 409, message: await alreadyRefunded(payload, payment) }
  if (payment.state !== 'payee') return { ok: false, status: 409, message: `Seul un paiement payé peut être remboursé : celui-ci est « ${paymentStateLabel(payment.state)} ».` }

  const who = user.name ? `${user.name} (${user.email})` : user.email
  const won = await recordTransition(payload, { payment, kind: 'remboursement', from: 'payee', to: 'remboursee', source: 'personnel', detail: `Remboursement enregistré par ${who} : ${reason}`, at: now })
  if (!won) {
    // Another press recorded it: done, unless a stopped process left it half-way long ago.
    const event = await refundEvent(payload, payment.id)
    const stale = event && now.getTime() - Date.parse(event.at) > RESUME_AFTER_MS
    if (!stale) return { ok: false, status: 409, message: await alreadyRefunded(payload, payment) }
  }
  const { tickets, bookings } = await reopenPlaces(payload, payment.reference)
  const refunded = (await payload.update({ collection: 'payments', id: payment.id, data: { state: 'remboursee' } as never, overrideAccess: true, depth: 0 })) as Payment
  await sendRefundEmail(payload, refunded, now, tickets + bookings).catch((err: unknown) => payload.logger.error({ err, payment: payment.id }, 'Refund e-mail failed'))
  payload.logger.info({ payment: payment.id, by: user.id, tickets, bookings }, 'Refund recorded')
  const freed = [tickets ? `${tickets} billet${tickets > 1 ? 's' : ''} annulé${tickets > 1 ? 's' : ''}` : '', bookings ? `${bookings} réservation${bookings > 1 ? 's' : ''} annulée${bookings > 1 ? 's' : ''}` : ''].filter(Boolean)
  return {
    ok: true,
    payment: refunded,
    cancelledTickets: tickets,
    cancelledBookings: bookings,
    message: `Remboursement enregistré${freed.length ? ` : ${freed.join(', ')}, places remises en vente` : ''}.${refunded.payerEmail ? ' Le payeur est prévenu par courriel.' : ''}`,
  }
}

/** The request's tickets not used and bookings not used are cancelled: the collections' hooks free their places. */
async function reopenPlaces(payload: Payload, reference: string): Promise<{ tickets: number; bookings: number }> {
  const tickets = await payload.update({
    collection: 'tickets',
    where: { and: [{ reference: { equals: reference } }, { state: { not_in: ['annule', 'utilise'] } }] },
    data: { state: 'annule' },
    overrideAccess: true,
    depth: 0,
  })
  const bookings = await payload.update({
    collection: 'bookings',
    where: { and: [{ reference: { equals: reference } }, { state: { not_in: ['annulee', 'utilisee'] } }] },
    data: { state: 'annulee' },
    overrideAccess: true,
    depth: 0,
  })
  for (const { id, message } of [...tickets.errors, ...bookings.errors]) payload.logger.error({ id, message, reference }, 'Refund: could not cancel an item')
  return { tickets: tickets.docs.length, bookings: bookings.docs.length }
}

async function findPayment(payload: Payload, id: string): Promise<Payment | null> {
  if (!/^[0-9a-f]{1,24}$/i.test(id)) return null
  try {
    const { docs } = await payload.find({ collection: 'payments', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true })
    return docs[0] ?? null
  } catch {
    return null // an id of the other database's shape
  }
}

const refundEvent = async (payload: Payload, paymentId: number | string) =>
  (await payload.find({ collection: 'payment-events', where: { key: { equals: `${paymentId}:remboursement` } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] ?? null

async function alreadyRefunded(payload: Payload, payment: Payment): Promise<string> {
  const event = await refundEvent(payload, payment.id)
  return event ? `Ce paiement a déjà été remboursé (enregistré le ${formatDateFr(event.at)}).` : 'Ce paiement a déjà été remboursé.'
}
