import type { Endpoint } from 'payload'

import { applyBulkChange, readBulkChange } from '../../../src/submissions/bulkChange'

const noStore = { 'Cache-Control': 'no-store' }

/**
 * POST /api/submissions/bulk {ids, status?, assignee?, comment?} — the list's bulk assignment and
 * status change; answers {changed, refused: [{reference, reason}]} (decision 0057).
 */
export const bulkChange: Endpoint = {
  path: '/bulk',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Connectez-vous pour modifier des demandes.' }] }, { status: 401, headers: noStore })
    let body: unknown = null
    try {
      body = await req.json?.()
    } catch {
      body = null
    }
    const change = readBulkChange(body)
    if (typeof change === 'string') return Response.json({ errors: [{ message: change }] }, { status: 400, headers: noStore })
    const report = await applyBulkChange(req.payload, req.user, change)
    return Response.json(report, { headers: noStore })
  },
}
