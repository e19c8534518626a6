import type { Payload, PayloadRequest } from 'payload'

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

async function takenPlaces(payload: Payload, pool: string, capacity: number): Promise<Set<number>> {
  const { docs } = await payload.find({
    collection: 'place-claims',
    where: { pool: { equals: pool } },
    select: { place: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Set(docs.map((d) => d.place).filter((p) => p <= capacity))
}

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
