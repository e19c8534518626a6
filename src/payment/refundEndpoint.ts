import type { Endpoint } from 'payload'

import { recordRefund } from './refund'

/**
 * POST /api/payments/<id>/remboursement {"motif": "…"} — the "Enregistrer un remboursement…"
 * button of a paid payment: records once that the cash office gave the money back, cancels the
 * request's tickets and bookings not used (places back on sale), tells the payer.
 */
export const refundEndpoint: Endpoint = {
  path: '/:id/remboursement',
  method: 'post',
  handler: async (req) => {
    const body = ((await req.json?.().catch(() => null)) ?? {}) as { motif?: unknown }
    const { id } = (req.routeParams ?? {}) as { id?: string }
    const outcome = await recordRefund(req.payload, { paymentId: String(id ?? ''), user: req.user as never, reason: body.motif })
    if (!outcome.ok) return Response.json({ errors: [{ message: outcome.message }] }, { status: outcome.status, headers: { 'Cache-Control': 'no-store' } })
    return Response.json({ message: outcome.message, state: outcome.payment.state, cancelledTickets: outcome.cancelledTickets, cancelledBookings: outcome.cancelledBookings })
  },
}
