// bench/submit — submissions per second of a 12-field form, same machine, same run:
//   ours, JavaScript: what a browser with JavaScript posts once the citizen has checked the answers
//         in the page: POST /formulaires/<slug>/etape action=envoyer-tout (every step validated
//         from the definition, reference, snapshot, two e-mails written) — 1 request;
//   ours, no JavaScript: the step post (answers kept in a form session) then "envoyer" — 2 requests;
//   peer: @payloadcms/plugin-form-builder's POST /api/bench-form-submissions (no validation);
//   floor: a raw Local API payload.create of the same answers (POST /api/bench/raw-create).
// Ours goes through the built app; the peer and the floor through bench/peer/server.ts, a
// benchmark-only process with its own config (the app has no bench code, decision 0028), its own
// SQLite file filled the same way, and no Next.js in front (which favours them).
// Usage: npm run build && npm run bench:submit [-- --duration 10 --connections 20]
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { login, startApp } from '../lib/app.mjs'
import { startPeer } from '../peer/start.mjs'
import { answers, ourFields } from './banc12.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const duration = arg('duration', 10)
const connections = arg('connections', 20)

const opt = (labels) => labels.map((label) => ({ label, value: label.toLowerCase() }))
const peerFields = [
  { blockType: 'text', name: 'nom', label: 'Nom', required: true },
  { blockType: 'text', name: 'prenom', label: 'Prénom', required: true },
  { blockType: 'email', name: 'courriel', label: 'Courriel', required: true },
  { blockType: 'text', name: 'telephone', label: 'Téléphone', required: true },
  { blockType: 'number', name: 'age', label: 'Âge', required: true },
  { blockType: 'text', name: 'date_souhaitee', label: 'Date souhaitée', required: true },
  { blockType: 'select', name: 'objet', label: 'Objet', options: opt(['Urbanisme', 'Voirie', 'Autre']), required: true },
  { blockType: 'select', name: 'canal', label: 'Canal', options: opt(['Courriel', 'Téléphone']), required: true },
  { blockType: 'text', name: 'interets', label: 'Intérêts' },
  { blockType: 'text', name: 'adresse_ligne', label: 'Adresse', required: true },
  { blockType: 'textarea', name: 'message', label: 'Message', required: true },
  { blockType: 'checkbox', name: 'consentement', label: "J'accepte", required: true },
]

const encode = (values) => {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(values)) for (const item of Array.isArray(v) ? v : [v]) params.append(k, item)
  return params.toString()
}

const run = (opts) =>
  new Promise((resolve, reject) => {
    const instance = autocannon({ connections, duration, ...opts }, (err, result) => (err ? reject(err) : resolve(result)))
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false })
  })

const warm = (opts) => run({ ...opts, duration: 2 })

