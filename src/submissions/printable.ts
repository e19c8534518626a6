import type { Payload, PayloadRequest } from 'payload'

import type { Submission } from '../payload-types'
import { loadTimeline, type TimelineEntry } from './timeline'

/**
 * What the print view of a request shows, read with the user's own rights: null when the user may
 * not read the request (another organisation's agent, a communication officer, nobody logged in),
 * exactly as for a request that does not exist.
 */
export async function loadRequestForPrint(
  payload: Payload,
  id: number | string,
  user: PayloadRequest['user'],
  req?: PayloadRequest,
): Promise<{ request: Submission; raw: Submission; entries: TimelineEntry[] } | null> {
  if (!user) return null
  const read = (depth: number) => payload.findByID({ collection: 'submissions', id, depth, overrideAccess: false, user, req }).catch(() => null)
  const [request, raw] = await Promise.all([read(1), read(0)])
  if (!request || !raw) return null
  return { request, raw, entries: await loadTimeline(payload, raw as never, user, req) }
}
