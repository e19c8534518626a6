import type { PayloadRequest } from 'payload'

import { advanceProgress, isProgressId, startProgress } from './exportProgress'
import { exportRows, type ExportPlan } from './exportRows'

/** The rows of an export, reporting progress when the page asked for it (?progress=<id>). */
export async function* trackedExportRows(req: PayloadRequest, plan: ExportPlan): AsyncGenerator<unknown[][]> {
  const id = isProgressId(req.query?.progress) ? req.query.progress : null
  if (id && req.user) {
    const { totalDocs } = await req.payload.count({ collection: 'submissions', where: plan.where, overrideAccess: false, user: req.user })
    startProgress(id, req.user.id, totalDocs)
  }
  for await (const rows of exportRows(req, plan)) {
    if (id) advanceProgress(id, rows.length)
    yield rows
  }
  if (id) advanceProgress(id, 0, true)
}
