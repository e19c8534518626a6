import type { Payload, PayloadRequest, Where } from 'payload'

import { isUniqueViolation } from '../lib/uniqueViolation'

/** Every place of the pool is taken. */
export class PoolFullError extends Error {
  constructor(readonly pool: string) {
    super(`No place left in ${pool}`)
    this.name = 'PoolFullError'
  }
}

export interface Claim {
  id: number | string
  key: string
}

const placeKey = (pool: string, place: number) => `${pool}#${place}`

/** How many places of the pool are taken. */
export async function placesTaken(payload: Payload, pool: string): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'place-claims', where: { pool: { equals: pool } }, overrideAccess: true })
  return totalDocs
}

// A capacity lowered by staff leaves claims beyond it: they do not count as places of the pool.
const takenPlaces = async (payload: Payload, pool: string, capacity: number): Promise<Set<number>> =>
  new Set([...(await takenIn(payload, pool))].filter((place) => place <= capacity))

/**
 * Takes the lowest free place of `pool` (1…capacity). The unique key "pool#place" is the guarantee:
 * two takers of the same place, in one process or in two, get one document and one refusal; the
 * refused one reads the pool again and tries the next free place. Throws PoolFullError when none is left.
 */
export async function claimPlace(payload: Payload, pool: string, capacity: number): Promise<Claim> {
  for (let attempt = 0; attempt < capacity + 20; attempt += 1) {
    const taken = await takenPlaces(payload, pool, capacity)
    let place = 1
    while (taken.has(place)) place += 1
    if (place > capacity) throw new PoolFullError(pool)
    const key = placeKey(pool, place)
    try {
      const doc = await payload.create({ collection: 'place-claims', data: { key, pool, place }, overrideAccess: true, depth: 0 })
      return { id: doc.id, key }
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
    }
  }
  throw new Error(`Could not take a place in ${pool}`)
}

/** Records what holds the place (e.g. "submissions:42"), so deleting it frees the place. */
export async function holdPlace(payload: Payload, claim: Claim, holder: string): Promise<void> {
  await payload.update({ collection: 'place-claims', id: claim.id, data: { holder }, overrideAccess: true, depth: 0 })
}

// Claims have no hooks and no history: removed in one query by the adapter (deleteMany).
export async function releasePlace(payload: Payload, claim: Claim): Promise<void> {
  await payload.db.deleteMany({ collection: 'place-claims', where: { key: { equals: claim.key } } })
}

/** Frees every place a deleted document held, within the deletion's transaction when it has one (`req`). */
export async function releaseHolder(payload: Payload, holder: string, req?: PayloadRequest): Promise<void> {
  await payload.db.deleteMany({ collection: 'place-claims', where: { holder: { equals: holder } }, req })
}

/** Not enough free places in a pool for a claim of several. */
export class NotEnoughPlacesError extends Error {
  constructor(
    readonly pool: string,
    readonly left: number,
    /** The pool had room when counted: other takers got there first (they may give places back). */
    readonly contended = false,
  ) {
    super(`Only ${left} place(s) left in ${pool}`)
    this.name = 'NotEnoughPlacesError'
  }
}

export interface PlacesWanted {
  pool: string
  capacity: number
  count: number
}

export interface ClaimOwner {
  /** "holds:<token>", "bookings:<id>" */
  holder: string
  /** The pools read together ("resources:3") */
  scope?: string
  /** When the claim frees itself (a hold, an option); none: until its holder frees it */
  expiresAt?: Date | null
}

/**
 * Deletes the expired claims (holds, lapsed options) of some pools: their places are free again.
 * Counted first: a delete is a write, and writes wait for each other (SQLite), reads do not.
 */
export async function purgeExpired(payload: Payload, pools: string[], now = new Date()): Promise<void> {
  const where: Where = { and: [{ pool: { in: pools } }, { expiresAt: { less_than: now.toISOString() } }] }
  const { totalDocs } = await payload.db.count({ collection: 'place-claims', where })
  if (totalDocs > 0) await payload.db.deleteMany({ collection: 'place-claims', where })
}

// A claim younger than this may belong to a taker still taking its other places.
const SETTLING_MS = 2000

