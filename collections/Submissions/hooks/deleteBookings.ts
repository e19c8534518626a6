import type { CollectionAfterDeleteHook } from 'payload'

/** A deleted request takes its bookings with it: their places are free again. */
// Found by the request's reference: the database has already emptied the bookings' link to it.
export const deleteBookings: CollectionAfterDeleteHook = async ({ req, id, doc }) => {
  if (!doc?.reference) return
  const { errors } = await req.payload.delete({ collection: 'bookings', where: { reference: { equals: doc.reference } }, overrideAccess: true, depth: 0, req })
  if (errors.length) throw new Error(`bookings of request ${id} could not be deleted: ${errors.map((e) => e.message).join('; ')}`)
}
