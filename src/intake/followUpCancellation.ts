import type { Payload } from 'payload'

import { cancelByCitizen } from '../booking/cancellation'
import { followUpLinks } from '../lib/followUpLinks'
import { findByFollowUpToken } from '../submissions/followUp'
import { offerFreedPlaces } from '../ticketing/waitingList'
import { admitPost, readPost, refusal } from './guard'

/**
 * POST /suivi/<token>/annulation — the citizen cancels a booking or their tickets, with no account:
 * the secret link is the key, a ticked confirmation box the intent. The guard first; then the
 * follow-up page again, which says what happened.
 */
export async function handleFollowUpCancellation(payload: Payload, token: string, request: Request): Promise<Response> {
  const page = followUpLinks.page(token)
  const back = { href: `${page}#suivi-annulation`, label: 'Revenir au suivi de ma demande' }
  const admitted = await admitPost(request, () => back)
  if (admitted.refused) return admitted.refused
  const submission = await findByFollowUpToken(payload, token)
  if (!submission) return refusal(404, 'Demande introuvable', "Ce lien de suivi ne correspond à aucune demande. Vérifiez l'adresse reçue par courriel.")
  const read = await readPost(request, () => back)
  if (read.refused) return read.refused
  if (read.data.get('confirmation') !== 'oui') return refusal(400, 'Annulation non confirmée', 'Cochez « Je confirme l’annulation » pour annuler.', back)
  const outcome = await cancelByCitizen(payload, submission.reference, String(read.data.get('quoi') ?? ''))
  if (!outcome.ok) return refusal(409, 'Annulation impossible', outcome.message, back)
  // Places back on sale go to the waiting lists first, now rather than at the next minute's job.
  await offerFreedPlaces(payload).catch((error: unknown) => payload.logger.error({ err: error }, 'Offering freed places to the waiting list failed'))
  return new Response(null, { status: 303, headers: { Location: `${page}?annulation=ok#suivi-annulation` } })
}
