import type { Payload } from 'payload'

import { flagRefundDue } from '../payment/refundDue'
import { sessionFr } from './describe'
import { loadEvent } from './events'

export type SessionCancellation = { ok: true; cancelledTickets: number; buyersTold: number } | { ok: false; status: 404 | 409; message: string }

/**
 * Staff cancel a session: it is marked cancelled (so it never sells again: the step post and the
 * send both read it), then every valid ticket is cancelled one by one — the tickets' hook frees an
 * order's places with its last ticket — and each order's buyer is told by e-mail. Tickets already
 * used at the door are left as they are.
 */
export async function cancelSession(payload: Payload, eventId: number | string, sessionId: string): Promise<SessionCancellation> {
  const event = await loadEvent(payload, eventId)
  const session = event?.sessions?.find((s) => s.id === sessionId)
  if (!event || !session) return { ok: false, status: 404, message: 'Cette séance n’existe pas.' }
  if (session.cancelled) return { ok: false, status: 409, message: 'Cette séance est déjà annulée.' }
  await payload.update({
    collection: 'events',
    id: event.id,
    data: { sessions: (event.sessions ?? []).map((s) => (s.id === sessionId ? { ...s, cancelled: true, salesClosed: true } : s)) } as never,
    overrideAccess: true,
    depth: 0,
  })

  const orders = new Map<string, { email: string; count: number }>()
  // Read again until none is left: an order being stored while the session was marked may add tickets.
  for (let round = 0; round < 3; round += 1) {
    const { docs } = await payload.find({
      collection: 'tickets',
      where: { and: [{ event: { equals: event.id } }, { session: { equals: sessionId } }, { state: { in: ['valide', 'attente_paiement'] } }] },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    if (!docs.length) break
    for (const ticket of docs) {
      await payload.update({ collection: 'tickets', id: ticket.id, data: { state: 'annule' }, overrideAccess: true, depth: 0 })
      const order = orders.get(ticket.reference) ?? { email: ticket.holderEmail ?? '', count: 0 }
      order.count += 1
      orders.set(ticket.reference, order)
    }
  }

  // Paid online: the régie gives the money back; the payments are flagged for it.
  for (const reference of orders.keys()) await flagRefundDue(payload, reference, 'Séance annulée par la billetterie')
  let buyersTold = 0
  const when = sessionFr(session.startsAt)
  const results = await Promise.allSettled(
    [...orders].filter(([, order]) => order.email).map(([reference, order]) =>
      payload.sendEmail({
        to: order.email,
        subject: `Séance annulée : ${event.title}, ${when}`,
        text: `Bonjour,\n\nLa séance du ${when} de « ${event.title} » est annulée.\n\n${order.count > 1 ? `Vos ${order.count} billets sont annulés` : 'Votre billet est annulé'} (demande ${reference}) : vous n’avez rien à faire.\nSi vous les aviez déjà réglés, vous êtes remboursé(e) par la régie de la commune (en ligne : sur le moyen de paiement utilisé).\n\nNous vous prions de nous excuser pour ce désagrément.`,
      }),
    ),
  )
  for (const result of results) {
    if (result.status === 'fulfilled') buyersTold += 1
    else payload.logger.error({ err: result.reason, event: event.id, session: sessionId }, 'Session cancellation e-mail failed')
  }
  return { ok: true, cancelledTickets: [...orders.values()].reduce((sum, o) => sum + o.count, 0), buyersTold }
}
