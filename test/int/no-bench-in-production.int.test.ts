/**
 * Issue 11 item 13: the benchmark's peer (Payload's form builder) and its unauthenticated
 * "raw create" endpoint are not in the portal's configuration, whatever the environment says
 * (decision 0028). The benchmark serves them from its own config in bench/peer/.
 */
import fs from 'node:fs'
import path from 'node:path'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { restClient } from '../helpers/rest'
import { PASSWORD } from '../helpers/users'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

let booted: BootedPayload
let rest: ReturnType<typeof restClient>
const previous = process.env.BENCH_PEER

beforeAll(async () => {
  // The switch that used to mount the peer in the app's own config.
  process.env.BENCH_PEER = '1'
  booted = await bootPayload()
  rest = restClient(booted.config)
})
afterAll(async () => {
  if (previous === undefined) delete process.env.BENCH_PEER
  else process.env.BENCH_PEER = previous
  await booted?.shutdown()
})

describe('no benchmark code in the production config', () => {
  it('with BENCH_PEER=1, POST /api/bench/raw-create answers 404 and stores nothing', async () => {
    const before = await booted.payload.count({ collection: 'submissions', overrideAccess: true })
    const res = await rest.call('POST', '/bench/raw-create', { body: { form: 1, organisation: 1, answers: { nom: 'Intrus' } } })
    expect(res.status).toBe(404)
    const after = await booted.payload.count({ collection: 'submissions', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('with BENCH_PEER=1, no bench-* collection exists, by config or by REST (even for an admin)', async () => {
    const slugs = booted.payload.config.collections.map((c) => c.slug)
    expect(slugs.filter((slug) => slug.startsWith('bench'))).toEqual([])
    expect(Object.keys(booted.payload.collections).filter((slug) => slug.startsWith('bench'))).toEqual([])
    expect(booted.payload.config.endpoints.filter((e) => e.path.includes('bench'))).toEqual([])

    await booted.payload.create({ collection: 'users', data: { email: 'admin@test.kerlann.fr', password: PASSWORD, name: 'Admin', role: 'admin' }, overrideAccess: true })
    const token = await rest.login('admin@test.kerlann.fr', PASSWORD)
    for (const slug of ['bench-forms', 'bench-form-submissions']) {
      expect((await rest.call('GET', `/${slug}`, { token })).status).toBe(404)
      expect((await rest.call('POST', `/${slug}`, { body: { form: 1, submissionData: [] } })).status).toBe(404)
    }
  })

  it('no file under src/ reads BENCH_PEER, imports the form-builder plugin or anything from bench/', () => {
    const root = path.join(process.cwd(), 'src')
    const offenders: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(file)
        else if (/\.(m?[jt]sx?)$/.test(entry.name)) {
          const text = fs.readFileSync(file, 'utf8')
          if (/BENCH_PEER|plugin-form-builder|from ['"][./]*bench\/|bench\/raw-create/.test(text)) offenders.push(path.relative(root, file))
        }
      }
    }
    walk(root)
    expect(offenders).toEqual([])
  })
})
