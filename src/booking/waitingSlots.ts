import type { Payload } from 'payload'

import { CommitRefusal } from '../forms/errors'
import type { CommitContext } from '../forms/types'
import { instantFr } from '../lib/instantFr'
import { parisInstant } from '../lib/calendarDate'
import { publicUrl } from '../lib/publicUrl'
import { type PlacesWanted, takenByPool } from '../places/claims'
import type { WaitingList } from '../payload-types'
import { idOf, makeOffer, offerHoursOf, takeOfferedPlaces } from '../ticketing/waitingOffer'
import { whenFr } from './describe'
import { placesFor, resourcePool, resourceScope } from './pools'
import { type BookableResource, loadResource } from './resources'
import { checkChoice, ratesFor, stockOf, unitOf } from './resourceRules'
import type { SlotAnswer } from './slotAnswer'

/**
 * The waiting list of a resource's slot or days (decision 0074), on the machinery of the shows'
 * (src/ticketing/waitingOffer.ts): the créneau field takes the name when the chosen slot is taken,
 * offers hold the slot as claims for the resource's `waitingOfferHours`, and the link goes back to
 * the booking form the citizen joined from, with the slot chosen.
 */

/** What the créneau field stores when the citizen joins the waiting list instead of booking. */
export type SlotWaitingAnswer = { waiting: true } & Pick<SlotAnswer, 'resource' | 'resourceName' | 'start' | 'end' | 'days' | 'quantity'>

export const isSlotWaitingAnswer = (value: unknown): value is SlotWaitingAnswer =>
  Boolean(value && typeof value === 'object' && (value as SlotWaitingAnswer).waiting === true && typeof (value as SlotWaitingAnswer).start === 'string')

/** What a waiting answer or entry shows: "Liste d'attente : Salle des fêtes — samedi 14 juin 2026". */
export const describeSlotWaiting = (answer: Pick<SlotWaitingAnswer, 'resourceName' | 'start' | 'end' | 'days' | 'quantity'>): string[] => [
  `Liste d’attente : ${answer.resourceName} — ${whenFr(answer)}`,
  ...(answer.quantity > 1 ? [`Quantité souhaitée : ${answer.quantity}`] : []),
]

/** The places a slot choice needs (one pool per day or the slot), or null when the rules refuse it now. */
export function slotPlaces(resource: BookableResource, choice: { start: string; days: number; quantity: number }, now: Date): { wanted: PlacesWanted[]; end: string } | { error: string } {
  const checked = checkChoice(resource, { ...choice, rate: ratesFor(resource)[0] }, now)
  if (!checked.ok) return { error: checked.error }
  return { wanted: placesFor(resource, checked.choice.units, choice.quantity, stockOf(resource)), end: checked.choice.end }
}

/** Whether every pool of a choice has room for it now (expired holds not counted). */
export async function slotFree(payload: Payload, resource: BookableResource, wanted: PlacesWanted[], now: Date): Promise<boolean> {
  const taken = await takenByPool(payload, resourceScope(resource.id), now)
  return wanted.every((w) => w.capacity - (taken.get(w.pool) ?? 0) >= w.count)
}

const startsAtOf = (resource: BookableResource, start: string): string =>
  (unitOf(resource) === 'creneau' ? parisInstant(start.slice(0, 10), start.slice(11, 16)) : parisInstant(start.slice(0, 10))).toISOString()

/** The créneau field's commit for a waiting answer: the citizen joins the line of that slot, with the request. */
export async function joinSlotWaitingList(answer: SlotWaitingAnswer, ctx: CommitContext): Promise<void> {
  const resource = await loadResource(ctx.payload, answer.resource)
  if (!resource) throw new CommitRefusal('Cette ressource n’est plus proposée à la réservation : contactez la mairie.')
  const places = slotPlaces(resource, answer, ctx.now)
  if ('error' in places) throw new CommitRefusal(places.error)
  if (await slotFree(ctx.payload, resource, places.wanted, ctx.now)) throw new CommitRefusal(FREE_SLOT)
  if (!ctx.requester.email) throw new CommitRefusal('Indiquez votre adresse électronique : c’est par elle que vous serez prévenu(e) si le créneau se libère.')
  await ctx.payload.create({
    collection: 'waiting-list',
    data: {
      reference: ctx.submission.reference,
      resource: resource.id,
      resourceName: resource.name,
      organisation: idOf(resource.organisation) ?? ctx.organisationId,
      slotStart: answer.start,
      slotEnd: places.end,
      days: answer.days,
      sessionStartsAt: startsAtOf(resource, answer.start),
      places: answer.quantity,
      name: ctx.requester.name ?? null,
      email: ctx.requester.email,
      state: 'attente',
    } as never,
    overrideAccess: true,
    depth: 0,
    req: ctx.req,
  })
}

export const FREE_SLOT = 'Ce créneau est libre : réservez-le directement (décochez « M’inscrire sur la liste d’attente »).'

