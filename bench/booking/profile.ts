// In-process cost of one ticket purchase (#13): the real step handler called one buyer at a time,
// no HTTP and no Next.js, with the SQL statements counted on the app's libsql client.
// Usage: DATABASE_PUSH=true DATABASE_URL=file:/tmp/profile.db PAYLOAD_SECRET=… npx payload run bench/booking/profile.ts [-- buyers]
// (a throw-away file: the schema is pushed). Prints per-phase medians and statements per purchase.
import fs from 'node:fs'

import { getPayload } from 'payload'

import { signedTimestamp } from '../../src/intake/antiAbuse.ts'
import { handleFormStep } from '../../src/intake/formStep/index.ts'
import config from '../../src/payload.config.ts'

const buyers = Number(process.argv.at(-1)) || 200
// A bench, not a crowd: no per-address rate, no minimum fill time (read when a post comes).
process.env.FORM_RATE_LIMIT_PER_MINUTE = '100000000'
process.env.FORM_MIN_FILL_SECONDS = '0'
const payload = await getPayload({ config })
const client = (payload.db as unknown as { client: { execute: Function; batch: Function; transaction: Function } }).client
let statements = 0
let writes = 0
let sqlMs = 0
const sqlOf = (statement: unknown) => (typeof statement === 'string' ? statement : String((statement as { sql?: string })?.sql ?? ''))
const verbose = process.env.PROFILE_SQL === '1'
for (const method of ['execute', 'batch'] as const) {
  const original = client[method].bind(client)
  client[method] = async (...args: unknown[]) => {
    const list = method === 'batch' ? (args[0] as unknown[]) : [args[0]]
    statements += list.length
    // Outside a transaction every write is its own commit: one wait for the disk (synchronous=FULL).
    if (list.some((statement) => /^\s*(insert|update|delete)/i.test(sqlOf(statement)))) writes += 1
    const started = performance.now()
    try {
      return await original(...args)
    } finally {
      sqlMs += performance.now() - started
      if (verbose) console.log(`${(performance.now() - started).toFixed(1)} ms ${list.map(sqlOf).join(' ; ').slice(0, 160)}`)
    }
  }
}

const organisation = await payload.create({ collection: 'organisations', data: { name: 'Commune', slug: 'commune', email: 'mairie@example.fr' } as never, overrideAccess: true })
const event = await payload.create({
  collection: 'events', overrideAccess: true,
  data: { title: 'Profil', slug: 'profil', organisation: organisation.id, summary: 'Profil.', tariffs: [{ name: 'Plein', price: 18 }], sessions: [{ startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), capacity: buyers + 50 }] } as never,
})
const form = await payload.create({
  collection: 'forms', overrideAccess: true,
  data: { title: 'Profil billets', slug: 'profil-billets', organisation: organisation.id, _status: 'published', steps: [{ title: 'Billets', fields: [{ blockType: 'billets', label: 'Billets', name: 'billets', required: true, event: event.id }, { blockType: 'email', label: 'Courriel', name: 'courriel', required: true }] }] } as never,
})
const session = (event as any).sessions[0].id
const tariff = (event as any).tariffs[0].id
const jobs: Array<() => unknown> = []
const post = (values: Record<string, string>) => {
  const body = new URLSearchParams({ t: signedTimestamp(form.id, Date.now() - 60_000), ...values })
  return handleFormStep(payload, 'profil-billets', new Request('http://localhost/formulaires/profil-billets/etape', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.9' } }), (job) => void jobs.push(job))
}
type Sample = { ms: number; statements: number; writes: number; sqlMs: number }
const phases: Record<'step' | 'send' | 'emails', Sample[]> = { step: [], send: [], emails: [] }
const measure = async <T>(phase: keyof typeof phases, run: () => Promise<T>): Promise<T> => {
  const before = { statements, writes, sqlMs, at: performance.now() }
  if (verbose) console.log(`-- ${phase}`)
  const result = await run()
  phases[phase].push({ ms: performance.now() - before.at, statements: statements - before.statements, writes: writes - before.writes, sqlMs: sqlMs - before.sqlMs })
  return result
}
for (let i = 0; i < buyers; i += 1) {
  const step = await measure('step', () => post({ action: 'suivant', etape: '1', billets: String(session), 'billets.spectacle': String(event.id), [`billets.tarif.${tariff}`]: '1', courriel: `a.${i}@example.fr` }))
  const token = /session=([A-Za-z0-9_-]+)/.exec(step.headers.get('location') ?? '')?.[1]
  if (!token) throw new Error(`step: ${step.status} ${step.headers.get('location')}`)
  const sent = await measure('send', () => post({ action: 'envoyer', etape: '1', session: token }))
  if (!/^\/suivi\//.test(sent.headers.get('location') ?? '')) throw new Error(`send: ${sent.status} ${sent.headers.get('location')}`)
  await measure('emails', async () => {
    for (const job of jobs.splice(0)) await (typeof job === 'function' ? job() : job)
  })
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const skip = Math.min(20, Math.floor(buyers / 5)) // the first buyers warm the code up
const row = (name: keyof typeof phases) => {
  const kept = phases[name].slice(skip)
  const of = (key: keyof Sample) => median(kept.map((sample) => sample[key]))
  return `| ${name} | ${of('ms').toFixed(1)} | ${of('sqlMs').toFixed(1)} | ${of('statements')} | ${of('writes')} |`
}
console.log([`${buyers} buyers one at a time (first ${skip} left out), ${new Date().toISOString()}`, '| phase | median ms | of which in SQL | statements | commits |', '|---|---:|---:|---:|---:|', row('step'), row('send'), row('emails')].join('\n'))
if (process.env.DATABASE_URL?.startsWith('file:')) fs.rmSync(process.env.DATABASE_URL.slice(5), { force: true })
process.exit(0)
