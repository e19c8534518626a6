import type { Payload } from 'payload'

import { claimPlaces, NotEnoughPlacesError } from '../places/claims'
import { holdHolder, placesFor, resourceScope } from './pools'
import { type CheckedChoice, type ResourceRules, stockOf } from './resourceRules'

export const DEFAULT_HOLD_MINUTES = 15

export const holdMinutesOf = (resource: { holdMinutes?: number | null }): number =>
  Math.min(120, Math.max(1, Math.floor(resource.holdMinutes ?? DEFAULT_HOLD_MINUTES)))

/** Places a hold on a choice's units for a while, or says (in French) why it cannot. */
export async function placeHold(
  payload: Payload,
  resource: ResourceRules & { holdMinutes?: number | null },
  checked: CheckedChoice,
  quantity: number,
  token: string,
  now: Date,
): Promise<{ ok: true; until: Date } | { ok: false; error: string }> {
  const until = new Date(now.getTime() + holdMinutesOf(resource) * 60_000)
  try {
    await claimPlaces(payload, placesFor(resource, checked.units, quantity, stockOf(resource)), { holder: holdHolder(token), scope: resourceScope(resource.id), expiresAt: until }, now)
    return { ok: true, until }
  } catch (error) {
    if (error instanceof NotEnoughPlacesError) return { ok: false, error: unavailableMessage(resource, error.left) }
    throw error
  }
}

export function unavailableMessage(resource: ResourceRules, left: number): string {
  if (stockOf(resource) === 1 || left === 0) return 'Ce créneau n’est plus disponible : il vient d’être réservé. Choisissez-en un autre.'
  return `Il n’en reste que ${left} de disponible${left > 1 ? 's' : ''} à cette date : réduisez la quantité ou choisissez une autre date.`
}

/** Whether a hold still has its places (not expired) in every pool of the choice. */
export async function holdAlive(payload: Payload, resource: ResourceRules, token: string, units: string[], quantity: number, now: Date): Promise<boolean> {
  const { docs } = await payload.find({
    collection: 'place-claims',
    where: { and: [{ holder: { equals: holdHolder(token) } }, { expiresAt: { greater_than: now.toISOString() } }] },
    select: { pool: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const wanted = placesFor(resource, units, quantity, stockOf(resource))
  return wanted.every((w) => docs.filter((d) => d.pool === w.pool).length === w.count)
}

/** Gives a hold's places back at once (a choice replaced, a session dropped). */
export async function releaseHold(payload: Payload, token: string): Promise<void> {
  await payload.db.deleteMany({ collection: 'place-claims', where: { holder: { equals: holdHolder(token) } } })
}
