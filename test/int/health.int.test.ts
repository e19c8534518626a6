/**
 * GET /api/sante, the health check (issue 18; decision 0070), through Payload's real REST handler
 * on a real database, SQLite and MongoDB: ready → 200 with every check and nothing secret; each
 * failure the issue names turns it to 503 with that check failing, and back to 200 once repaired;
 * the liveness answer stays 200 meanwhile.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import packageJson from '../../package.json' with { type: 'json' }
import { DeadlineExceeded, withDeadline } from '../../src/ops/health/deadline'
import { countLate, countProcessingTooLong, PROCESSING_TOO_LONG_MS } from '../../src/ops/health/stuckJobs'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { restClient } from '../helpers/rest'
import { testMongoUrl } from '../helpers/testDatabase'

type Check = { ok: boolean; message?: string; [figure: string]: unknown }
type Report = { status: string; message: string; version: string; checkedAt: string; checks: Record<string, Check> }

const onSqlite = !testMongoUrl()
const itOnSqlite = (why: string) => (onSqlite ? it : (name: string, fn: jest.ProvidesCallback) => it.skip(`${name} [SQLite only: ${why}]`, fn))
const itOnMongo = (why: string) => (onSqlite ? (name: string, fn: jest.ProvidesCallback) => it.skip(`${name} [MongoDB only: ${why}]`, fn) : it)

let booted: BootedPayload
let payload: Payload
let rest: ReturnType<typeof restClient>
let databaseUrl: string

beforeAll(async () => {
  // Each state change is read at once; the test of a reused report sets the window itself.
  process.env.HEALTH_REPORT_REUSE_MS = '0'
  booted = await bootPayload()
  payload = booted.payload
  rest = restClient(booted.config)
  databaseUrl = process.env.DATABASE_URL!
})

afterAll(async () => {
  delete process.env.HEALTH_REPORT_REUSE_MS
  await booted?.shutdown()
})

/** What no answer may contain: the connection string, any path of the server, the secret. */
function expectNothingSecret(text: string) {
  const secrets = [databaseUrl, new URL(databaseUrl).pathname, booted.uploadsDir, path.dirname(booted.uploadsDir), os.tmpdir(), process.cwd(), process.env.PAYLOAD_SECRET!]
  for (const secret of secrets) expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false })
  expect(text).not.toMatch(/\bat .+:\d+:\d+\)?$|Error:|ENOENT|EACCES|@/m)
}

/** The readiness answer (no report reused in this suite: the state changed just before). */
async function readiness() {
  const res = await rest.call('GET', '/sante')
  expectNothingSecret(res.bytes.toString('utf8'))
  expect(res.headers.get('cache-control')).toBe('no-store')
  return { status: res.status, report: res.json as unknown as Report }
}

/** 503 with `check` failing — and only it, or the checks `failing` names. */
async function expectNotReadyOn(check: string, message: RegExp, failing = [check]) {
  const { status, report } = await readiness()
  expect({ status, overall: report.status, failing: Object.keys(report.checks).filter((name) => !report.checks[name]!.ok) }).toEqual({ status: 503, overall: 'fail', failing })
  expect(report.checks[check]!.message).toMatch(message)
  expect(report.message).toBe(`Le portail n’est pas prêt : ${failing.join(', ')}.`)
  const alive = await rest.call('GET', '/sante/vivant')
  expect({ status: alive.status, body: alive.json.status }).toEqual({ status: 200, body: 'ok' })
  return report
}

async function expectReady() {
  const { status, report } = await readiness()
  expect({ status, overall: report.status, failing: Object.keys(report.checks).filter((name) => !report.checks[name]!.ok) }).toEqual({ status: 200, overall: 'ok', failing: [] })
  return report
}

