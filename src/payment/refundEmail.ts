import type { Payload } from 'payload'

import { formatAmountFr } from '../lib/formatAmountFr'
import { formatDateFr } from '../lib/formatDateFr'
import type { Payment } from '../payload-types'
import { sendRecorded } from '../submissions/sendRecorded'

/**
 * "Remboursement enregistré": tells the payer that staff recorded the refund of the payment. The
 * money itself goes back through the town's cash office (PayFiP has no online refund).
 */
export async function sendRefundEmail(payload: Payload, payment: Payment, at: Date, cancelledItems: number): Promise<void> {
  if (!payment.payerEmail) return
  await sendRecorded(payload, { reference: payment.reference }, 'payment', {
    to: payment.payerEmail,
    subject: `Remboursement enregistré — demande ${payment.reference}`,
    text:
      `Bonjour,\n\nLe remboursement de votre paiement de ${formatAmountFr(payment.amountCents)} pour la demande ${payment.reference} ` +
      `a été enregistré le ${formatDateFr(at.toISOString())}.\n` +
      `Référence de paiement : ${payment.refdet}\n` +
      'La somme vous est reversée par la régie de la commune, sur le moyen de paiement utilisé ou par virement ; le délai dépend du Trésor public.\n' +
      (cancelledItems ? 'Les billets ou réservations de cette demande sont annulés.\n' : '') +
      '\nCe message est envoyé automatiquement, merci de ne pas y répondre.',
  })
}
