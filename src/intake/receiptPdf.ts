import type { Payload } from 'payload'

import { problemResponse } from '../security/problemResponse'
import { privatePdfResponse } from '../security/privatePdfResponse'
import { findByFollowUpToken } from '../submissions/followUp'
import { submissionReceiptPdf } from '../submissions/receiptPdf'
import { allowFollowUpLookup, clientIp } from './antiAbuse'

/** GET /suivi/<token>/recepisse.pdf — the request's récépissé (CRPA mentions), for the follow-up link's holder only. */
export async function handleReceiptPdf(payload: Payload, token: string, request: Request): Promise<Response> {
  if (!(await allowFollowUpLookup(clientIp(request.headers)))) return problemResponse(429, 'Trop de tentatives', 'Patientez une minute puis recommencez.')
  const submission = await findByFollowUpToken(payload, token)
  if (!submission) return problemResponse(404, 'Récépissé introuvable', 'Ce lien ne correspond à aucune demande. Vérifiez le lien de suivi reçu par courriel.')
  const pdf = await submissionReceiptPdf(payload, submission)
  return privatePdfResponse(pdf, `recepisse-${submission.reference}.pdf`)
}
