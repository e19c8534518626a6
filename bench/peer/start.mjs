// Starts bench/peer/server.ts (the plugin's REST create and the raw create, own config) next to an
// app started by bench/lib/app.mjs: its own SQLite file in the app's throw-away folder, filled the
// same way (same admin, demo town). Its own file, because pushing the peer's tables into the app's
// migrated database makes drizzle rebuild tables under test (submissions, forms).
import { spawn } from 'node:child_process'
import path from 'node:path'

import { ADMIN } from '../lib/app.mjs'

export async function startPeer(app) {
  const root = path.resolve(import.meta.dirname, '../..')
  let log = ''
  const child = spawn(process.execPath, [path.join(root, 'node_modules', 'payload', 'bin.js'), 'run', 'bench/peer/server.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: `file:${path.join(app.dir, 'peer.db')}`,
      UPLOADS_DIR: path.join(app.dir, 'peer-uploads'),
      OUTBOX_DIR: path.join(app.dir, 'peer-outbox'),
      PAYLOAD_SECRET: 'bench-peer-secret-0123456789abcdef',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SEED_DEMO: 'true',
      PORTAIL_MODE: 'demo',
      // Schema pushed into the fresh file at start (the server then runs as production).
      DATABASE_PUSH: 'true',
      NODE_ENV: '',
      NODE_OPTIONS: '--no-deprecation --conditions=production',
    },
  })
  const baseURL = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench peer did not start:\n${log}`)), 180_000)
    child.stdout.on('data', (d) => {
      log += d
      const match = /PEER_URL=(\S+)/.exec(log)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.stderr.on('data', (d) => (log += d))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`bench peer exited (${code}):\n${log}`))
    })
  })
  return {
    baseURL,
    log: () => log,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    },
  }
}
