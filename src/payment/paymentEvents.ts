import type { Payload } from 'payload'

import { isUniqueViolation } from '../lib/uniqueViolation'
import type { PaymentSource, PaymentState } from './paymentStates'

export interface PaymentTransition {
  payment: { id: number | string; organisation: number | string | { id: number | string } }
  /** Unique per payment and kind: "issue" (its outcome), "remboursement"; the first to insert it wins */
  kind: string
  from: PaymentState | null
  to: PaymentState
  source: PaymentSource
  detail?: string
  at: Date
}

/**
 * Records a transition once: true for the caller whose insert made it, false when another had
 * already recorded it (a replayed notification, the job racing the citizen's return). The unique
 * key is the guarantee, in any process and on any database (decision 0045).
 */
export async function recordTransition(payload: Payload, t: PaymentTransition): Promise<boolean> {
  const organisation = typeof t.payment.organisation === 'object' ? t.payment.organisation.id : t.payment.organisation
  try {
    await payload.create({
      collection: 'payment-events',
      data: { key: `${t.payment.id}:${t.kind}`, payment: t.payment.id, organisation, at: t.at.toISOString(), from: t.from, to: t.to, source: t.source, detail: t.detail?.slice(0, 500) } as never,
      overrideAccess: true,
      depth: 0,
    })
    return true
  } catch (error) {
    if (isUniqueViolation(error)) return false
    throw error
  }
}

/** A transition that needs no guard (a payment's creation): recorded for its history. */
export async function recordNote(payload: Payload, t: Omit<PaymentTransition, 'kind'>): Promise<void> {
  await recordTransition(payload, { ...t, kind: `note:${t.at.getTime()}:${Math.random().toString(36).slice(2, 8)}` })
}
