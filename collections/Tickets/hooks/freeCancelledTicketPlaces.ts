import type { CollectionAfterChangeHook } from 'payload'

import { releaseHolder } from '../../../src/places/claims'

/**
 * When the last valid ticket of an order is cancelled, the order's places go back on sale. (An
 * order's places are held together: a partly cancelled order keeps them until its last ticket.)
 */
export const freeCancelledTicketPlaces: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.state !== 'annule' || previousDoc?.state === 'annule') return doc
  const { totalDocs } = await req.payload.count({ collection: 'tickets', where: { and: [{ order: { equals: doc.order } }, { state: { not_equals: 'annule' } }] }, overrideAccess: true, req })
  if (totalDocs === 0) await releaseHolder(req.payload, doc.order, req)
  return doc
}