const app = await startApp({ FORM_MIN_FILL_SECONDS: '0', FORM_RATE_LIMIT_PER_MINUTE: '100000000' })
let peerServer
try {
  peerServer = await startPeer(app)
  const base = app.baseURL
  const peerBase = peerServer.baseURL
  const token = await login(base)
  const auth = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
  const peerAuth = { 'Content-Type': 'application/json', Authorization: `JWT ${await login(peerBase)}` }
  // Our form, in the app and (for the floor's relations) in the peer's database.
  const createOurForm = async (server, headers) => {
    const organisation = (await (await fetch(`${server}/api/organisations?limit=1`)).json()).docs[0].id
    const created = await (await fetch(`${server}/api/forms`, {
      method: 'POST', headers,
      body: JSON.stringify({ title: 'Banc 12 champs', slug: 'banc-12', organisation, steps: [{ title: 'Tout', fields: ourFields }], emails: { serviceEmail: 'service@kerlann.fr' }, _status: 'published' }),
    })).json()
    if (!created.doc) throw new Error(`our form on ${server}: ${JSON.stringify(created)}`)
    return { form: created.doc.id, organisation }
  }
  await createOurForm(base, auth)
  const floorForm = await createOurForm(peerBase, peerAuth)
  const peer = await (await fetch(`${peerBase}/api/bench-forms`, {
    method: 'POST', headers: peerAuth, body: JSON.stringify({
      title: 'Banc 12 champs', fields: peerFields, confirmationType: 'message',
      confirmationMessage: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text: 'Merci', format: 0, detail: 0, mode: 'normal', style: '' }] }] } },
    }),
  })).json()
  if (!peer.doc) throw new Error(`peer form: ${JSON.stringify(peer)}`)
  const page = await (await fetch(`${base}/formulaires/banc-12`)).text()
  const t = /name="t" value="([^"]+)"/.exec(page)[1]
  const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
  const stepBody = encode({ ...answers, action: 'suivant', etape: '1', t })

  const results = {}
  const count = async (collection, server = base, headers = auth) => (await (await fetch(`${server}/api/${collection}?limit=1`, { headers })).json()).totalDocs

  // Each check step shown in a browser draws its own send key (decision 0016): one per request here.
  const jsBody = encode({ ...answers, action: 'envoyer-tout', etape: '1', t })
  const oursJsOptions = {
    url: base,
    requests: [
      {
        method: 'POST', path: '/formulaires/banc-12/etape', headers: formHeaders,
        setupRequest: (req) => ({ ...req, body: `${jsBody}&envoi=${crypto.randomBytes(24).toString('base64url')}` }),
      },
    ],
  }
  // Every path is warmed for 2 s first (not measured, not counted): the first requests of a fresh
  // process compile its code, and with ~600 requests in 10 s they alone made "ours"' p99 (since run 21).
  await warm(oursJsOptions)
  const jsBefore = await count('submissions')
  results.oursJs = await run(oursJsOptions)
  const oursJsStored = (await count('submissions')) - jsBefore

  const oursOptions = {
    url: base,
    requests: [
      {
        method: 'POST', path: '/formulaires/banc-12/etape', headers: formHeaders, body: stepBody,
        onResponse: (status, body, context, headers) => {
          const location = Array.isArray(headers) ? headers[headers.findIndex((h) => String(h).toLowerCase() === 'location') + 1] : headers?.location
          context.session = /session=([A-Za-z0-9_-]+)/.exec(String(location))?.[1] ?? ''
        },
      },
      {
        method: 'POST', path: '/formulaires/banc-12/etape', headers: formHeaders,
        setupRequest: (req, context) => ({ ...req, body: encode({ action: 'envoyer', session: context.session, etape: '1', t }) }),
      },
    ],
  }
  await warm(oursOptions)
  const before = await count('submissions')
  results.ours = await run(oursOptions)
  const ourStored = (await count('submissions')) - before

  const peerBody = JSON.stringify({ form: peer.doc.id, submissionData: Object.entries(answers).map(([field, value]) => ({ field, value: Array.isArray(value) ? value.join(', ') : value })) })
  const peerOptions = { url: `${peerBase}/api/bench-form-submissions`, method: 'POST', headers: { 'content-type': 'application/json' }, body: peerBody }
  await warm(peerOptions)
  const peerBefore = await count('bench-form-submissions', peerBase, peerAuth)
  results.peer = await run(peerOptions)
  const peerStored = (await count('bench-form-submissions', peerBase, peerAuth)) - peerBefore

  const floorOptions = {
    url: `${peerBase}/api/bench/raw-create`, method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...floorForm, answers }),
  }
  await warm(floorOptions)
  const rawBefore = await count('submissions', peerBase, peerAuth)
  results.floor = await run(floorOptions)
  const rawStored = (await count('submissions', peerBase, peerAuth)) - rawBefore

  const perSecond = (stored) => stored / duration
  const rows = [
    ['ours, JavaScript (send, 1 request)', oursJsStored, results.oursJs],
    ['ours, no JavaScript (step + send, 2 requests)', ourStored, results.ours],
    ['plugin-form-builder (peer, no Next.js)', peerStored, results.peer],
    ['raw Local API create (floor, no Next.js)', rawStored, results.floor],
  ].map(([name, stored, r]) => ({ name, stored, subsPerSec: perSecond(stored), reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts }))

  const ratio = (a, b) => (b ? (a / b).toFixed(2) : 'n/a')
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ')
  const table = [
    `### bench/submit — ${date} UTC, ${connections} connections, ${duration} s each, SQLite, \`npm run bench:submit\``,
    '',
    '| path | stored | submissions/s | requests/s | p50 ms (per request) | p99 ms (per request) | errors |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${r.stored} | ${r.subsPerSec.toFixed(1)} | ${r.reqPerSec.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.errors} |`),
    '',
    `Ratios (submissions/s): ours with JavaScript ÷ plugin = **${ratio(rows[0].subsPerSec, rows[2].subsPerSec)}**, ÷ raw create = **${ratio(rows[0].subsPerSec, rows[3].subsPerSec)}**; ours without JavaScript ÷ plugin = **${ratio(rows[1].subsPerSec, rows[2].subsPerSec)}**, ÷ raw create = **${ratio(rows[1].subsPerSec, rows[3].subsPerSec)}**.`,
    '',
  ].join('\n')
  console.log(table)
  fs.mkdirSync(path.join(import.meta.dirname, '..', 'results'), { recursive: true })
  fs.writeFileSync(path.join(import.meta.dirname, '..', 'results', 'submit-latest.md'), table)
} finally {
  peerServer?.stop()
  app.stop()
}
