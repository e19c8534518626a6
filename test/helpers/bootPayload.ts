import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { throwAwayDatabase } from './testDatabase'

export interface BootedPayload {
  payload: Payload
  config: Awaited<typeof import('../../src/payload.config')>['default']
  uploadsDir: string
  shutdown: () => Promise<void>
}

/** Where the int global set-up leaves the SQLite file (and uploads) holding the demo town. */
export const DEMO_TEMPLATE_ENV = 'INT_DEMO_DATABASE_DIR'

/**
 * Empties the suite's own MongoDB database. `deleteMany` on each of its collections, not
 * `dropDatabase`: the protocol's test server (jongodb) has no dropDatabase (decision 0004).
 */
async function emptyMongoDatabase(payload: Payload): Promise<void> {
  const connection = (payload.db as unknown as { connection: { collections: Record<string, { deleteMany: (filter: object) => Promise<unknown> }> } }).connection
  for (const collection of Object.values(connection.collections)) await collection.deleteMany({})
}

/** The demo town seeded once into a throw-away SQLite file, in a process of its own (`payload run`). */
export function prepareDemoTemplate(): { dir: string; cleanup: () => void } {
  const db = throwAwayDatabase(null)
  const result = spawnSync(path.resolve('node_modules/.bin/payload'), ['run', 'test/helpers/prepareDemoDatabase.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_PUSH: 'true', // schema pushed, as in every suite (whatever a developer's .env says)
      DATABASE_URL: db.url,
      UPLOADS_DIR: path.join(db.dir, 'uploads'),
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'test-secret-not-for-production-0123456789',
      NODE_OPTIONS: '--no-deprecation --conditions=production',
    },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`seeding the demo town failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  return db
}

/**
 * The real Payload, booted on a throw-away database (schema pushed, as NODE_ENV=test). With
 * `demo`, the database holds the demo town: on SQLite a copy of the one the global set-up seeded,
 * on MongoDB seeded here.
 */
export async function bootPayload({ demo = false }: { demo?: boolean } = {}): Promise<BootedPayload> {
  const db = throwAwayDatabase()
  const template = demo && db.url.startsWith('file:') ? process.env[DEMO_TEMPLATE_ENV] : undefined
  if (template) fs.cpSync(template, db.dir, { recursive: true })
  process.env.DATABASE_URL = db.url
  process.env.UPLOADS_DIR = path.join(db.dir, 'uploads')
  const { default: config } = await import('../../src/payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  if (demo && !template) {
    const { seedDemo } = await import('../../src/seed/index')
    await seedDemo(payload)
  }
  return {
    payload,
    config,
    uploadsDir: process.env.UPLOADS_DIR,
    shutdown: async () => {
      if (db.url.startsWith('mongodb')) await emptyMongoDatabase(payload)
      await payload.destroy()
      db.cleanup()
    },
  }
}