describe('GET /api/sante', () => {
  it('ready: 200, every check passing with its figures, not cached, nothing secret', async () => {
    const report = await expectReady()
    expect(report).toMatchObject({ status: 'ok', message: 'Le portail est prêt.', version: packageJson.version })
    expect(Date.now() - Date.parse(report.checkedAt)).toBeLessThan(5000)
    expect(Object.keys(report.checks)).toEqual(onSqlite ? ['database', 'databaseFile', 'migrations', 'uploads', 'disk', 'jobs'] : ['database', 'migrations', 'uploads', 'disk', 'jobs'])
    expect(report.checks.database!.ms).toEqual(expect.any(Number))
    expect(report.checks.disk).toEqual({ ok: true, freeMb: expect.any(Number), minFreeMb: 500 })
    expect(report.checks.disk!.freeMb).toBeGreaterThan(500)
    expect(report.checks.uploads).toEqual({ ok: true, folders: 3 })
    // Tests run no queues (NODE_ENV=test): said, not failed.
    expect(report.checks.jobs).toMatchObject({ ok: true, autorun: false, late: 0, processingTooLong: 0, message: expect.stringMatching(/ne tournent pas dans ce processus/) })
    // The suite's schema was pushed, as in every test: reported, not failed (MongoDB has no migrations).
    expect(report.checks.migrations!.message).toMatch(onSqlite ? /Schéma poussé/ : /MongoDB : pas de migrations/)
    // Callers within the reuse window (a second by default: a burst, a hostile loop) share that report.
    process.env.HEALTH_REPORT_REUSE_MS = '60000'
    try {
      const [again, meanwhile] = await Promise.all([rest.call('GET', '/sante'), rest.call('GET', '/sante')])
      expect([again.json.checkedAt, meanwhile.json.checkedAt]).toEqual([report.checkedAt, report.checkedAt])
    } finally {
      process.env.HEALTH_REPORT_REUSE_MS = '0'
    }
    // The probe files are gone.
    expect(fs.readdirSync(booted.uploadsDir, { recursive: true }).filter((name) => String(name).includes('.sante-'))).toEqual([])
  })

  it('liveness: 200 with the version, not cached, no session needed', async () => {
    const res = await rest.call('GET', '/sante/vivant')
    expect(res.status).toBe(200)
    expect(res.json).toEqual({ status: 'ok', message: 'Le portail répond.', version: packageJson.version, uptimeS: expect.any(Number) })
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('HEAD gives the same statuses, for monitors that look at the status only', async () => {
    expect([(await rest.call('HEAD', '/sante')).status, (await rest.call('HEAD', '/sante/vivant')).status]).toEqual([200, 200])
    process.env.HEALTH_MIN_FREE_DISK_MB = String(1024 * 1024 * 1024)
    try {
      expect([(await rest.call('HEAD', '/sante')).status, (await rest.call('HEAD', '/sante/vivant')).status]).toEqual([503, 200])
    } finally {
      delete process.env.HEALTH_MIN_FREE_DISK_MB
    }
  })

  itOnSqlite('MongoDB has no database file')('the database file moved away: 503 on the file (the open connection still answers), ready again once back', async () => {
    const file = new URL(databaseUrl).pathname
    fs.renameSync(file, `${file}.ailleurs`)
    try {
      const report = await expectNotReadyOn('databaseFile', /^Le fichier de la base de données est introuvable\.$/)
      expect(report.checks.database!.ok).toBe(true)
    } finally {
      fs.renameSync(`${file}.ailleurs`, file)
    }
    await expectReady()
  })

  itOnSqlite('MongoDB has no database file')('the database file replaced by another file (not a database): 503, ready again once the real one is back', async () => {
    const file = new URL(databaseUrl).pathname
    fs.renameSync(file, `${file}.vraie`)
    fs.writeFileSync(file, 'ceci n’est pas une base de données')
    try {
      await expectNotReadyOn('databaseFile', /remplacé depuis le démarrage : redémarrez le portail/)
    } finally {
      fs.renameSync(`${file}.vraie`, file)
    }
    await expectReady()
  })

  itOnMongo('the SQLite file has its own tests above')('the database unreachable (connection closed): 503 on the database and the jobs queue, ready again once reconnected', async () => {
    const adapter = payload.db as unknown as { connection: { close: () => Promise<void> }; connect: () => Promise<void> }
    await adapter.connection.close()
    try {
      await expectNotReadyOn('database', /^La base de données ne répond pas\.$/, ['database', 'jobs'])
    } finally {
      await adapter.connect()
    }
    await expectReady()
  })

  it('free disk below HEALTH_MIN_FREE_DISK_MB (a threshold above the free space): 503 with the figures', async () => {
    process.env.HEALTH_MIN_FREE_DISK_MB = String(1024 * 1024 * 1024) // 1 PB
    try {
      const report = await expectNotReadyOn('disk', /^Espace disque insuffisant : \d+ Mo libres, minimum 1073741824 Mo \(HEALTH_MIN_FREE_DISK_MB\)\.$/)
      expect(report.checks.disk).toMatchObject({ ok: false, freeMb: expect.any(Number), minFreeMb: 1024 * 1024 * 1024 })
    } finally {
      delete process.env.HEALTH_MIN_FREE_DISK_MB
    }
    await expectReady()
  })

  it('the uploads folder replaced by a file: 503 naming the collections that cannot store files, ready again once restored', async () => {
    const aside = `${booted.uploadsDir}.ailleurs`
    fs.mkdirSync(booted.uploadsDir, { recursive: true })
    fs.renameSync(booted.uploadsDir, aside)
    fs.writeFileSync(booted.uploadsDir, 'pas un dossier')
    try {
      await expectNotReadyOn('uploads', /^Les fichiers déposés ne peuvent pas être enregistrés : .*media \(ce n’est pas un dossier\)/)
    } finally {
      fs.rmSync(booted.uploadsDir)
      fs.renameSync(aside, booted.uploadsDir)
    }
    await expectReady()
  })

  it('a job left processing by a stopped process: 503 on the jobs queue, ready again once it is cleared', async () => {
    const job = await payload.create({ collection: 'payload-jobs', data: { taskSlug: 'reconcilePayments', queue: 'minute', input: {} }, overrideAccess: true })
    // As runJobs marks it; Payload stamps updatedAt itself, so the adapter sets the past date.
    const startedLongAgo = new Date(Date.now() - PROCESSING_TOO_LONG_MS - 60_000).toISOString()
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: true, updatedAt: startedLongAgo } })
    try {
      const report = await expectNotReadyOn('jobs', /^File des tâches bloquée : 1 tâche en cours depuis plus de 30 min/)
      expect(report.checks.jobs).toMatchObject({ processingTooLong: 1 })
    } finally {
      // Through the adapter: the MongoDB test server has no findOneAndDelete (decision 0004).
      await payload.db.deleteMany({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
    }
    await expectReady()
  })

  itOnSqlite('MongoDB has no migrations')('migrations: 503 when committed ones are missing from a schema not pushed, ready once each is recorded', async () => {
    const { migrations } = await import('../../src/migrations/sqlite/index')
    await payload.delete({ collection: 'payload-migrations', where: { batch: { equals: -1 } }, overrideAccess: true })
    expect((payload.db as unknown as { push?: boolean }).push).toBe(false) // the suite copied a prepared schema
    await expectNotReadyOn('migrations', new RegExp(`^${migrations.length} migrations à appliquer : lancez « npm run migrate »\\.$`))
    for (const { name } of migrations) await payload.create({ collection: 'payload-migrations', data: { name, batch: 1 }, overrideAccess: true })
    const report = await expectReady()
    expect(report.checks.migrations).toEqual({ ok: true, applied: migrations.length, expected: migrations.length })
  })
})

// The rules behind the jobs check and the deadline, on plain values (here rather than in a unit
// file of their own: no boot needed, no new suite to schedule).
describe('stuck jobs and deadlines', () => {
  const QUEUES = { nightly: '0 * * * *', minute: '* * * * *' }
  const LONG_AGO = new Date(2000, 0, 1)
  // Local time, as Payload's crons read it.
  const at = (hour: number, minute: number, second = 0) => new Date(2027, 0, 15, hour, minute, second)
  const pending = (queue: string | null, due: Date, asWaitUntil = true) => ({
    queue,
    waitUntil: asWaitUntil ? due.toISOString() : null,
    createdAt: due.toISOString(),
    processing: false,
    updatedAt: due.toISOString(),
  })

  it('a job is late a quarter of an hour after the tick of its queue that should have run it, not after its due time', () => {
    // Due at 3:30 on the hourly queue: run at 4:00, so not late before 4:15.
    const nightly = [pending('nightly', at(3, 30))]
    expect([countLate(nightly, QUEUES, at(3, 50), LONG_AGO), countLate(nightly, QUEUES, at(4, 14), LONG_AGO), countLate(nightly, QUEUES, at(4, 16), LONG_AGO)]).toEqual([0, 0, 1])
    // Due exactly on the tick: run at that tick.
    expect([countLate([pending('nightly', at(3, 0))], QUEUES, at(3, 14), LONG_AGO), countLate([pending('nightly', at(3, 0))], QUEUES, at(3, 16), LONG_AGO)]).toEqual([0, 1])
    // Every minute; a job queued without waitUntil is due when created.
    const minute = [pending('minute', at(10, 5, 20), false)]
    expect([countLate(minute, QUEUES, at(10, 20), LONG_AGO), countLate(minute, QUEUES, at(10, 21, 30), LONG_AGO)]).toEqual([0, 1])
  })

  it('a job on a queue this process never runs is late a quarter of an hour after its due time; a cron for every queue runs it', () => {
    const job = [pending('ailleurs', at(9, 0))]
    expect([countLate(job, QUEUES, at(9, 14), LONG_AGO), countLate(job, QUEUES, at(9, 16), LONG_AGO)]).toEqual([0, 1])
    // Run by an hourly cron of every queue: due at 9:10, run at 10:00.
    expect(countLate([pending('ailleurs', at(9, 10))], { '*': '0 * * * *' }, at(9, 26), LONG_AGO)).toBe(0)
  })

  it('a job left from before the queues started is judged from their first tick after the start', () => {
    // Due yesterday on the hourly queue, the portal started again at 10:10: run at 11:00.
    const left = [pending('nightly', new Date(2027, 0, 14, 20, 0))]
    expect([countLate(left, QUEUES, at(11, 14), at(10, 10)), countLate(left, QUEUES, at(11, 16), at(10, 10))]).toEqual([0, 1])
  })

  it('a job is stuck when marked processing for more than half an hour, whatever runs the queues', () => {
    const now = at(12, 0)
    const since = (minutes: number, processing = true) => ({ ...pending('minute', at(11, 0)), processing, updatedAt: new Date(now.getTime() - minutes * 60_000).toISOString() })
    expect(countProcessingTooLong([since(29), since(31), since(90, false)], now)).toBe(1)
  })

  it('a check that does not answer is cut at its deadline; one that answers is untouched', async () => {
    const started = Date.now()
    await expect(withDeadline(new Promise(() => {}), 50)).rejects.toBeInstanceOf(DeadlineExceeded)
    expect(Date.now() - started).toBeLessThan(1000)
    await expect(withDeadline(Promise.resolve('ok'), 50)).resolves.toBe('ok')
  })
})
