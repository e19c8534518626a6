import type { Payload } from 'payload'

import { formatEuros } from '../booking/resourceRules'
import { followUpLinks } from '../lib/followUpLinks'
import type { Payment } from '../payload-types'
import { sendRecorded } from '../submissions/sendRecorded'
import { orderTicketsPdf } from '../ticketing/orderTicketsPdf'
import { paidReceiptPdf } from './receiptPdf'

/**
 * "Paiement reçu": sent once, by whoever recorded the credit (src/payment/settle.ts), with the
 * receipt and — for a ticket order — the tickets, which are only valid from now on.
 */
export async function sendPaidEmail(payload: Payload, payment: Payment): Promise<void> {
  if (!payment.payerEmail) return
  const { docs } = await payload.find({ collection: 'submissions', where: { reference: { equals: payment.reference } }, select: { followUpToken: true }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })
  const token = (docs[0] as { followUpToken?: string } | undefined)?.followUpToken
  const [tickets, receipt] = await Promise.all([orderTicketsPdf(payload, payment.reference), paidReceiptPdf(payload, payment)])
  const attachments = [
    ...(receipt ? [{ filename: `recu-paiement-${payment.refdet}.pdf`, content: Buffer.from(receipt), contentType: 'application/pdf' }] : []),
    ...(tickets ? [{ filename: `billets-${payment.reference}.pdf`, content: Buffer.from(tickets), contentType: 'application/pdf' }] : []),
  ]
  await sendRecorded(payload, { reference: payment.reference }, 'payment', {
    to: payment.payerEmail,
    subject: `Paiement reçu — demande ${payment.reference}`,
    text:
      `Bonjour,\n\nNous avons bien reçu votre paiement de ${formatEuros(payment.amountCents)} pour la demande ${payment.reference}.\n` +
      `Référence de paiement : ${payment.refdet}\n` +
      (tickets ? 'Vos billets sont joints à ce message (PDF, un QR code par billet).\n' : '') +
      'Le reçu de paiement est joint à ce message.\n' +
      (token ? `Suivre votre demande (lien personnel, ne le transmettez pas) : ${followUpLinks.url(token)}\n` : '') +
      '\nCe message est envoyé automatiquement, merci de ne pas y répondre.',
    attachments,
  })
}
