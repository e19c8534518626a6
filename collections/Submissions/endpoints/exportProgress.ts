import type { Endpoint } from 'payload'

import { isProgressId, readProgress } from '../../../src/submissions/exportProgress'

/** GET /api/submissions/export-progress?id=<id> — how far the user's export has gone. */
export const exportProgress: Endpoint = {
  path: '/export-progress',
  method: 'get',
  handler: async (req) => {
    const id = req.query?.id
    const progress = req.user && isProgressId(id) ? readProgress(id, req.user.id) : null
    if (!progress) return Response.json({ errors: [{ message: 'Export inconnu.' }] }, { status: 404, headers: { 'Cache-Control': 'no-store' } })
    const { total, done, finished } = progress
    return Response.json({ total, done, finished }, { headers: { 'Cache-Control': 'no-store' } })
  },
}