/** The booking form an entry came from (its request's form): its link goes back there. */
async function bookingFormSlug(payload: Payload, reference: string): Promise<string | null> {
  const { docs } = await payload.find({ collection: 'submissions', where: { reference: { equals: reference } }, select: { form: true }, limit: 1, depth: 0, overrideAccess: true })
  const formId = idOf(docs[0]?.form)
  if (formId === null) return null
  const form = await payload.findByID({ collection: 'forms', id: formId, depth: 0, overrideAccess: true, disableErrors: true })
  return form?.slug ?? null
}

const offerLink = (formSlug: string, entry: WaitingList, token: string): string =>
  `${publicUrl()}/formulaires/${encodeURIComponent(formSlug)}?${new URLSearchParams({ creneau: entry.slotStart ?? '', jours: String(entry.days ?? 1), quantite: String(entry.places), invitation: token })}`

/**
 * Resources' entries, in order of arrival: each whose slot or days have room for its quantity
 * gets them held (claims of the entry, counted as taken by everyone else) for the resource's
 * offer time and an e-mail with a single-use link to its booking form. An entry that does not fit
 * waits; those behind it that fit are served meanwhile. Entries whose date the rules no longer
 * allow (passed, too soon) are left waiting. `waiting`: the entries in line, in order of arrival
 * (those of shows are skipped). Returns the number of offers made.
 */
export async function offerFreedSlots(payload: Payload, waiting: WaitingList[], now: Date): Promise<number> {
  const byResource = new Map<string, WaitingList[]>()
  for (const entry of waiting) {
    const id = idOf(entry.resource)
    if (id !== null && entry.slotStart) byResource.set(String(id), [...(byResource.get(String(id)) ?? []), entry])
  }
  let offers = 0
  for (const [resourceId, entries] of byResource) {
    const resource = await loadResource(payload, resourceId)
    if (!resource) continue
    const taken = await takenByPool(payload, resourceScope(resource.id), now)
    const left = new Map<string, number>()
    const freeIn = (w: PlacesWanted) => left.get(w.pool) ?? w.capacity - (taken.get(w.pool) ?? 0)
    for (const entry of entries) {
      const places = slotPlaces(resource, { start: entry.slotStart!, days: entry.days ?? 1, quantity: entry.places }, now)
      if ('error' in places || !places.wanted.every((w) => freeIn(w) >= w.count)) continue
      const formSlug = await bookingFormSlug(payload, entry.reference)
      if (!formSlug) continue
      const until = new Date(now.getTime() + offerHoursOf(resource) * 3_600_000)
      const offer = await makeOffer(payload, entry, places.wanted, resourceScope(resource.id), until, now)
      if ('refused' in offer) {
        if (offer.refused.pool.startsWith(resourcePool(resource.id, ''))) left.set(offer.refused.pool, offer.refused.left)
        continue // offered by another process meanwhile, or booked by someone
      }
      for (const w of places.wanted) left.set(w.pool, freeIn(w) - w.count)
      offers += 1
      const what = `${resource.name}, ${whenFr({ start: entry.slotStart!, end: entry.slotEnd ?? entry.slotStart!, days: entry.days ?? 1 })}`
      await payload
        .sendEmail({
          to: entry.email,
          subject: `Le créneau que vous attendiez s’est libéré : ${resource.name}`.replace(/[\r\n]+/g, ' '),
          text:
            `Bonjour,\n\nVous êtes inscrit(e) sur la liste d’attente de ${what}${entry.places > 1 ? ` (quantité : ${entry.places})` : ''}.\n` +
            `Ce créneau vous est gardé jusqu’au ${instantFr(until)}.\n\n` +
            `Pour le réserver, ouvrez ce lien personnel (il ne sert qu’une fois, ne le transmettez pas) :\n${offerLink(formSlug, entry, offer.token)}\n\n` +
            `Passé ce délai, il sera proposé à la personne suivante.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.`,
        })
        .catch((error: unknown) => payload.logger.error({ err: error, entry: entry.id }, 'Waiting-list offer e-mail failed'))
    }
  }
  return offers
}

export const SLOT_OFFER_ELSEWHERE = 'Le créneau gardé pour vous est celui indiqué dans le courriel : choisissez-le (même date, même nombre de jours).'

/**
 * The créneau field's step post with a waiting-list link: the offered slot becomes the citizen's
 * hold (trimmed or completed to the quantity chosen). Null when done, else the French message.
 */
export const takeSlotOffer = (
  payload: Payload,
  token: string,
  target: { resource: number | string; start: string; days: number; wanted: PlacesWanted[]; holder: string; until: Date },
  now = new Date(),
): Promise<string | null> =>
  takeOfferedPlaces(
    payload,
    token,
    {
      mismatch: (entry) =>
        String(idOf(entry.resource)) !== String(target.resource) || entry.slotStart !== target.start || (entry.days ?? 1) !== target.days ? SLOT_OFFER_ELSEWHERE : null,
      wanted: target.wanted,
      scope: resourceScope(target.resource),
      holder: target.holder,
      until: target.until,
    },
    now,
  )
