import type { Endpoint } from 'payload'

import { regieCsv, regieFileName } from './regieCsv'
import { regieLines } from './regieLedger'
import { readRegiePeriod } from './regiePeriod'
import { regieScope } from './staffAccess'

const refuse = (status: 400 | 403, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * GET /api/payments/regie.csv?jour=2026-11-30 (or ?du=…&au=…) — the town's cash office's day: one
 * line per payment credited that day and one negative line per refund recorded that day. UTF-8
 * with BOM, ";" (French spreadsheets). Administrators: every service; agents: their own.
 */
export const regieExportEndpoint: Endpoint = {
  path: '/regie.csv',
  method: 'get',
  handler: async (req) => {
    const scope = regieScope(req.user as never)
    if (!scope) return refuse(403, req.user ? 'L’export de la régie est réservé aux administrateurs et aux agents des services.' : 'Connectez-vous pour exporter la régie.')
    const reading = readRegiePeriod((req.query ?? {}) as Record<string, unknown>)
    if (!reading.ok) return refuse(400, reading.message)
    const lines = await regieLines(req.payload, scope, reading.period)
    return new Response(regieCsv(lines), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${regieFileName(reading.period)}"`, 'Cache-Control': 'no-store' },
    })
  },
}
