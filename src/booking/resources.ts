import type { Payload } from 'payload'

import type { Resource } from '../payload-types'
import type { ResourceRules } from './resourceRules'

export type BookableResource = Resource & ResourceRules

/** A bookable resource by id, or null when it is gone (or the id is not one). */
export async function loadResource(payload: Payload, id: number | string): Promise<BookableResource | null> {
  try {
    return (await payload.findByID({ collection: 'resources', id, depth: 0, overrideAccess: true, disableErrors: true })) as BookableResource | null
  } catch {
    return null
  }
}
