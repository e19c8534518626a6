import type { Payload, PayloadRequest } from 'payload'

import { claimPlaces, extendPlaces, heldByPool, type PlacesWanted, transferPlaces } from './claims'

// While a request is being stored its hold cannot lapse: the purge only deletes expired claims.
const STORING_MARGIN_MS = 2 * 60_000

/**
 * Keeps a hold's places while its request is stored: pushes their expiry a little ahead, and takes
 * again, when still free, the places of a hold that lapsed. Throws NotEnoughPlacesError when a
 * lapsed place was taken meanwhile. Outside the request's transaction: a place taken here simply
 * expires if the request is not stored.
 */
export async function keepHeldPlaces(payload: Payload, holder: string, wanted: PlacesWanted[], scope: string, now: Date): Promise<void> {
  const storingUntil = new Date(now.getTime() + STORING_MARGIN_MS)
  // Read first: a hold whose every place is there and lasts beyond the margin needs no write.
  const { docs } = await payload.find({
    collection: 'place-claims',
    where: { holder: { equals: holder } },
    select: { pool: true, expiresAt: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const counted = new Map<string, number>()
  for (const doc of docs) counted.set(doc.pool, (counted.get(doc.pool) ?? 0) + 1)
  const lasting = docs.every((doc) => !doc.expiresAt || new Date(doc.expiresAt) >= storingUntil)
  if (lasting && wanted.every((w) => (counted.get(w.pool) ?? 0) >= w.count)) return
  await extendPlaces(payload, holder, storingUntil)
  const held = await heldByPool(payload, holder)
  const missing = wanted.map((w) => ({ ...w, count: w.count - (held.get(w.pool) ?? 0) })).filter((w) => w.count > 0)
  if (missing.length) await claimPlaces(payload, missing, { holder, scope, expiresAt: storingUntil }, now)
}

/** Gives a holder's places to another (with its own expiry, or none) and says whether every wanted place made it. */
export async function handOverPlaces(payload: Payload, from: string, to: { holder: string; expiresAt?: Date | null }, wanted: PlacesWanted[], req?: PayloadRequest): Promise<boolean> {
  await transferPlaces(payload, from, to, req)
  const kept = await heldByPool(payload, to.holder, req)
  return wanted.every((w) => (kept.get(w.pool) ?? 0) === w.count)
}
