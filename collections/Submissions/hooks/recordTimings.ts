import type { CollectionBeforeChangeHook } from 'payload'

import { type RequestRow, responseTimings } from '../../../src/submissions/stats'

/**
 * Keeps first response and closure (date and days) on the request itself, recomputed from the
 * history and messages on every write, whatever the client sent: the dashboard and its medians
 * then read indexed columns instead of every request's history.
 */
export const recordTimings: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const row = { ...(originalDoc ?? {}), ...data } as RequestRow
  if (!row.createdAt) row.createdAt = new Date().toISOString()
  return { ...data, ...responseTimings(row) }
}
