import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { testMongoUrl, throwAwayDatabase } from './testDatabase'

export const ADMIN = { email: 'admin@e2e.kerlann.fr', password: 'Admin-e2e-Motdepasse-2026' }
/** Demo agents (src/seed/agents.ts) share this password in the tests. */
export const AGENT_PASSWORD = 'Agent-e2e-Motdepasse-2026'

export interface RunningApp {
  baseURL: string
  /** The app's own data: DATABASE_URL and UPLOADS_DIR as it got them */
  databaseUrl: string
  uploadsDir: string
  /** Where the app writes e-mails (.eml) */
  outboxDir: string
  output: () => string
  stop: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Where the e2e global set-up leaves the prepared demo town (SQLite file and uploads) to copy. */
export const TEMPLATE_ENV = 'E2E_PREPARED_DATABASE_DIR'
const PREPARE_LOG = 'prepare.log'

export interface StartAppOptions {
  /** A MongoDB server (mongodb://host:port/…?replicaSet=…; default TEST_DATABASE_URL, if MongoDB): the suite gets its own database on it. */
  mongoUrl?: string
  /** Demo requests seeded with the town (default: the start's own default, 200). */
  demoRequests?: number
  /**
   * A MongoDB database `npm start`'s own preparation already filled (prepareTown, run by
   * `npm test` while the app builds): the app serves it without preparing again.
   */
  preparedMongoDatabase?: string
  /** Data already there (e.g. restored from a backup): served as is, after `npm start`'s migrations; deleted at stop. */
  existingData?: { url: string; dir: string }
  /**
   * Serve the data without `npm start`'s preparation (`--no-prepare`: no migrations, no first-run
   * content check): for data known to be of this version (test time, decision 0037).
   */
  skipPreparation?: boolean
  /** More environment for the app (limits raised for a load test…) */
  env?: Record<string, string>
}

/** Where `npm test` leaves the MongoDB database it prepared for the e2e journey (src/scripts/test.mjs). */
export const PREPARED_MONGODB_ENV = 'E2E_PREPARED_MONGODB_DATABASE'
/** Demo requests of the MongoDB journey's town: it needs the forms and the agents, not 200 requests. */
export const MONGODB_JOURNEY_DEMO_REQUESTS = 20

/** The environment `npm start` gets in the tests: throw-away data, the e2e admin, no proxy. */
function appEnv(databaseUrl: string, dir: string, port: number, demoRequests?: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATABASE_PUSH: 'false',
    UPLOADS_DIR: path.join(dir, 'uploads'),
    OUTBOX_DIR: path.join(dir, 'outbox'),
    FORM_MIN_FILL_SECONDS: '0',
    SEED_DEMO: 'true',
    ...(demoRequests === undefined ? {} : { SEED_DEMO_REQUESTS: String(demoRequests) }),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    DEMO_AGENT_PASSWORD: AGENT_PASSWORD,
    PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef0123456789',
    PORT: String(port),
    // The address the browser uses: Payload's origin check and the e-mails' links depend on it.
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    // No proxy in front, whatever a developer's .env says (the default, decision 0025).
    TRUSTED_PROXIES: '0',
    NODE_OPTIONS: '',
  }
}

/**
 * Prepares the demo town once, exactly as `npm start` does before serving (migrations, demo town,
 * first admin and agents: `start.mjs --prepare-only`), in a directory the suites copy. Preparing
 * takes most of an app's start; every SQLite suite then starts from a copy of the same files.
 */
export async function prepareTemplate(): Promise<{ dir: string; cleanup: () => void }> {
  const db = throwAwayDatabase(null)
  await prepareTown(db)
  return { dir: db.dir, cleanup: db.cleanup }
}

/** `npm start`'s own preparation (migrations, demo town, first admin and agents) on a database, then exit. */
export async function prepareTown(db: { url: string; dir: string }, demoRequests?: number): Promise<void> {
  const child = spawn(process.execPath, ['src/scripts/start.mjs', '--no-build', '--prepare-only'], {
    cwd: process.cwd(),
    env: appEnv(db.url, db.dir, 0, demoRequests),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve))
  if (status !== 0) throw new Error(`preparing the demo town failed (${status}):\n${output}`)
  // What the start printed while preparing: each copy's app output begins with it.
  fs.writeFileSync(path.join(db.dir, PREPARE_LOG), output)
}

/** A fresh copy of the prepared template: its own SQLite file and uploads, nothing shared. */
function copyOfTemplate(templateDir: string): { url: string; dir: string; cleanup: () => void } {
  const db = throwAwayDatabase(null)
  fs.cpSync(templateDir, db.dir, { recursive: true })
  return db
}

/**
 * The built app (`next build` must have run) started with `npm start`'s own script on a free port
 * and a throw-away database: a copy of the town the e2e set-up prepared (SQLite), or, on MongoDB,
 * a database of its own prepared by the start itself (migrations, demo town, first admin).
 */
export async function startApp({ mongoUrl = testMongoUrl(), demoRequests, preparedMongoDatabase, existingData, skipPreparation = false, env }: StartAppOptions = {}): Promise<RunningApp> {
  const root = process.cwd()
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No build: run `npm run build` (npm test does it).')
  const templateDir = mongoUrl || existingData ? undefined : process.env[TEMPLATE_ENV]
  const prepared = Boolean(templateDir || (mongoUrl && preparedMongoDatabase) || skipPreparation)
  const db = existingData
    ? { ...existingData, cleanup: () => fs.rmSync(existingData.dir, { recursive: true, force: true }) }
    : mongoUrl && preparedMongoDatabase
      ? ((dir) => ({ url: preparedMongoDatabase, dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }))(fs.mkdtempSync(path.join(os.tmpdir(), 'portail-test-')))
      : mongoUrl
        ? throwAwayDatabase(mongoUrl)
        : templateDir
          ? copyOfTemplate(templateDir)
          : throwAwayDatabase(null)
  const port = await freePort()
  let log = templateDir
    ? fs.readFileSync(path.join(db.dir, PREPARE_LOG), 'utf8')
    : skipPreparation
      ? '(served without npm start’s preparation)\n'
      : prepared
        ? '(town prepared by npm start’s own steps while the app was built)\n'
        : ''
  const startArgs = ['src/scripts/start.mjs', '--no-build', '--port', String(port), ...(prepared ? ['--no-prepare'] : [])]
  const child: ChildProcess = spawn(process.execPath, startArgs, {
    cwd: root,
    detached: true, // own process group, so stop() ends next-server too
    env: { ...appEnv(db.url, db.dir, port, demoRequests), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (log += d))
  child.stderr?.on('data', (d) => (log += d))
  const baseURL = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 170_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited (${child.exitCode}):\n${log}`)
    try {
      const res = await fetch(`${baseURL}/`)
      if (res.status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`app did not start in 170 s:\n${log}`)
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    baseURL,
    databaseUrl: db.url,
    uploadsDir: path.join(db.dir, 'uploads'),
    outboxDir: path.join(db.dir, 'outbox'),
    output: () => log,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 300))
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
      db.cleanup()
    },
  }
}
