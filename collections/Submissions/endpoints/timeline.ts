import type { Endpoint } from 'payload'

import { loadTimeline } from '../../../src/submissions/timeline'

/**
 * GET /api/submissions/:id/timeline — the request's whole story as the agent's page shows it
 * (src/submissions/timeline.ts), with the same access rule as reading the request.
 */
export const requestTimeline: Endpoint = {
  path: '/:id/timeline',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Connectez-vous.' }] }, { status: 401 })
    const id = String(req.routeParams?.id ?? '')
    const request = await req.payload.findByID({ collection: 'submissions', id, depth: 0, overrideAccess: false, user: req.user, req }).catch(() => null)
    if (!request) return Response.json({ errors: [{ message: 'Demande introuvable.' }] }, { status: 404 })
    const entries = await loadTimeline(req.payload, request as never, req.user, req)
    return Response.json({ reference: request.reference, status: request.status, dueDate: request.dueDate ?? null, entries })
  },
}
