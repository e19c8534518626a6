import type { Payload } from 'payload'

import { paidReceiptPdf } from '../payment/receiptPdf'
import { problemResponse } from '../security/problemResponse'
import { privatePdfResponse } from '../security/privatePdfResponse'
import { findByFollowUpToken } from '../submissions/followUp'
import { allowFollowUpLookup, clientIp } from './antiAbuse'

/** GET /suivi/<token>/paiement/recu/<refdet> — the receipt of a paid payment, for the follow-up link's holder only. */
export async function handlePaidReceipt(payload: Payload, token: string, refdet: string, request: Request): Promise<Response> {
  if (!(await allowFollowUpLookup(clientIp(request.headers)))) return problemResponse(429, 'Trop de tentatives', 'Patientez une minute puis recommencez.')
  const submission = /^[A-Za-z0-9]{1,30}$/.test(refdet) ? await findByFollowUpToken(payload, token) : null
  const { docs } = submission
    ? await payload.find({ collection: 'payments', where: { and: [{ reference: { equals: submission.reference } }, { refdet: { equals: refdet } }] }, limit: 1, depth: 0, overrideAccess: true })
    : { docs: [] }
  const pdf = docs[0] ? await paidReceiptPdf(payload, docs[0]) : null
  if (!pdf) return problemResponse(404, 'Reçu introuvable', 'Aucun paiement reçu ne correspond à ce lien. Vérifiez le lien de suivi reçu par courriel.')
  return privatePdfResponse(pdf, `recu-paiement-${refdet}.pdf`)
}
