// bench/booking — ticket opening for a 400-seat session (#13): 2 000 buyers over 200 connections,
// each one step post with one ticket (the hold) then the send (the tickets), through the built app.
// Records what was sold (must be exactly 400), when the session sold out, purchases per second and
// latencies, beside the raw insert floor (a Local API create, bench/peer/server.ts) in the same run.
// Usage: npm run build && npm run bench:booking [-- --buyers 2000 --connections 200 --seats 400]
import fs from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { login, startApp } from '../lib/app.mjs'
import { startPeer } from '../peer/start.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const buyers = arg('buyers', 2000)
const connections = arg('connections', 200)
const seats = arg('seats', 400)
const floorSeconds = arg('floor-seconds', 10)

const encode = (values) => new URLSearchParams(values).toString()

const run = (opts) =>
  new Promise((resolve, reject) => {
    const instance = autocannon({ connections, ...opts }, (err, result) => (err ? reject(err) : resolve(result)))
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false })
  })

const app = await startApp({ FORM_MIN_FILL_SECONDS: '0', FORM_RATE_LIMIT_PER_MINUTE: '100000000' })
let peerServer
try {
  peerServer = await startPeer(app)
  const base = app.baseURL
  const auth = { 'Content-Type': 'application/json', Authorization: `JWT ${await login(base)}` }
  const organisation = (await (await fetch(`${base}/api/organisations?limit=1`)).json()).docs[0].id
  const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString()
  const event = await (await fetch(`${base}/api/events`, {
    method: 'POST', headers: auth,
    body: JSON.stringify({ title: 'Ouverture de billetterie', slug: 'banc-ouverture', organisation, summary: 'Banc.', tariffs: [{ name: 'Plein', price: 18 }], sessions: [{ startsAt, capacity: seats }] }),
  })).json()
  if (!event.doc) throw new Error(`event: ${JSON.stringify(event)}`)
  const form = await (await fetch(`${base}/api/forms`, {
    method: 'POST', headers: auth,
    body: JSON.stringify({
      title: 'Banc billetterie', slug: 'banc-billets', organisation, _status: 'published',
      steps: [{ title: 'Billets', fields: [{ blockType: 'billets', label: 'Billets', name: 'billets', required: true, event: event.doc.id }, { blockType: 'email', label: 'Courriel', name: 'courriel', required: true }] }],
    }),
  })).json()
  if (!form.doc) throw new Error(`form: ${JSON.stringify(form)}`)
  const page = await (await fetch(`${base}/formulaires/banc-billets`)).text()
  const t = /name="t" value="([^"]+)"/.exec(page)[1]
  const session = event.doc.sessions[0].id
  const tariff = event.doc.tariffs[0].id
  const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
  let buyer = 0
  const stepBody = () => encode({ action: 'suivant', etape: '1', t, billets: session, 'billets.spectacle': String(event.doc.id), [`billets.tarif.${tariff}`]: '1', courriel: `acheteur.${(buyer += 1)}@example.fr` })
  const soldCount = async () => (await (await fetch(`${base}/api/tickets?limit=1&where[session][equals]=${session}`, { headers: auth })).json()).totalDocs

  // Sold-out time: the tickets counted every 100 ms while the buyers run.
  const started = Date.now()
  let soldOutAfter = null
  let checking = false
  const watcher = setInterval(async () => {
    if (checking || soldOutAfter !== null) return
    checking = true
    const at = (Date.now() - started) / 1000
    // A count that cannot get through the crowd is skipped: the next one tells.
    const count = await soldCount().catch(() => 0)
    if (count >= seats && soldOutAfter === null) soldOutAfter = at
    checking = false
  }, 100)
  const purchases = await run({
    url: base,
    amount: buyers * 2,
    requests: [
      {
        method: 'POST', path: '/formulaires/banc-billets/etape', headers: formHeaders,
        setupRequest: (req) => ({ ...req, body: stepBody() }),
        onResponse: (status, body, context, headers) => {
          const location = Array.isArray(headers) ? headers[headers.findIndex((h) => String(h).toLowerCase() === 'location') + 1] : headers?.location
          context.session = /session=([A-Za-z0-9_-]+)/.exec(String(location))?.[1] ?? ''
        },
      },
      {
        method: 'POST', path: '/formulaires/banc-billets/etape', headers: formHeaders,
        setupRequest: (req, context) => ({ ...req, body: encode({ action: 'envoyer', session: context.session, etape: '1', t }) }),
      },
    ],
  })
  clearInterval(watcher)
  const elapsed = purchases.duration
  const sold = await soldCount()
  if (soldOutAfter === null && sold >= seats) soldOutAfter = elapsed

  // The floor: raw Local API creates of a request, same connections, same run.
  const peerBase = peerServer.baseURL
  const peerAuth = { 'Content-Type': 'application/json', Authorization: `JWT ${await login(peerBase)}` }
  const peerOrganisation = (await (await fetch(`${peerBase}/api/organisations?limit=1`)).json()).docs[0].id
  const floorForm = await (await fetch(`${peerBase}/api/forms`, {
    method: 'POST', headers: peerAuth,
    body: JSON.stringify({ title: 'Banc', slug: 'banc-floor', organisation: peerOrganisation, steps: [{ title: 'Tout', fields: [{ blockType: 'email', label: 'Courriel', name: 'courriel', required: true }] }], _status: 'published' }),
  })).json()
  const countFloor = async () => (await (await fetch(`${peerBase}/api/submissions?limit=1`, { headers: peerAuth })).json()).totalDocs
  const floorBefore = await countFloor()
  const floor = await run({
    url: `${peerBase}/api/bench/raw-create`, method: 'POST', headers: { 'content-type': 'application/json' }, duration: floorSeconds,
    body: JSON.stringify({ form: floorForm.doc.id, organisation: peerOrganisation, answers: { courriel: 'plancher@example.fr' } }),
  })
  const floorPerSecond = ((await countFloor()) - floorBefore) / floor.duration

  const purchasesPerSecond = soldOutAfter ? seats / soldOutAfter : sold / elapsed
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ')
  const table = [
    `### bench/booking — ${date} UTC, ${buyers} buyers over ${connections} connections, a ${seats}-seat session, SQLite, \`npm run bench:booking\``,
    '',
    '| measure | value |',
    '|---|---|',
    `| tickets sold | **${sold}** (seats: ${seats}; ${sold === seats ? 'no oversell' : sold > seats ? 'OVERSOLD' : 'not sold out'}) |`,
    `| sold out after | ${soldOutAfter === null ? 'never' : `${soldOutAfter.toFixed(1)} s`} |`,
    `| purchases/s until sold out | ${purchasesPerSecond.toFixed(1)} |`,
    `| requests/s (step + send, sold out included) | ${purchases.requests.average.toFixed(1)} |`,
    `| p50 / p99 ms per request | ${purchases.latency.p50} / ${purchases.latency.p99} |`,
    `| errors, timeouts, non-2xx/3xx | ${purchases.errors}, ${purchases.timeouts}, ${purchases.non2xx} |`,
    `| raw insert floor (Local API create, no Next.js), same connections | ${floorPerSecond.toFixed(1)} creates/s |`,
    '',
    `Ratio: purchases/s ÷ raw inserts/s = **${(purchasesPerSecond / floorPerSecond).toFixed(2)}** (target ≥ 0.5); p99 ${purchases.latency.p99 < 1000 ? '<' : '≥'} 1 s.`,
    '',
  ].join('\n')
  console.log(table)
  fs.mkdirSync(path.join(import.meta.dirname, '..', 'results'), { recursive: true })
  fs.writeFileSync(path.join(import.meta.dirname, '..', 'results', 'booking-latest.md'), table)
  if (sold > seats) process.exitCode = 1
} finally {
  peerServer?.stop()
  app.stop()
}
