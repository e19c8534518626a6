// `node bench/health/run.mjs [-- --connections N --duration S --fresh N]` (after `npm run build`):
// what GET /api/sante costs on the built app (npm start's own script, a throw-away SQLite town, the
// job queues running as in production). Three figures: one full run of every check (requests spaced
// beyond the one-second reuse of a report), a burst on /api/sante (reports shared), and the same
// burst on the liveness answer /api/sante/vivant. Also checks what a proxy or a monitor relies on:
// 200, no-store, the security headers, HEAD, no cookie.
import autocannon from 'autocannon'

import { startApp } from '../lib/app.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback)
const connections = option('connections', 10)
const duration = option('duration', 8)
const freshRuns = option('fresh', 15)

const burst = (url) => new Promise((resolve, reject) => autocannon({ url, connections, duration }, (err, result) => (err ? reject(err) : resolve(result))))
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

const app = await startApp()
try {
  const first = await fetch(`${app.baseURL}/api/sante`)
  const body = await first.json()
  const head = await fetch(`${app.baseURL}/api/sante`, { method: 'HEAD' })
  const wanted = {
    status: 200,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    csp: true,
    cookie: null,
    head: 200,
  }
  const seen = {
    status: first.status,
    'cache-control': first.headers.get('cache-control'),
    'x-content-type-options': first.headers.get('x-content-type-options'),
    'x-frame-options': first.headers.get('x-frame-options'),
    csp: /default-src 'none'/.test(first.headers.get('content-security-policy') ?? ''),
    cookie: first.headers.get('set-cookie'),
    head: head.status,
  }
  console.log('first answer:', JSON.stringify(body))
  if (JSON.stringify(seen) !== JSON.stringify(wanted)) throw new Error(`unexpected answer: ${JSON.stringify(seen)}`)

  const fresh = []
  for (let i = 0; i < freshRuns; i += 1) {
    await sleep(1100)
    const started = performance.now()
    const res = await fetch(`${app.baseURL}/api/sante`)
    await res.arrayBuffer()
    fresh.push(performance.now() - started)
    if (res.status !== 200) throw new Error(`fresh run ${i}: ${res.status}`)
  }
  await burst(`${app.baseURL}/api/sante/vivant`) // warm-up, discarded
  const readiness = await burst(`${app.baseURL}/api/sante`)
  const liveness = await burst(`${app.baseURL}/api/sante/vivant`)
  for (const [label, r] of [['readiness', readiness], ['liveness', liveness]]) if (r.errors || r.non2xx) throw new Error(`${label}: ${r.errors} errors, ${r.non2xx} non-2xx`)

  const ms = (v) => `${v.toFixed(1)} ms`
  console.log(`\nGET /api/sante, every check run (${freshRuns} requests 1.1 s apart): p50 ${ms(percentile(fresh, 50))}, max ${ms(Math.max(...fresh))}`)
  console.log(`GET /api/sante, ${connections} connections × ${duration} s: ${Math.round(readiness.requests.average)} req/s, p50 ${readiness.latency.p50} ms, p99 ${readiness.latency.p99} ms, ${readiness.non2xx} non-2xx`)
  console.log(`GET /api/sante/vivant, ${connections} connections × ${duration} s: ${Math.round(liveness.requests.average)} req/s, p50 ${liveness.latency.p50} ms, p99 ${liveness.latency.p99} ms, ${liveness.non2xx} non-2xx`)
} finally {
  app.stop()
}
