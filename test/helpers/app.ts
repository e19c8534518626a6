import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { throwAwayDatabase } from './testDatabase'

export const ADMIN = { email: 'admin@e2e.kerlann.fr', password: 'Admin-e2e-Motdepasse-2026' }
/** Demo agents (src/seed/agents.ts) share this password in the tests. */
export const AGENT_PASSWORD = 'Agent-e2e-Motdepasse-2026'

export interface RunningApp {
  baseURL: string
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

/**
 * The built app (`next build` must have run) started exactly as `npm start` does — migrations,
 * demo town, first admin, `next start` — on a free port and a throw-away database.
 */
export async function startApp(): Promise<RunningApp> {
  const root = process.cwd()
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No build: run `npm run build` (npm test does it).')
  const db = throwAwayDatabase()
  const port = await freePort()
  let log = ''
  const child: ChildProcess = spawn(process.execPath, ['src/scripts/start.mjs', '--no-build', '--port', String(port)], {
    cwd: root,
    detached: true, // own process group, so stop() ends next-server too
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      DATABASE_PUSH: 'false',
      UPLOADS_DIR: path.join(db.dir, 'uploads'),
      OUTBOX_DIR: path.join(db.dir, 'outbox'),
      FORM_MIN_FILL_SECONDS: '0',
      SEED_DEMO: 'true',
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
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (log += d))
  child.stderr?.on('data', (d) => (log += d))
  const baseURL = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited (${child.exitCode}):\n${log}`)
    try {
      const res = await fetch(`${baseURL}/`)
      if (res.status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`app did not start in 120 s:\n${log}`)
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    baseURL,
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
