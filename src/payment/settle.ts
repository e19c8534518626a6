import type { Payload } from 'payload'

import type { Payment } from '../payload-types'
import { releaseUnpaidOrder, confirmPaidOrder } from './orderEffects'
import { sendPaidEmail } from './paidEmail'
import { recordTransition } from './paymentEvents'
import type { PaymentSource, PaymentState } from './paymentStates'
import { type PaymentDetail, type PayfipResult } from './provider'
import { paymentProvider } from './settings'

const OUTCOMES: Record<PayfipResult | 'lapsed', PaymentState> = { P: 'payee', V: 'payee', R: 'refusee', Z: 'refusee', A: 'abandonnee', lapsed: 'abandonnee' }

const OUTCOME_DETAIL: Record<PayfipResult | 'lapsed', string> = {
  P: 'Payé par carte',
  V: 'Payé par prélèvement',
  R: 'Carte refusée',
  Z: 'Prélèvement refusé',
  A: 'Abandonné par le payeur',
  lapsed: 'Aucun résultat à l’expiration de l’opération PayFiP (15 minutes) : rien n’a été payé',
}

export async function findPaymentByIdOp(payload: Payload, idOp: string): Promise<Payment | null> {
  const { docs } = await payload.find({ collection: 'payments', where: { idOp: { equals: idOp } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })
  return docs[0] ?? null
}

export type SettleResult = 'inconnu' | 'en_cours' | PaymentState

/**
 * Settles a payment from what PayFiP says — never from what the browser or the notification
 * carries: the idOp only names the payment, `recupererDetailPaiementSecurise` tells the result.
 * An answer whose amount, refdet or client number differ from ours is not credited (tampering or
 * a mix-up): the payment is flagged for staff.
 */
export async function settleByIdOp(payload: Payload, idOp: string, source: PaymentSource, now = new Date()): Promise<SettleResult> {
  const payment = await findPaymentByIdOp(payload, idOp)
  if (!payment) return 'inconnu'
  if (payment.state !== 'en_attente') return payment.state
  const answer = await paymentProvider().paymentDetail(idOp)
  if (!answer.known) return 'en_cours'
  const mismatch = differences(payment, answer.detail)
  if (mismatch) {
    await payload.update({ collection: 'payments', id: payment.id, data: { problem: `Réponse de PayFiP différente de la demande (${mismatch}) : non créditée, à vérifier avec la régie.` } as never, overrideAccess: true, depth: 0 })
    payload.logger.error({ payment: payment.id, mismatch }, 'PayFiP detail does not match the payment: not credited')
    return 'en_attente'
  }
  return applyOutcome(payload, payment, answer.detail.resultrans, source, now, answer.detail)
}

function differences(payment: Payment, detail: PaymentDetail): string | null {
  const found: string[] = []
  if (detail.amountCents !== payment.amountCents) found.push(`montant ${detail.amountCents} au lieu de ${payment.amountCents} centimes`)
  if (detail.refdet !== payment.refdet) found.push('refdet')
  if (detail.idOp && detail.idOp !== payment.idOp) found.push('idOp')
  return found.length ? found.join(', ') : null
}

/**
 * Applies an outcome once: the first caller to record it (unique key) moves the payment and its
 * order and sends the e-mail; every other caller — a replayed notification, the citizen's return,
 * the job — finds it recorded and does nothing. A process stopped between the record and the
 * effects is caught up by the reconciliation job (resumeInterrupted).
 */
export async function applyOutcome(payload: Payload, payment: Payment, result: PayfipResult | 'lapsed', source: PaymentSource, now: Date, detail?: PaymentDetail): Promise<PaymentState> {
  const to = OUTCOMES[result]
  const won = await recordTransition(payload, { payment, kind: 'issue', from: 'en_attente', to, source, detail: [OUTCOME_DETAIL[result], detail?.numauto ? `autorisation ${detail.numauto}` : ''].filter(Boolean).join(', '), at: now })
  if (!won) return to
  await applyEffects(payload, payment, to, now, detail, result)
  return to
}

/** The payment's own fields, then its order, then the e-mail: each step safe to repeat but the last. */
export async function applyEffects(payload: Payload, payment: Payment, to: PaymentState, now: Date, detail?: PaymentDetail, result?: PayfipResult | 'lapsed'): Promise<void> {
  await payload.update({
    collection: 'payments',
    id: payment.id,
    data: {
      state: to,
      openKey: `${payment.reference}:${payment.id}`,
      settledAt: now.toISOString(),
      ...(to === 'payee' ? { paidAt: paidAtOf(detail, now).toISOString(), means: result === 'V' ? 'prelevement' : 'carte', numauto: detail?.numauto ?? null } : {}),
    } as never,
    overrideAccess: true,
    depth: 0,
  })
  if (to === 'payee') {
    const problem = await confirmPaidOrder(payload, payment.reference)
    if (problem) {
      await payload.update({ collection: 'payments', id: payment.id, data: { problem } as never, overrideAccess: true, depth: 0 })
      payload.logger.error({ payment: payment.id, reference: payment.reference }, 'Paid order had lost places: staff must settle it')
    }
    await sendPaidEmail(payload, { ...payment, state: 'payee', paidAt: paidAtOf(detail, now).toISOString(), means: result === 'V' ? 'prelevement' : 'carte' }).catch((err: unknown) =>
      payload.logger.error({ err, payment: payment.id }, 'Payment e-mail failed'),
    )
  } else if (result === 'A') await releaseUnpaidOrder(payload, payment.reference) // the citizen gave up; a lapsed operation leaves the window to run
}

/** PayFiP's dattrans (ddMMyyyy) and heurtrans (HHmm), Paris time; now when absent or malformed. */
function paidAtOf(detail: PaymentDetail | undefined, now: Date): Date {
  const d = /^(\d{2})(\d{2})(\d{4})$/.exec(detail?.dattrans ?? '')
  const h = /^(\d{2})(\d{2})$/.exec(detail?.heurtrans ?? '')
  if (!d || !h) return now
  // Paris is UTC+1 or +2: the offset of that day, read from Intl.
  const utc = Date.UTC(Number(d[3]), Number(d[2]) - 1, Number(d[1]), Number(h[1]), Number(h[2]))
  const paris = new Date(new Date(utc).toLocaleString('en-US', { timeZone: 'Europe/Paris' }))
  const offset = paris.getTime() - new Date(new Date(utc).toLocaleString('en-US', { timeZone: 'UTC' })).getTime()
  const at = new Date(utc - offset)
  return Number.isNaN(at.getTime()) || Math.abs(at.getTime() - now.getTime()) > 86_400_000 ? now : at
}
