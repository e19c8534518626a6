/**
 * Serves bench/peer/payload.config.ts over HTTP for bench/submit: Payload's REST handler called
 * in-process, as the app's route src/app/(payload)/api/[...slug]/route.ts does, but without
 * Next.js in front (which favours the peer and the floor; bench/RESULTS.md says so).
 *
 * Run by bench/peer/start.mjs through `payload run` (TypeScript, the project's path aliases) on
 * its own throw-away SQLite file: with DATABASE_PUSH=true and NODE_ENV unset the whole schema is
 * pushed at start, then the first-run step fills it as `npm start` fills the app's (admin from
 * ADMIN_EMAIL/ADMIN_PASSWORD, demo town with SEED_DEMO=true, planner statistics).
 * Prints `PEER_URL=http://127.0.0.1:<port>` once it answers. `--port N` (default: a free port).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { getPayload, handleEndpoints } from 'payload'

import { optimizeDatabase } from '../../src/db/optimize'
import { firstRun } from '../../src/seed/firstRun'
import config from './payload.config'

const payload = await getPayload({ config })
await firstRun(payload)
await optimizeDatabase(payload)
// Payload reads NODE_ENV at start only (schema push); from here on it runs as the app does.
Object.assign(process.env, { NODE_ENV: 'production' })

const portFlag = process.argv.indexOf('--port')
const port = portFlag >= 0 ? Number(process.argv[portFlag + 1]) : 0

const readBody = (req: http.IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

const server = http.createServer(async (req, res) => {
  try {
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue
      for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
    }
    const method = req.method ?? 'GET'
    const body = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await readBody(req))
    const request = new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, { method, headers, body })
    const response = await handleEndpoints({ config, request })
    const out: Record<string, string | string[]> = {}
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') out[name] = value
    })
    const cookies = response.headers.getSetCookie()
    if (cookies.length) out['set-cookie'] = cookies
    const bytes = Buffer.from(await response.arrayBuffer())
    res.writeHead(response.status, out)
    res.end(bytes)
  } catch (error) {
    console.error(error)
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
    res.end('bench peer: internal error')
  }
})

await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
console.log(`PEER_URL=http://127.0.0.1:${(server.address() as AddressInfo).port}`)
// `payload run` exits when this module settles: keep it pending while the server is up.
await new Promise((resolve) => server.on('close', resolve))
