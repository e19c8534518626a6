import type { Payload } from 'payload'

import { offerFreedSlots } from '../booking/waitingSlots'
import { CommitRefusal } from '../forms/errors'
import type { CommitContext } from '../forms/types'
import { instantFr } from '../lib/instantFr'
import { publicUrl } from '../lib/publicUrl'
import { type PlacesWanted, takenByPool } from '../places/claims'
import type { WaitingList } from '../payload-types'
import { sessionFr } from './describe'
import { loadEvent, type SellableEvent } from './events'
import { eventScope, sessionPool } from './pools'
import { onSale, sessionCapacity } from './rules'
import { expireOffers, idOf, makeOffer, offerHoursOf, takeOfferedPlaces } from './waitingOffer'

export { DEFAULT_OFFER_HOURS, OFFER_UNUSABLE, waitingEntriesOf, waitingHolder } from './waitingOffer'

/** What the "attente" field stores: a session of a show and how many places are wanted. */
export interface WaitingAnswer {
  event: number | string
  eventTitle: string
  session: string
  sessionStartsAt: string
  places: number
}

export const isWaitingAnswer = (value: unknown): value is WaitingAnswer =>
  Boolean(value && typeof value === 'object' && typeof (value as WaitingAnswer).session === 'string' && typeof (value as WaitingAnswer).places === 'number')

/** The waiting field's commit: the citizen joins the line of a sold-out session, with the request. */
export async function joinWaitingList(answer: WaitingAnswer, ctx: CommitContext): Promise<void> {
  const event = await loadEvent(ctx.payload, answer.event)
  const session = event?.sessions?.find((s) => s.id === answer.session)
  if (!event || !session || !onSale(session, ctx.now)) throw new CommitRefusal('Cette séance n’est plus en vente : la liste d’attente est close.')
  if (!ctx.requester.email) throw new CommitRefusal('Indiquez votre adresse électronique : c’est par elle que vous serez prévenu(e).')
  await ctx.payload.create({
    collection: 'waiting-list',
    data: {
      reference: ctx.submission.reference,
      event: event.id,
      organisation: idOf(event.organisation) ?? ctx.organisationId,
      eventTitle: event.title,
      session: session.id!,
      sessionStartsAt: session.startsAt,
      places: answer.places,
      name: ctx.requester.name ?? null,
      email: ctx.requester.email,
      state: 'attente',
    } as never,
    overrideAccess: true,
    depth: 0,
    req: ctx.req,
  })
}

async function ticketFormSlug(payload: Payload, event: SellableEvent): Promise<string | null> {
  const id = idOf(event.form)
  if (id === null) return null
  const form = await payload.findByID({ collection: 'forms', id, depth: 0, overrideAccess: true, disableErrors: true })
  return form?.slug ?? null
}

const offerLink = (formSlug: string, event: SellableEvent, sessionId: string, token: string): string =>
  `${publicUrl()}/formulaires/${encodeURIComponent(formSlug)}?spectacle=${encodeURIComponent(event.slug ?? '')}&seance=${encodeURIComponent(sessionId)}&invitation=${token}`

/**
 * Places back (a cancellation, a lapsed hold, option or offer) go to the waiting lists first: the
 * shows' sessions here, the resources' slots and days in src/booking/waitingSlots.ts. Lapsed
 * offers are marked first. Safe to run from several processes at once. Returns the offers made.
 */
export async function offerFreedPlaces(payload: Payload, now = new Date()): Promise<number> {
  await expireOffers(payload, now)
  // One read of the line, in order of arrival, for shows and resources alike.
  const { docs: waiting } = await payload.find({
    collection: 'waiting-list',
    where: { state: { equals: 'attente' } },
    sort: 'createdAt',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return (await offerFreedSeats(payload, waiting, now)) + (await offerFreedSlots(payload, waiting, now))
}

/**
 * In order of arrival, each entry of a show whose number of places is free gets them held for the
 * event's offer time (48 h by default) and an e-mail with a single-use link. An entry asking for
 * more than is free waits; those behind it asking for fewer are served meanwhile.
 */
async function offerFreedSeats(payload: Payload, waiting: WaitingList[], now: Date): Promise<number> {
  const byEvent = new Map<string, WaitingList[]>()
  // Entries of a resource have no show: src/booking/waitingSlots.ts serves them.
  for (const entry of waiting) if (idOf(entry.event) !== null) byEvent.set(String(idOf(entry.event)), [...(byEvent.get(String(idOf(entry.event))) ?? []), entry])
  let offers = 0
  for (const [eventId, entries] of byEvent) {
    const event = await loadEvent(payload, eventId)
    if (!event) continue
    const formSlug = await ticketFormSlug(payload, event)
    if (!formSlug) continue
    const taken = await takenByPool(payload, eventScope(event.id), now)
    const left = new Map<string, number>()
    for (const entry of entries) {
      const session = event.sessions?.find((s) => s.id === entry.session)
      if (!session?.id || !onSale(session, now)) continue
      const pool = sessionPool(event.id, session.id)
      const free = left.get(pool) ?? sessionCapacity(session) - (taken.get(pool) ?? 0)
      if (entry.places > free) {
        left.set(pool, free)
        continue
      }
      const until = new Date(now.getTime() + offerHoursOf(event) * 3_600_000)
      const offer = await makeOffer(payload, entry, [{ pool, capacity: sessionCapacity(session), count: entry.places }], eventScope(event.id), until, now)
      if ('refused' in offer) {
        if (offer.refused.pool === pool) left.set(pool, offer.refused.left)
        continue // offered by another process meanwhile, or taken by a buyer
      }
      left.set(pool, free - entry.places)
      offers += 1
      await payload
        .sendEmail({
          to: entry.email,
          subject: `Des places se sont libérées : ${event.title}`.replace(/[\r\n]+/g, ' '),
          text:
            `Bonjour,\n\nVous êtes inscrit(e) sur la liste d’attente de « ${event.title} », ${sessionFr(session.startsAt)}.\n` +
            `${entry.places} place${entry.places > 1 ? 's vous sont gardées' : ' vous est gardée'} jusqu’au ${instantFr(until)}.\n\n` +
            `Pour choisir vos tarifs et réserver, ouvrez ce lien personnel (il ne sert qu’une fois, ne le transmettez pas) :\n${offerLink(formSlug, event, session.id, offer.token)}\n\n` +
            `Passé ce délai, ces places seront proposées à la personne suivante.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.`,
        })
        .catch((error: unknown) => payload.logger.error({ err: error, entry: entry.id }, 'Waiting-list offer e-mail failed'))
    }
  }
  return offers
}

/**
 * The billets field's step post with a waiting-list link: the offered places become the buyer's
 * hold, trimmed or completed to what they chose (src/ticketing/waitingOffer.ts).
 */
export const takeOffer = (
  payload: Payload,
  token: string,
  target: { eventId: number | string; sessionId: string; wanted: PlacesWanted[]; holder: string; until: Date },
  now = new Date(),
): Promise<string | null> =>
  takeOfferedPlaces(
    payload,
    token,
    {
      mismatch: (entry) =>
        String(idOf(entry.event)) !== String(target.eventId) || entry.session !== target.sessionId ? 'Les places de la liste d’attente sont pour la séance indiquée dans le courriel : choisissez-la.' : null,
      wanted: target.wanted,
      scope: eventScope(target.eventId),
      holder: target.holder,
      until: target.until,
    },
    now,
  )

