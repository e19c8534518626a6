import type { Payload } from 'payload'

import { amountDue } from '../payment/amountDue'
import { confirmPaidOrder } from '../payment/orderEffects'
import { recordTransition } from '../payment/paymentEvents'
import { toPayfipObjet } from '../payment/payfip/rules'
import { newRefdet } from '../payment/refdet'

/**
 * A demo request paid as if by card through the simulator (the demo season's orders are sold, not
 * waiting for a payment): its payment credited, its order confirmed, so the régie has lines.
 */
export async function markDemoPaid(payload: Payload, reference: string, paidAt: Date): Promise<void> {
  const { docs } = await payload.find({ collection: 'submissions', where: { reference: { equals: reference } }, limit: 1, depth: 0, overrideAccess: true })
  const submission = docs[0]
  if (!submission) return
  const due = await amountDue(payload, submission)
  if (due.totalCents <= 0) return
  const refdet = newRefdet(reference)
  const payment = await payload.create({
    collection: 'payments',
    data: {
      reference,
      submission: submission.id,
      organisation: typeof submission.organisation === 'object' ? submission.organisation.id : submission.organisation,
      amountCents: due.totalCents,
      objet: toPayfipObjet(`${(submission.formVersion as { title?: string }).title ?? ''} ${reference}`),
      refdet,
      idOp: `demo-${refdet}`,
      openKey: `${reference}:demo`,
      state: 'payee',
      means: 'carte',
      provider: 'simulateur',
      mode: 'T',
      paidAt: paidAt.toISOString(),
      settledAt: paidAt.toISOString(),
      payerEmail: submission.requesterEmail,
    } as never,
    overrideAccess: true,
    depth: 0,
  })
  await recordTransition(payload, { payment, kind: 'issue', from: 'en_attente', to: 'payee', source: 'notification', detail: 'Payé par carte (démonstration)', at: paidAt })
  await confirmPaidOrder(payload, reference)
}
