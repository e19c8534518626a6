// Starts the built app as `npm start` does, on a free port and a throw-away SQLite database.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const ADMIN = { email: 'admin@bench.kerlann.fr', password: 'Bench-Motdepasse-2026-xx' }

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

export async function startApp(extraEnv = {}) {
  const root = path.resolve(import.meta.dirname, '../..')
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('Run `npm run build` first.')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-bench-'))
  const port = await freePort()
  let log = ''
  const child = spawn(process.execPath, ['src/scripts/start.mjs', '--no-build', '--port', String(port)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // Left unset as `npm start` leaves it: migrations, then the server sets production itself.
      NODE_ENV: '',
      DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
      UPLOADS_DIR: path.join(dir, 'uploads'),
      OUTBOX_DIR: path.join(dir, 'outbox'),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      PAYLOAD_SECRET: 'bench-secret-0123456789abcdef',
      SEED_DEMO: 'true',
      // The address the benchmarks browse: file URLs and Payload's origin check follow it.
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      NODE_OPTIONS: '',
      ...extraEnv,
    },
  })
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  const baseURL = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited:\n${log}`)
    try {
      if ((await fetch(baseURL + '/')).status === 200) break
    } catch {}
    if (Date.now() > deadline) throw new Error(`app did not start:\n${log}`)
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    baseURL,
    dir,
    log: () => log,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

export async function login(baseURL) {
  const res = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  return (await res.json()).token
}
