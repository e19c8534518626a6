import type { Endpoint } from 'payload'

import { hasRole } from '../../../src/access/roles'
import { CSV_BOM, csvRow } from '../../../src/submissions/csv'
import { trackedExportRows } from '../../../src/submissions/exportRun'
import { exportFileName, planExport } from '../../../src/submissions/exportRows'

// Built once, not per cell (an export may have 100 000 rows): the same text as toLocaleString /
// toLocaleDateString in fr-FR, Europe/Paris ("28/12/2026 09:30:00", "28/12/2026").
const dateTimeFr = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
const dateFr = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris' })
const frDate = (value: unknown, withTime: boolean) => (value instanceof Date ? (withTime ? dateTimeFr : dateFr).format(value) : value)

/**
 * GET /api/submissions/export.csv?where[...]&form=<slug>&progress=<id> — the requests the user may
 * read (same access rules and filters as the list), streamed page by page.
 */
export const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'agent')) return Response.json({ errors: [{ message: 'Vous n’êtes pas autorisé à exporter les demandes.' }] }, { status: 403 })
    const plan = await planExport(req)
    const encoder = new TextEncoder()
    const pages = trackedExportRows(req, plan)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(plan.header)))
      },
      async pull(controller) {
        const next = await pages.next()
        if (next.done) return controller.close()
        controller.enqueue(encoder.encode(next.value.map((cells) => csvRow(cells.map((c, i) => frDate(c, i === 1)))).join('')))
      },
      cancel() {
        void pages.return(undefined)
      },
    })
    return new Response(stream, {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${exportFileName(plan, 'csv')}"`, 'Cache-Control': 'no-store' },
    })
  },
}
