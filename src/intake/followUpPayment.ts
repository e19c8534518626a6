import type { Payload } from 'payload'

import { followUpLinks } from '../lib/followUpLinks'
import { amountDue, leftToPay } from '../payment/amountDue'
import { settleByIdOp } from '../payment/settle'
import { startPayment } from '../payment/startPayment'
import { findByFollowUpToken } from '../submissions/followUp'
import { allowFollowUpLookup, clientIp } from './antiAbuse'
import { admitPost, readPost, refusal } from './guard'

/**
 * POST /suivi/<token>/paiement — the citizen pays online what the request owes: the amount is the
 * server's; the one the page showed comes back only to check that it has not changed (a tampered
 * or stale amount is refused, nothing started). Then the browser goes to PayFiP's page.
 */
export async function handleFollowUpPayment(payload: Payload, token: string, request: Request): Promise<Response> {
  const page = followUpLinks.page(token)
  const back = { href: `${page}#paiement`, label: 'Revenir au suivi de ma demande' }
  const admitted = await admitPost(request, () => back)
  if (admitted.refused) return admitted.refused
  const submission = await findByFollowUpToken(payload, token)
  if (!submission) return refusal(404, 'Demande introuvable', "Ce lien de suivi ne correspond à aucune demande. Vérifiez l'adresse reçue par courriel.")
  const read = await readPost(request, () => back)
  if (read.refused) return read.refused
  const shown = String(read.data.get('montant') ?? '')
  const left = leftToPay(await amountDue(payload, submission))
  if (!/^\d{1,9}$/.test(shown) || Number(shown) !== left) {
    return refusal(409, 'Montant modifié', 'Le montant à payer n’est plus celui affiché : revenez au suivi pour voir le montant à jour, puis payez à nouveau.', back)
  }
  const outcome = await startPayment(payload, submission)
  if (!outcome.ok) return refusal(outcome.status, 'Paiement impossible pour le moment', outcome.message, back)
  return new Response(null, { status: 303, headers: { Location: outcome.redirect } })
}

/**
 * /suivi/<token>/paiement/retour — PayFiP sends the citizen back here (urlredirect). The page
 * never trusts the return: it asks PayFiP for the payment in flight, then shows the follow-up page.
 */
export async function handlePaymentReturn(payload: Payload, token: string, request: Request): Promise<Response> {
  // Outside the proxy (PayFiP may post here): the follow-up lookups' budget is counted here.
  if (!(await allowFollowUpLookup(clientIp(request.headers)))) return refusal(429, 'Trop de tentatives', 'Patientez une minute puis rechargez la page.')
  const submission = await findByFollowUpToken(payload, token)
  if (!submission) return refusal(404, 'Demande introuvable', "Ce lien de suivi ne correspond à aucune demande. Vérifiez l'adresse reçue par courriel.")
  const { docs } = await payload.find({ collection: 'payments', where: { reference: { equals: submission.reference } }, sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })
  const latest = docs[0]
  let state: string = latest?.state ?? 'aucun'
  if (latest && latest.state === 'en_attente' && !latest.idOp.startsWith('attente-')) {
    state = await settleByIdOp(payload, latest.idOp, 'retour').catch((error: unknown) => {
      payload.logger.warn({ err: error, payment: latest.id }, 'PayFiP detail at the return failed: the job will ask again')
      return 'en_cours'
    })
  }
  return new Response(null, { status: 303, headers: { Location: `${followUpLinks.page(token)}?paiement=${encodeURIComponent(state)}#paiement` } })
}
