import type { Payload, Where } from 'payload'

import { bookingHolder } from '../booking/pools'
import type { Payment } from '../payload-types'
import { releaseUnpaidOrder } from './orderEffects'
import { applyEffects, applyOutcome, settleByIdOp } from './settle'
import { IDOP_VALID_MINUTES, NOTIFICATION_MARGIN_MINUTES, PAYMENT_WINDOW_MINUTES } from './window'

const MINUTE = 60_000

export interface ReconcileReport {
  asked: number
  settled: number
  lapsed: number
  resumed: number
  released: number
}

/**
 * The reconciliation run (every minute, src/jobs/reconcilePayments.ts): asks PayFiP about
 * payments left in flight (a notification lost or never sent), settles them; an operation
 * expired with no result is closed; an outcome recorded by a process stopped before its effects
 * is carried out; orders whose payment window closed unpaid are cancelled, their places freed.
 */
export async function reconcilePayments(payload: Payload, now = new Date()): Promise<ReconcileReport> {
  const report: ReconcileReport = { asked: 0, settled: 0, lapsed: 0, resumed: 0, released: 0 }
  const { docs: pending } = await payload.find({
    collection: 'payments',
    where: { and: [{ state: { equals: 'en_attente' } }, { createdAt: { less_than: new Date(now.getTime() - 2 * MINUTE).toISOString() } }] },
    limit: 100,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  for (const payment of pending) {
    try {
      if (await resumeInterrupted(payload, payment, now)) {
        report.resumed += 1
        continue
      }
      if (payment.idOp.startsWith('attente-')) {
        // Stopped before PayFiP answered: nothing can have been paid on it.
        if (now.getTime() - Date.parse(payment.createdAt) > 5 * MINUTE) report.lapsed += Number((await applyOutcome(payload, payment, 'lapsed', 'rapprochement', now)) === 'abandonnee')
        continue
      }
      report.asked += 1
      const state = await settleByIdOp(payload, payment.idOp, 'rapprochement', now)
      if (state === 'en_cours' && now.getTime() - Date.parse(payment.createdAt) > (IDOP_VALID_MINUTES + NOTIFICATION_MARGIN_MINUTES) * MINUTE) {
        await applyOutcome(payload, payment, 'lapsed', 'rapprochement', now)
        report.lapsed += 1
      } else if (state !== 'en_cours' && state !== 'en_attente') report.settled += 1
    } catch (error) {
      // PayFiP unreachable: the next run asks again.
      payload.logger.warn({ err: error, payment: payment.id }, 'Payment reconciliation failed for one payment')
    }
  }
  report.released = await releaseLapsedOrders(payload, now)
  return report
}

/** An outcome recorded (its event exists) while the payment still reads "en_attente": the effects were cut off. */
async function resumeInterrupted(payload: Payload, payment: Payment, now: Date): Promise<boolean> {
  const { docs } = await payload.find({ collection: 'payment-events', where: { key: { equals: `${payment.id}:issue` } }, limit: 1, depth: 0, overrideAccess: true })
  const event = docs[0]
  if (!event) return false
  await applyEffects(payload, payment, event.to as Payment['state'], now)
  return true
}

/** Orders still awaiting payment after the window, with no payment in flight and no place kept longer: cancelled. */
async function releaseLapsedOrders(payload: Payload, now: Date): Promise<number> {
  const before = new Date(now.getTime() - PAYMENT_WINDOW_MINUTES * MINUTE).toISOString()
  const awaitingSince: Where = { and: [{ state: { equals: 'attente_paiement' } }, { createdAt: { less_than: before } }] }
  const [tickets, bookings] = await Promise.all([
    payload.find({ collection: 'tickets', where: awaitingSince, select: { reference: true, order: true }, limit: 500, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'bookings', where: awaitingSince, select: { reference: true }, limit: 500, depth: 0, overrideAccess: true }),
  ])
  const holders = new Map<string, Set<string>>()
  for (const t of tickets.docs) holders.set(t.reference, (holders.get(t.reference) ?? new Set()).add(t.order))
  for (const b of bookings.docs) holders.set(b.reference, (holders.get(b.reference) ?? new Set()).add(bookingHolder(b.id)))
  let released = 0
  for (const [reference, owners] of holders) {
    const inFlight = await payload.count({ collection: 'payments', where: { and: [{ reference: { equals: reference } }, { state: { equals: 'en_attente' } }] }, overrideAccess: true })
    if (inFlight.totalDocs) continue
    // A payment started late keeps the places beyond the window (keepOrderPlaces): wait for it.
    const kept = await payload.count({ collection: 'place-claims', where: { and: [{ holder: { in: [...owners] } }, { expiresAt: { greater_than: now.toISOString() } }] }, overrideAccess: true })
    if (kept.totalDocs) continue
    released += await releaseUnpaidOrder(payload, reference)
  }
  return released
}
