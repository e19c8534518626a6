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
import { runBuyers } from './buyers.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const buyers = arg('buyers', 2000)
const connections = arg('connections', 200)
const seats = arg('seats', 400)
const floorSeconds = arg('floor-seconds', 10)
// The waiting room's limit for this run (the app's default when not given).
const inFlight = process.argv.includes('--in-flight') ? String(arg('in-flight', 6)) : undefined

const encode = (values) => new URLSearchParams(values).toString()

const run = (opts) =>
  new Promise((resolve, reject) => {
    const instance = autocannon({ connections, ...opts }, (err, result) => (err ? reject(err) : resolve(result)))
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false })
  })

const app = await startApp({ FORM_MIN_FILL_SECONDS: '0', FORM_RATE_LIMIT_PER_MINUTE: '100000000', ...(inFlight ? { FORM_POSTS_IN_FLIGHT: inFlight } : {}) })
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
  const stepBody = (buyer) => encode({ action: 'suivant', etape: '1', t, billets: session, 'billets.spectacle': String(event.doc.id), [`billets.tarif.${tariff}`]: '1', courriel: `acheteur.${buyer}@example.fr` })
  const soldCount = async () => (await (await fetch(`${base}/api/tickets?limit=1&where[session][equals]=${session}`, { headers: auth })).json()).totalDocs

  const result = await runBuyers({
    baseURL: base,
    path: '/formulaires/banc-billets/etape',
    buyers,
    connections,
    stepBody,
    sendBody: (session) => encode({ action: 'envoyer', session, etape: '1', t }),
  })
  const sold = await soldCount()
  // Sold out: when the purchase of the last seat was acknowledged (the buyers' own clock).
  const soldOutAfter = result.purchasedAt.length >= seats ? result.purchasedAt[seats - 1] : null

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

  const purchasesPerSecond = soldOutAfter ? seats / soldOutAfter : sold / result.seconds
  const { counts } = result
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ')
  const table = [
    `### bench/booking — ${date} UTC, ${buyers} buyers over ${connections} connections, a ${seats}-seat session, SQLite, \`npm run bench:booking\``,
    '',
    '| measure | value |',
    '|---|---|',
    `| tickets sold | **${sold}** (seats: ${seats}; ${sold === seats ? 'no oversell' : sold > seats ? 'OVERSOLD' : 'not sold out'}) |`,
    `| sold out after | ${soldOutAfter === null ? 'never' : `${soldOutAfter.toFixed(1)} s`} |`,
    `| purchases/s until sold out | ${purchasesPerSecond.toFixed(1)} |`,
    `| requests/s (steps, sends and waiting-room tries, sold out included) | ${(result.requests / result.seconds).toFixed(1)} (${result.requests} in ${result.seconds.toFixed(1)} s) |`,
    `| p50 / p99 / max ms per request | ${result.p50} / ${result.p99} / ${result.max} |`,
    `| waiting-room answers (largest place in line) | ${counts.waiting} (${result.maxPosition}) |`,
    `| purchases acknowledged / told "complet" at the step / at the send | ${counts.purchases} / ${counts.refusedAtStep} / ${counts.refusedAtSend} |`,
    `| errors, timeouts (10 s), other answers | ${counts.errors}, ${counts.timeouts}, ${counts.other} |`,
    `| raw insert floor (Local API create, no Next.js), same connections | ${floorPerSecond.toFixed(1)} creates/s |`,
    '',
    `Ratio: purchases/s ÷ raw inserts/s = **${(purchasesPerSecond / floorPerSecond).toFixed(2)}** (target ≥ 0.5); p99 ${result.p99 < 1000 ? '<' : '≥'} 1 s. Waiting room: FORM_POSTS_IN_FLIGHT=${inFlight ?? "default (6)"}.`,
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
