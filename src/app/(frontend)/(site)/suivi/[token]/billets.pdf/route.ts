import { problemResponse } from '@/security/problemResponse'
import { privatePdfResponse } from '@/security/privatePdfResponse'
import { sitePayload } from '@/site/payload'
import { findByFollowUpToken } from '@/submissions/followUp'
import { orderTicketsPdf } from '@/ticketing/orderTicketsPdf'

/** The request's tickets as one PDF, for its follow-up link's holder only (the link is the secret). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const payload = await sitePayload()
  const submission = await findByFollowUpToken(payload, (await params).token)
  const pdf = submission ? await orderTicketsPdf(payload, submission.reference) : null
  if (!submission || !pdf) return problemResponse(404, 'Billets introuvables', 'Cette demande n’a pas de billet valide. Vérifiez le lien de suivi reçu par courriel.')
  return privatePdfResponse(pdf, `billets-${submission.reference}.pdf`)
}
