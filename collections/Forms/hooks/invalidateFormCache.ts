import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidateForms } from '../../../src/forms/formCache'

/** A saved or deleted form shows on the site at once (the in-memory cache is dropped). */
export const invalidateFormCacheAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  invalidateForms()
  return doc
}

export const invalidateFormCacheAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  invalidateForms()
  return doc
}
