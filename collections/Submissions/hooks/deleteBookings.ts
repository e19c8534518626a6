import type { CollectionAfterDeleteHook } from 'payload'

/** A deleted request takes its bookings with it: their places are free again. */
export const deleteBookings: CollectionAfterDeleteHook = async ({ req, id }) => {
  const { errors } = await req.payload.delete({ collection: 'bookings', where: { submission: { equals: id } }, overrideAccess: true, depth: 0, req })
  if (errors.length) throw new Error(`bookings of request ${id} could not be deleted: ${errors.map((e) => e.message).join('; ')}`)
}
