import { CommitRefusal } from '../forms/errors'
import type { CommitContext } from '../forms/types'
import { parisInstant } from '../lib/calendarDate'
import { NotEnoughPlacesError } from '../places/claims'
import { handOverPlaces, keepHeldPlaces } from '../places/keepPlaces'
import { bookingHolder, holdHolder, placesFor, resourceScope } from './pools'
import { type BookableResource, loadResource } from './resources'
import { addDays, checkChoice, stockOf, unitOf } from './resourceRules'
import type { SlotAnswer } from './slotAnswer'

const DAY_MS = 86_400_000

/**
 * A held choice becomes a booking of the request being stored (the créneau field's `commit`):
 * the hold's places are kept (taken again if it lapsed and they are still free), the booking is
 * created and the places given to it, in the insert's transaction where there is one. Refuses in
 * French when the rules no longer allow the choice or its places were taken meanwhile.
 */
export async function commitBooking(answer: SlotAnswer, ctx: CommitContext): Promise<void> {
  const { payload, req, now } = ctx
  const resource = await loadResource(payload, answer.resource)
  if (!resource) throw new CommitRefusal('Cette ressource n’est plus proposée à la réservation : choisissez-en une autre ou contactez la mairie.')
  const checked = checkChoice(resource, { start: answer.start, days: answer.days, quantity: answer.quantity, rate: answer.rate }, now)
  if (!checked.ok) throw new CommitRefusal(checked.error)

  const holder = holdHolder(answer.hold)
  const wanted = placesFor(resource, checked.choice.units, answer.quantity, stockOf(resource))
  try {
    await keepHeldPlaces(payload, holder, wanted, resourceScope(resource.id), now)
  } catch (error) {
    if (error instanceof NotEnoughPlacesError) {
      throw new CommitRefusal('Votre réservation provisoire a expiré et ce créneau a été réservé entre-temps : choisissez-en un autre. Vos autres réponses sont conservées.')
    }
    throw error
  }

  const optionUntil = resource.approval ? new Date(now.getTime() + Math.max(1, resource.optionDays ?? 7) * DAY_MS) : null
  // Paid online (no staff approval): the booking waits for the payment until the window closes (decision 0045).
  const paymentUntil = !optionUntil && ctx.paymentDueBy && checked.choice.amountCents > 0 ? ctx.paymentDueBy : null
  const booking = await payload.create({
    collection: 'bookings',
    data: bookingData(resource, answer, checked.choice.amountCents, ctx, optionUntil, paymentUntil),
    overrideAccess: true,
    depth: 0,
    req,
  })
  if (!(await handOverPlaces(payload, holder, { holder: bookingHolder(booking.id), expiresAt: optionUntil ?? paymentUntil }, wanted, req))) {
    throw new CommitRefusal('Ce créneau vient d’être réservé par quelqu’un d’autre : choisissez-en un autre. Vos autres réponses sont conservées.')
  }
}

function bookingData(resource: BookableResource, answer: SlotAnswer, amountCents: number, ctx: CommitContext, optionUntil: Date | null, paymentUntil: Date | null) {
  const slot = unitOf(resource) === 'creneau'
  const day = answer.start.slice(0, 10)
  return {
    reference: ctx.submission.reference,
    submission: ctx.submission.id,
    resource: resource.id,
    organisation: (typeof resource.organisation === 'object' && resource.organisation ? resource.organisation.id : resource.organisation) ?? ctx.organisationId,
    requesterName: ctx.requester.name ?? null,
    requesterEmail: ctx.requester.email ?? null,
    start: answer.start,
    startsAt: parisInstant(day, slot ? answer.start.slice(11, 16) : '00:00').toISOString(),
    endsAt: (slot ? parisInstant(day, answer.end) : parisInstant(addDays(answer.end, 1))).toISOString(),
    days: answer.days,
    quantity: answer.quantity,
    rate: answer.rate,
    association: answer.association?.id ?? null,
    residentDeclared: Boolean(answer.residentDeclared),
    amountCents,
    state: optionUntil ? ('option' as const) : paymentUntil ? ('attente_paiement' as const) : ('confirmee' as const),
    optionUntil: optionUntil?.toISOString() ?? null,
  } as never
}
