import type { CollectionAfterDeleteHook } from 'payload'

import { releaseHolder } from '../../../src/places/claims'
import { submissionHolder } from '../../../src/submissions/capacity'

/** A deleted request gives its place back to a form with a maximum (decision 0031). */
export const freePlace: CollectionAfterDeleteHook = async ({ req, id }) => {
  await releaseHolder(req.payload, submissionHolder(id), req)
}
