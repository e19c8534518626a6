import { APIError, type CollectionAfterChangeHook, type CollectionAfterDeleteHook, type CollectionBeforeChangeHook } from 'payload'

import { bookingHolder, placesFor, resourceScope } from '../../../src/booking/pools'
import { loadResource } from '../../../src/booking/resources'
import { addDays, stockOf, unitOf } from '../../../src/booking/resourceRules'
import { claimPlaces, heldByPool, NotEnoughPlacesError, releaseHolder, transferPlaces } from '../../../src/places/claims'

const unitsOf = (booking: { start: string; days?: number | null }, slot: boolean): string[] =>
  slot ? [booking.start] : Array.from({ length: Math.max(1, booking.days ?? 1) }, (_, i) => addDays(booking.start.slice(0, 10), i))

/**
 * An option confirmed by an agent (or a booking whose payment is credited) keeps its places for good (no expiry); if the option lapsed and
 * its places were taken meanwhile, the confirmation is refused. A cancelled booking cannot come back:
 * its places may already be someone else's.
 */
export const applyBookingState: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || data.state === undefined || data.state === originalDoc.state) return data
  if (originalDoc.state === 'annulee') throw new APIError('Une réservation annulée ne peut pas être rétablie : ses places ont pu être réservées par d’autres.', 400, undefined, true)
  if ((originalDoc.state === 'option' || originalDoc.state === 'attente_paiement') && data.state === 'confirmee') {
    const { payload } = req
    const resource = await loadResource(payload, typeof originalDoc.resource === 'object' ? originalDoc.resource.id : originalDoc.resource)
    if (!resource) throw new APIError('La ressource de cette réservation n’existe plus.', 400, undefined, true)
    const holder = bookingHolder(originalDoc.id)
    await transferPlaces(payload, holder, { holder, expiresAt: null }, req)
    const wanted = placesFor(resource, unitsOf(originalDoc, unitOf(resource) === 'creneau'), originalDoc.quantity, stockOf(resource))
    const held = await heldByPool(payload, holder, req)
    const missing = wanted.map((w) => ({ ...w, count: w.count - (held.get(w.pool) ?? 0) })).filter((w) => w.count > 0)
    if (missing.length) {
      try {
        await claimPlaces(payload, missing, { holder, scope: resourceScope(resource.id) })
      } catch (error) {
        if (error instanceof NotEnoughPlacesError) throw new APIError('L’option a expiré et ce créneau a été réservé entre-temps : elle ne peut plus être confirmée.', 409, undefined, true)
        throw error
      }
    }
    data.optionUntil = null
  }
  return data
}

/** A cancelled booking gives its places back at once. */
export const freeCancelledPlaces: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && doc.state === 'annulee' && previousDoc?.state !== 'annulee') await releaseHolder(req.payload, bookingHolder(doc.id), req)
  return doc
}

export const freeDeletedPlaces: CollectionAfterDeleteHook = async ({ id, req }) => {
  await releaseHolder(req.payload, bookingHolder(id), req)
}
