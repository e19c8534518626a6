import type { Endpoint } from 'payload'

import { readiness } from './readiness'
import { appVersion } from './version'

/** Never kept by a browser or a proxy: each answer is the state now. */
const NO_STORE = { 'Cache-Control': 'no-store' }

/**
 * GET /api/sante — readiness: 200 when every check passes (database round trip, SQLite file,
 * migrations, uploads writable, free disk, jobs queue), 503 otherwise, with each check's result.
 * No session needed, nothing secret in it (decision 0070).
 */
export const readinessEndpoint: Endpoint = {
  path: '/sante',
  method: 'get',
  handler: async (req) => {
    try {
      const report = await readiness(req.payload)
      return Response.json(report, { status: report.status === 'ok' ? 200 : 503, headers: NO_STORE })
    } catch (error) {
      req.payload.logger.error({ err: error }, 'Santé : vérification impossible.')
      return Response.json({ status: 'fail', message: 'Vérification impossible.', version: appVersion }, { status: 503, headers: NO_STORE })
    }
  },
}

/** GET /api/sante/vivant — liveness: 200 as long as the process answers; touches no database, no disk. */
export const livenessEndpoint: Endpoint = {
  path: '/sante/vivant',
  method: 'get',
  handler: async () =>
    Response.json({ status: 'ok', message: 'Le portail répond.', version: appVersion, uptimeS: Math.round(process.uptime()) }, { headers: NO_STORE }),
}

/** Both, for GET and for HEAD (monitors that only look at the status): Payload matches the method itself. */
export const healthEndpoints: Endpoint[] = [readinessEndpoint, livenessEndpoint].flatMap((endpoint) => [endpoint, { ...endpoint, method: 'head' as const }])
