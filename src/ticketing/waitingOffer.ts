import crypto from 'node:crypto'

import type { Payload, Where } from 'payload'

import { newSecureToken, SECURE_TOKEN_PATTERN } from '../lib/secureToken'
import { claimPlaces, heldByPool, NotEnoughPlacesError, type PlacesWanted, transferPlaces } from '../places/claims'
import type { WaitingList } from '../payload-types'

/**
 * What every waiting list shares (a show's sessions, a resource's slots and days, decisions 0043
 * and 0074): an offer is places held as claims by the entry for a while; "offered once" and "used
 * once" are one-place pools, so the database's unique key keeps them true across processes.
 */

export const DEFAULT_OFFER_HOURS = 48

/** The places offered to an entry, held for it until its link is used or lapses. */
export const waitingHolder = (entryId: number | string): string => `waiting:${entryId}`
const offeredMarker = (entryId: number | string): string => `waiting:${entryId}:proposee`
const usedMarker = (entryId: number | string): string => `waiting:${entryId}:utilisee`

export const hashOf = (token: string): string => crypto.createHash('sha256').update(token).digest('hex')

/** The message of a link that cannot be used (any reason: it says nothing of other people's entries). */
export const OFFER_UNUSABLE = 'Ce lien de liste d’attente n’est plus valable : il a déjà servi ou son délai est passé.'

export const offerHoursOf = (owner: { waitingOfferHours?: number | null }): number => Math.min(336, Math.max(1, owner.waitingOfferHours ?? DEFAULT_OFFER_HOURS))

/** Offers that lapsed: their places free themselves (the claims expire); the entry says so. */
export async function expireOffers(payload: Payload, now: Date): Promise<void> {
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

/**
 * Holds `wanted` for an entry until `until` and marks it offered, or returns null when another
 * process offered it meanwhile or the places were taken (NotEnoughPlacesError: its pool and what
 * is left there). Returns the link's secret (stored hashed) when the offer is made.
 */
export async function makeOffer(
  payload: Payload,
  entry: Pick<WaitingList, 'id'>,
  wanted: PlacesWanted[],
  scope: string,
  until: Date,
  now: Date,
): Promise<{ token: string } | { refused: NotEnoughPlacesError }> {
  try {
    await claimPlaces(payload, [{ pool: offeredMarker(entry.id), capacity: 1, count: 1 }, ...wanted], { holder: waitingHolder(entry.id), scope, expiresAt: until }, now)
  } catch (error) {
    if (!(error instanceof NotEnoughPlacesError)) throw error
    return { refused: error }
  }
  const token = newSecureToken()
  await payload.update({
    collection: 'waiting-list',
    id: entry.id,
    data: { state: 'invitee', offeredAt: now.toISOString(), offerExpiresAt: until.toISOString(), offerTokenHash: hashOf(token) } as never,
    overrideAccess: true,
    depth: 0,
  })
  return { token }
}

/**
 * A step post with a waiting-list link: the offered places become the citizen's hold (`holder`,
 * until `until`), trimmed or completed to what they chose (`wanted`, claimed in `scope`). The link
 * works once (a one-place pool); when the choice cannot be completed the places go back to the
 * offer and the link may be used again. `mismatch` says (in French) why the choice is not the
 * offered one, or null. Returns null when done, else the French message to show.
 */
export async function takeOfferedPlaces(
  payload: Payload,
  token: string,
  target: { mismatch: (entry: WaitingList) => string | null; wanted: PlacesWanted[]; scope: string; holder: string; until: Date },
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
  const mismatch = target.mismatch(entry)
  if (mismatch) return mismatch
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
  const held = await heldByPool(payload, target.holder)
  const missing = target.wanted.map((w) => ({ ...w, count: Math.max(0, w.count - (held.get(w.pool) ?? 0)) })).filter((w) => w.count > 0)
  try {
    if (missing.length) await claimPlaces(payload, missing, { holder: target.holder, scope: target.scope, expiresAt: target.until }, now)
  } catch (error) {
    await released()
    throw error
  }
  // Fewer chosen than offered (or pools not chosen at all): the rest goes back on sale.
  for (const [pool, count] of held) {
    const kept = target.wanted.find((w) => w.pool === pool)?.count ?? 0
    if (count > kept) await releaseSome(payload, target.holder, pool, count - kept)
  }
  await payload.update({ collection: 'waiting-list', id: entry.id, data: { state: 'utilisee' }, overrideAccess: true, depth: 0 })
  return null
}

/** Gives back `count` of a holder's places in one pool. */
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

/** The entries of a request (its follow-up page), with their rank among those waiting for the same thing. */
export async function waitingEntriesOf(payload: Payload, reference: string): Promise<Array<WaitingList & { rank: number | null }>> {
  const { docs } = await payload.find({ collection: 'waiting-list', where: { reference: { equals: reference } }, depth: 0, limit: 10, overrideAccess: true })
  return Promise.all(
    docs.map(async (entry) => {
      if (entry.state !== 'attente') return { ...entry, rank: null }
      const same: Where[] = entry.resource
        ? [{ resource: { equals: idOf(entry.resource) } }, { slotStart: { equals: entry.slotStart } }]
        : [{ event: { equals: idOf(entry.event) } }, { session: { equals: entry.session } }]
      const ahead = await payload.count({
        collection: 'waiting-list',
        where: { and: [...same, { state: { equals: 'attente' } }, { createdAt: { less_than: entry.createdAt } }] },
        overrideAccess: true,
      })
      return { ...entry, rank: ahead.totalDocs + 1 }
    }),
  )
}

export const idOf = (value: unknown): number | string | null =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : ((value as number | string | null | undefined) ?? null)
