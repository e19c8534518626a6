import type { Endpoint } from 'payload'

import { cancelSession } from '../../../src/ticketing/cancelSession'
import { mayCancelSession } from '../../../src/ticketing/staffAccess'

/**
 * POST /api/events/<id>/seances/<session>/annuler — the "Annuler la séance" button of a show's
 * report: the session stops selling, its tickets are cancelled (places freed), its buyers told.
 */
export const cancelSessionEndpoint: Endpoint = {
  path: '/:id/seances/:session/annuler',
  method: 'post',
  handler: async (req) => {
    if (!mayCancelSession(req.user as never)) return Response.json({ errors: [{ message: 'Vous n’êtes pas autorisé à annuler une séance.' }] }, { status: 403 })
    const { id, session } = (req.routeParams ?? {}) as { id?: string; session?: string }
    const outcome = await cancelSession(req.payload, id ?? '', session ?? '')
    if (!outcome.ok) return Response.json({ errors: [{ message: outcome.message }] }, { status: outcome.status })
    req.payload.logger.info({ event: id, session, by: req.user?.id, tickets: outcome.cancelledTickets }, 'Session cancelled')
    return Response.json({ message: `Séance annulée : ${outcome.cancelledTickets} billet${outcome.cancelledTickets > 1 ? 's' : ''} annulé${outcome.cancelledTickets > 1 ? 's' : ''}, ${outcome.buyersTold} acheteur${outcome.buyersTold > 1 ? 's' : ''} prévenu${outcome.buyersTold > 1 ? 's' : ''} par courriel.`, ...outcome })
  },
}
