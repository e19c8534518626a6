import type { CollectionConfig, GlobalConfig } from 'payload'

import { invalidateForms } from '../forms/formCache'
import { markContentChanged } from '../site/pageCache'

/**
 * Collections that no cached page shows: their changes keep the cached pages and forms. Places,
 * bookings and tickets change with every sale; the pages that show them (forms, the agenda, the
 * follow-up page) are never cached.
 */
const PRIVATE = new Set([
  'submissions',
  'submission-files',
  'form-sessions',
  'request-stats',
  'audit-log',
  'users',
  'directory-proposals',
  'place-claims',
  'bookings',
  'tickets',
  'check-ins',
])

// Cached form definitions carry their procedure's domain: any public change drops them too.
const changed = () => {
  markContentChanged()
  invalidateForms()
}

/**
 * Every change of public content (any collection or global not listed as private) drops the
 * cached pages and form definitions, so an edit in the admin shows on the next page load and the
 * next post (decision 0014).
 */
export function withPageInvalidation(collections: CollectionConfig[], globals: GlobalConfig[]) {
  return {
    collections: collections.map((c) =>
      PRIVATE.has(c.slug)
        ? c
        : { ...c, hooks: { ...c.hooks, afterChange: [...(c.hooks?.afterChange ?? []), changed], afterDelete: [...(c.hooks?.afterDelete ?? []), changed] } },
    ),
    globals: globals.map((g) => ({ ...g, hooks: { ...g.hooks, afterChange: [...(g.hooks?.afterChange ?? []), changed] } })),
  }
}
