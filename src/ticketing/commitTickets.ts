import { CommitRefusal } from '../forms/errors'
import type { CommitContext } from '../forms/types'
import { NotEnoughPlacesError } from '../places/claims'
import { handOverPlaces, keepHeldPlaces } from '../places/keepPlaces'
import { holdHolder } from '../booking/pools'
import { loadEvent } from './events'
import { eventScope, orderHolder, placesForOrder } from './pools'
import { checkOrder } from './rules'
import { newTicketCode } from './ticketCode'
import type { TicketsAnswer } from './ticketsAnswer'

/**
 * A held ticket order becomes tickets of the request being stored (the billets field's `commit`):
 * the hold's places are kept (taken again if it lapsed and they are still free), one ticket per
 * place is created with its tariff, price and signed code, and the places go to the order — in
 * the insert's transaction where there is one (decision 0038).
 */
export async function commitTickets(answer: TicketsAnswer, field: string, ctx: CommitContext): Promise<void> {
  const { payload, req, now } = ctx
  const event = await loadEvent(payload, answer.event)
  if (!event) throw new CommitRefusal('Ce spectacle n’est plus en vente.')
  const quantities = Object.fromEntries(answer.lines.map((l) => [l.tariff, String(l.quantity)]))
  const order = checkOrder(event, { session: answer.session, quantities, seats: answer.seats }, now)
  if (!order.ok) throw new CommitRefusal(order.error)

  const holder = holdHolder(answer.hold)
  const wanted = placesForOrder(event.id, order.session, event.tariffs ?? [], order.lines, order.seats)
  try {
    await keepHeldPlaces(payload, holder, wanted, eventScope(event.id), now)
  } catch (error) {
    if (error instanceof NotEnoughPlacesError) throw new CommitRefusal('Vos billets n’étaient plus réservés pour vous et ces places ont été vendues entre-temps : choisissez à nouveau.')
    throw error
  }

  const orderKey = orderHolder(ctx.submission.reference, field)
  // Paid online: the tickets wait for the payment, their places kept until the window closes (decision 0045).
  const totalCents = order.lines.reduce((sum, line) => sum + line.unitCents * line.quantity, 0)
  const awaitingPayment = Boolean(ctx.paymentDueBy) && totalCents > 0
  const seats = [...order.seats]
  for (const line of order.lines) {
    for (let i = 0; i < line.quantity; i += 1) {
      await payload.create({
        collection: 'tickets',
        data: {
          reference: ctx.submission.reference,
          order: orderKey,
          event: event.id,
          organisation: (typeof event.organisation === 'object' && event.organisation ? event.organisation.id : event.organisation) ?? ctx.organisationId,
          eventTitle: event.title,
          session: order.session.id,
          sessionStartsAt: order.session.startsAt,
          tariff: line.name,
          priceCents: line.unitCents,
          seat: seats.shift() ?? null,
          holderName: ctx.requester.name ?? null,
          holderEmail: ctx.requester.email ?? null,
          code: newTicketCode(),
          state: awaitingPayment ? 'attente_paiement' : 'valide',
        } as never,
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
  }
  if (!(await handOverPlaces(payload, holder, { holder: orderKey, expiresAt: awaitingPayment ? ctx.paymentDueBy : null }, wanted, req))) {
    throw new CommitRefusal('Ces places viennent d’être vendues : choisissez à nouveau. Vos autres réponses sont conservées.')
  }
}
