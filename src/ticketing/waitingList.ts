import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { CommitRefusal } from '../forms/errors'
import type { CommitContext } from '../forms/types'
import { instantFr } from '../lib/instantFr'
import { publicUrl } from '../lib/publicUrl'
import { newSecureToken, SECURE_TOKEN_PATTERN } from '../lib/secureToken'
import { claimPlaces, heldByPool, NotEnoughPlacesError, type PlacesWanted, takenByPool, transferPlaces } from '../places/claims'
import type { WaitingList } from '../payload-types'
import { sessionFr } from './describe'
import { loadEvent, type SellableEvent } from './events'
import { eventScope, sessionPool } from './pools'
import { onSale, sessionCapacity } from './rules'

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

export const DEFAULT_OFFER_HOURS = 48

/** The places offered to an entry, held for it until its link is used or lapses. */
export const waitingHolder = (entryId: number | string): string => `waiting:${entryId}`
// Pools of one place: the database's unique key makes "offered once" and "link used once" hold
// across processes (decision 0043).
const offeredMarker = (entryId: number | string): string => `waiting:${entryId}:proposee`
const usedMarker = (entryId: number | string): string => `waiting:${entryId}:utilisee`

const hashOf = (token: string): string => crypto.createHash('sha256').update(token).digest('hex')

const idOf = (value: unknown): number | string | null =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : ((value as number | string | null | undefined) ?? null)

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

/** The entries of a request (its follow-up page), with their rank among those still waiting. */
export async function waitingEntriesOf(payload: Payload, reference: string): Promise<Array<WaitingList & { rank: number | null }>> {
  const { docs } = await payload.find({ collection: 'waiting-list', where: { reference: { equals: reference } }, depth: 0, limit: 10, overrideAccess: true })
  return Promise.all(
    docs.map(async (entry) => {
      if (entry.state !== 'attente') return { ...entry, rank: null }
      const ahead = await payload.count({
        collection: 'waiting-list',
        where: { and: [{ event: { equals: idOf(entry.event) } }, { session: { equals: entry.session } }, { state: { equals: 'attente' } }, { createdAt: { less_than: entry.createdAt } }] },
        overrideAccess: true,
      })
      return { ...entry, rank: ahead.totalDocs + 1 }
    }),
  )
}

