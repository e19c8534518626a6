/**
 * In-process profile of the one-post submission (no HTTP): N sends of the 12-field form through
 * the step handler, at a given concurrency, e-mails included. Prints ms per send; with
 * TRACE=1, prints the SQL statements of one send instead. Run it as bench/RESULTS.md says
 * (`payload run` on a migrated throw-away database, under `node --cpu-prof` for a profile).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { SEND_ALL } from '../../src/forms/actions'
import { signedTimestamp } from '../../src/intake/antiAbuse'
import { handleFormStep } from '../../src/intake/formStep'
import { answers, ourFields } from './banc12.mjs'

process.env.FORM_MIN_FILL_SECONDS = '0'
process.env.FORM_RATE_LIMIT_PER_MINUTE = '100000000'
const payload = await getPayload({ config })
const organisation =
  (await payload.find({ collection: 'organisations', limit: 1, overrideAccess: true })).docs[0] ??
  (await payload.create({ collection: 'organisations', overrideAccess: true, data: { name: 'Commune', slug: 'commune', email: 'mairie@kerlann.fr' } as never }))
const slug = `banc-${Date.now()}`
const form = await payload.create({
  collection: 'forms',
  overrideAccess: true,
  data: { title: 'Banc 12 champs', slug, organisation: organisation.id, steps: [{ title: 'Tout', fields: ourFields }], emails: { serviceEmail: 'service@kerlann.fr' }, _status: 'published' } as never,
})

const body = new URLSearchParams({ action: SEND_ALL, etape: '1', t: signedTimestamp(form.id, Date.now() - 60_000) })
for (const [name, value] of Object.entries(answers)) for (const item of Array.isArray(value) ? value : [value]) body.append(name, item)
const send = async () => {
  const request = new Request(`http://localhost/formulaires/${slug}/etape`, { method: 'POST', body, headers: { 'x-forwarded-for': '203.0.113.1' } })
  const response = await handleFormStep(payload, slug, request, (job) => job())
  if (!response.headers.get('location')?.startsWith('/suivi/')) throw new Error(`not stored: ${response.status} ${response.headers.get('location')}`)
}

await send() // first send: caches the form and the reference counter
if (process.env.TRACE) {
  const client = (payload.db as unknown as { client: { execute: (...args: unknown[]) => unknown } }).client
  const execute = client.execute.bind(client)
  client.execute = (...args: unknown[]) => {
    const statement = args[0] as { sql?: string } | string
    console.log('SQL', (typeof statement === 'string' ? statement : statement.sql ?? '').slice(0, 120))
    return execute(...args)
  }
  await send()
  process.exit(0)
}
const total = Number(process.env.N ?? 1500)
const concurrency = Number(process.env.C ?? 20)
for (let i = 0; i < 50; i += 1) await send()
let started = 0
const t0 = performance.now()
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (started < total) {
    started += 1
    await send()
  }
}))
console.log(`${((performance.now() - t0) / total).toFixed(2)} ms per send (${total} sends, concurrency ${concurrency})`)
process.exit(0)
