import type { Payload } from 'payload'

import { forgetLookups } from './lookupCache'

/**
 * Puts a fully written revision in force (decision 0061): one write makes it "current" (readers
 * take the newest current one), then the older current ones become "previous" (staff still read them).
 */
export async function activateRevision(payload: Payload, revisionId: number | string, data: Record<string, unknown> = {}): Promise<void> {
  await payload.update({
    collection: 'plu-revisions',
    id: revisionId,
    data: { ...data, state: 'current', activatedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  await payload.update({
    collection: 'plu-revisions',
    where: { and: [{ state: { equals: 'current' } }, { id: { not_equals: revisionId } }] },
    data: { state: 'previous' },
    overrideAccess: true,
    depth: 0,
  })
  forgetLookups()
}