async function takenIn(payload: Payload, pool: string): Promise<Set<number>> {
  const { docs } = await payload.find({
    collection: 'place-claims',
    where: { pool: { equals: pool } },
    select: { place: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Set(docs.map((d) => d.place))
}

const countIn = async (payload: Payload, pool: string): Promise<number> => (await payload.db.count({ collection: 'place-claims', where: { pool: { equals: pool } } })).totalDocs

const settlingIn = async (payload: Payload, pool: string): Promise<boolean> =>
  (await payload.db.count({ collection: 'place-claims', where: { and: [{ pool: { equals: pool } }, { createdAt: { greater_than: new Date(Date.now() - SETTLING_MS).toISOString() } }] } })).totalDocs > 0

/**
 * Takes `count` places in each pool for one owner, or none: a pool short of places frees what this
 * call took and throws NotEnoughPlacesError. Places are picked at random, so concurrent takers
 * rarely aim at the same one; when two do, the unique key refuses one, which tries another
 * (decision 0031). A pool is counted, not read, until random picks keep missing (it is nearly
 * full): then its taken places are read and a free one chosen. Expired claims are purged first.
 *
 * Takers of several places at once may each hold part of what they need for a moment: a taker of
 * several places short of them while some were taken a moment ago gives its part back and tries
 * again a few times after a random pause, so that three takers of 3 chairs out of 10 all get
 * theirs. A taker of one place refuses at once (in a rush, its waits would hold the connections
 * the buyers who can still be served need); it may rarely be refused a place that a taker of
 * several gives back a moment later.
 */
export async function claimPlaces(payload: Payload, wanted: PlacesWanted[], owner: ClaimOwner, now = new Date()): Promise<void> {
  await purgeExpired(payload, wanted.map((w) => w.pool), now)
  for (let round = 0; ; round += 1) {
    try {
      return await claimAllOrNone(payload, wanted, owner)
    } catch (error) {
      const several = error instanceof NotEnoughPlacesError && (wanted.find((w) => w.pool === error.pool)?.count ?? 1) > 1
      // Short while places settle: some were taken a moment ago, or the pool had room when this
      // taker counted it (the others may all have given theirs back since).
      const contended = several && round < SHORT_RETRIES && ((error as NotEnoughPlacesError).contended || (await settlingIn(payload, (error as NotEnoughPlacesError).pool)))
      if (!contended) throw error
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * (round + 1)))
    }
  }
}

const SHORT_RETRIES = 4
const RANDOM_PROBES = 4

async function claimAllOrNone(payload: Payload, wanted: PlacesWanted[], owner: ClaimOwner): Promise<void> {
  const created: Array<number | string> = []
  const take = async (pool: string, place: number): Promise<boolean> => {
    try {
      const doc = await payload.create({
        collection: 'place-claims',
        data: { key: placeKey(pool, place), pool, place, holder: owner.holder, scope: owner.scope, expiresAt: owner.expiresAt?.toISOString() ?? null },
        overrideAccess: true,
        depth: 0,
      })
      created.push(doc.id)
      return true
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      return false
    }
  }
  try {
    for (const { pool, capacity, count } of wanted) {
      let missing = count
      const left = capacity - (await countIn(payload, pool))
      if (left < missing) throw new NotEnoughPlacesError(pool, Math.max(0, left))
      // Random picks first: most succeed while the pool has room, with no read of its places. A
      // taker of one place reads a nearly full pool at once (its picks would mostly miss); takers
      // of several keep their picks, which spread them out (see the retries above).
      const single = count === 1
      const probes = single && left * 2 <= capacity ? 0 : missing * RANDOM_PROBES
      for (let probe = 0; missing > 0 && probe < probes; probe += 1) {
        if (await take(pool, 1 + Math.floor(Math.random() * capacity))) missing -= 1
      }
      for (let attempt = 0; missing > 0; attempt += 1) {
        if (attempt > capacity + 20) throw new Error(`Could not take places in ${pool}`)
        const taken = await takenIn(payload, pool)
        const free: number[] = []
        for (let place = 1; place <= capacity; place += 1) if (!taken.has(place)) free.push(place)
        if (free.length < missing) throw new NotEnoughPlacesError(pool, free.length, true)
        // A taker of one place tries every free place read, in random order: one taken meanwhile
        // is passed over without reading the pool again (a rush on the last places: few reads).
        for (const place of pickAtRandom(free, single ? free.length : missing)) {
          if (missing === 0) break
          if (await take(pool, place)) missing -= 1
        }
      }
    }
  } catch (error) {
    if (created.length) await payload.db.deleteMany({ collection: 'place-claims', where: { id: { in: created } } })
    throw error
  }
}

function pickAtRandom(free: number[], count: number): number[] {
  const pool = [...free]
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(Math.random() * (pool.length - i))
    ;[pool[i], pool[j]] = [pool[j], pool[i]]
  }
  return pool.slice(0, count)
}

/** How many places each pool of a scope has taken (expired claims not counted). */
export async function takenByPool(payload: Payload, scope: string, now = new Date()): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection: 'place-claims',
    where: { and: [{ scope: { equals: scope } }, { or: [{ expiresAt: { exists: false } }, { expiresAt: { equals: null } }, { expiresAt: { greater_than_equal: now.toISOString() } }] }] },
    select: { pool: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const counts = new Map<string, number>()
  for (const doc of docs) counts.set(doc.pool, (counts.get(doc.pool) ?? 0) + 1)
  return counts
}

/** How many places a holder has in each pool (expired ones included until purged). */
export async function heldByPool(payload: Payload, holder: string, req?: PayloadRequest): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection: 'place-claims',
    where: { holder: { equals: holder } },
    select: { pool: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const counts = new Map<string, number>()
  for (const doc of docs) counts.set(doc.pool, (counts.get(doc.pool) ?? 0) + 1)
  return counts
}

/**
 * Gives a holder's places to another holder (a hold becoming a booking), with a new expiry (an
 * option) or none, within `req`'s transaction when it has one.
 */
export async function transferPlaces(payload: Payload, from: string, to: { holder: string; expiresAt?: Date | null }, req?: PayloadRequest): Promise<void> {
  await payload.db.updateMany({
    collection: 'place-claims',
    where: { holder: { equals: from } },
    data: { holder: to.holder, expiresAt: to.expiresAt?.toISOString() ?? null },
    req,
  })
}

/** Moves the expiry of a holder's places (a hold kept while its request is stored). */
export async function extendPlaces(payload: Payload, holder: string, expiresAt: Date): Promise<void> {
  try {
    await payload.db.updateMany({ collection: 'place-claims', where: { holder: { equals: holder } }, data: { expiresAt: expiresAt.toISOString() } })
  } catch (error) {
    // A claim purged between the read and the write: the caller counts what is left.
    payload.logger.warn({ err: error, holder }, 'Some places could not be extended')
  }
}