/** Offers that lapsed: their places free themselves (the claims expire); the entry says so. */
async function expireOffers(payload: Payload, now: Date): Promise<void> {
  const { docs } = await payload.find({
    collection: 'waiting-list',
    where: { and: [{ state: { equals: 'invitee' } }, { offerExpiresAt: { less_than: now.toISOString() } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const entry of docs) await payload.update({ collection: 'waiting-list', id: entry.id, data: { state: 'expiree' }, overrideAccess: true, depth: 0 })
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
 * Places back on sale (a cancellation, a lapsed hold or offer) go to the waiting list first: in
 * order of arrival, each entry whose number of places is free gets them held for the event's
 * offer time (48 h by default) and an e-mail with a single-use link. An entry asking for more
 * than is free waits; those behind it asking for fewer are served meanwhile. Safe to run from
 * several processes at once: an entry is offered once (a one-place pool), places are claims.
 * Returns the number of offers made.
 */
export async function offerFreedPlaces(payload: Payload, now = new Date()): Promise<number> {
  await expireOffers(payload, now)
  const { docs: waiting } = await payload.find({
    collection: 'waiting-list',
    where: { state: { equals: 'attente' } },
    sort: 'createdAt',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byEvent = new Map<string, WaitingList[]>()
  for (const entry of waiting) byEvent.set(String(idOf(entry.event)), [...(byEvent.get(String(idOf(entry.event))) ?? []), entry])
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
      const until = new Date(now.getTime() + (event.waitingOfferHours ?? DEFAULT_OFFER_HOURS) * 3_600_000)
      try {
        await claimPlaces(
          payload,
          [
            { pool: offeredMarker(entry.id), capacity: 1, count: 1 },
            { pool, capacity: sessionCapacity(session), count: entry.places },
          ],
          { holder: waitingHolder(entry.id), scope: eventScope(event.id), expiresAt: until },
          now,
        )
      } catch (error) {
        if (!(error instanceof NotEnoughPlacesError)) throw error
        if (error.pool === pool) left.set(pool, error.left)
        continue // offered by another process meanwhile, or taken by a buyer
      }
      left.set(pool, free - entry.places)
      const token = newSecureToken()
      await payload.update({
        collection: 'waiting-list',
        id: entry.id,
        data: { state: 'invitee', offeredAt: now.toISOString(), offerExpiresAt: until.toISOString(), offerTokenHash: hashOf(token) } as never,
        overrideAccess: true,
        depth: 0,
      })
      offers += 1
      await payload
        .sendEmail({
          to: entry.email,
          subject: `Des places se sont libérées : ${event.title}`.replace(/[\r\n]+/g, ' '),
          text:
            `Bonjour,\n\nVous êtes inscrit(e) sur la liste d’attente de « ${event.title} », ${sessionFr(session.startsAt)}.\n` +
            `${entry.places} place${entry.places > 1 ? 's vous sont gardées' : ' vous est gardée'} jusqu’au ${instantFr(until)}.\n\n` +
            `Pour choisir vos tarifs et réserver, ouvrez ce lien personnel (il ne sert qu’une fois, ne le transmettez pas) :\n${offerLink(formSlug, event, session.id, token)}\n\n` +
            `Passé ce délai, ces places seront proposées à la personne suivante.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.`,
        })
        .catch((error: unknown) => payload.logger.error({ err: error, entry: entry.id }, 'Waiting-list offer e-mail failed'))
    }
  }
  return offers
}

/** The message of a link that cannot be used (any reason: it says nothing of other people's entries). */
export const OFFER_UNUSABLE = 'Ce lien de liste d’attente n’est plus valable : il a déjà servi ou son délai est passé.'

/**
 * The billets field's step post with a waiting-list link: the offered places become the buyer's
 * hold (`holder`, until `until`), trimmed or completed to what they chose (`wanted`: the session's
 * pool first, then quotas and seats). The link works once (a one-place pool); when the choice
 * cannot be completed the places go back to the offer and the link may be used again.
 * Returns null when done, else the French message to show.
 */
export async function takeOffer(
  payload: Payload,
  token: string,
  target: { eventId: number | string; sessionId: string; wanted: PlacesWanted[]; holder: string; until: Date },
  now = new Date(),
): Promise<string | null> {
  if (!SECURE_TOKEN_PATTERN.test(token)) return OFFER_UNUSABLE
  const { docs } = await payload.find({
    collection: 'waiting-list',
    where: { and: [{ offerTokenHash: { equals: hashOf(token) } }, { state: { equals: 'invitee' } }, { offerExpiresAt: { greater_than: now.toISOString() } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const entry = docs[0]
  if (!entry) return OFFER_UNUSABLE
  if (String(idOf(entry.event)) !== String(target.eventId) || entry.session !== target.sessionId) return 'Les places de la liste d’attente sont pour la séance indiquée dans le courriel : choisissez-la.'
  try {
    await claimPlaces(payload, [{ pool: usedMarker(entry.id), capacity: 1, count: 1 }], { holder: usedMarker(entry.id) }, now)
  } catch (error) {
    if (error instanceof NotEnoughPlacesError) return OFFER_UNUSABLE
    throw error
  }
  const released = async () => {
    await transferPlaces(payload, target.holder, { holder: waitingHolder(entry.id), expiresAt: new Date(entry.offerExpiresAt!) })
    await payload.db.deleteMany({ collection: 'place-claims', where: { pool: { equals: usedMarker(entry.id) } } })
  }
  await payload.db.deleteMany({ collection: 'place-claims', where: { pool: { equals: offeredMarker(entry.id) } } })
  await transferPlaces(payload, waitingHolder(entry.id), { holder: target.holder, expiresAt: target.until })
  const [hall, ...others] = target.wanted
  const held = (await heldByPool(payload, target.holder)).get(hall.pool) ?? 0
  const missing = [{ ...hall, count: Math.max(0, hall.count - held) }, ...others].filter((w) => w.count > 0)
  try {
    if (missing.length) await claimPlaces(payload, missing, { holder: target.holder, scope: eventScope(target.eventId), expiresAt: target.until }, now)
  } catch (error) {
    await released()
    throw error
  }
  if (held > hall.count) await releaseSome(payload, target.holder, hall.pool, held - hall.count)
  await payload.update({ collection: 'waiting-list', id: entry.id, data: { state: 'utilisee' }, overrideAccess: true, depth: 0 })
  return null
}

/** Gives back `count` of a holder's places in one pool (fewer tickets chosen than offered). */
async function releaseSome(payload: Payload, holder: string, pool: string, count: number): Promise<void> {
  const { docs } = await payload.find({
    collection: 'place-claims',
    where: { and: [{ holder: { equals: holder } }, { pool: { equals: pool } }] },
    select: {},
    limit: count,
    depth: 0,
    overrideAccess: true,
  })
  if (docs.length) await payload.db.deleteMany({ collection: 'place-claims', where: { id: { in: docs.map((d) => d.id) } } })
}
