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

/** Where the int global set-up leaves an empty SQLite database with the schema already pushed. */
export const SCHEMA_TEMPLATE_ENV = 'INT_SCHEMA_DATABASE_DIR'

/**
 * Prepared once, in a process of its own (`payload run`): an empty SQLite database with the schema
 * pushed, and one holding the demo town (seedDemo). Returns both folders.
 */
export function prepareTemplates(): { schemaDir: string; demoDir: string; cleanup: () => void } {
  const demo = throwAwayDatabase(null)
  const schema = throwAwayDatabase(null)
  const result = spawnSync(path.resolve('node_modules/.bin/payload'), ['run', 'test/helpers/prepareDemoDatabase.ts', schema.dir], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_PUSH: 'true', // schema pushed, as in every suite (whatever a developer's .env says)
      DATABASE_URL: demo.url,
      UPLOADS_DIR: path.join(demo.dir, 'uploads'),
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'test-secret-not-for-production-0123456789',
      NODE_OPTIONS: '--no-deprecation --conditions=production',
    },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`preparing the test databases failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  return { schemaDir: schema.dir, demoDir: demo.dir, cleanup: () => (demo.cleanup(), schema.cleanup()) }
}

/**
 * The real Payload, booted on a throw-away database (schema pushed, as NODE_ENV=test). With
 * `demo`, the database holds the demo town. On SQLite the suite starts from a copy of what the
 * global set-up prepared (schema only, or the demo town), so nothing is pushed or seeded again;
 * on MongoDB (no schema to push) the town is seeded here. `unmigrated`: an empty SQLite file and
 * no push, for a suite that applies the committed migrations itself.
 */
export async function bootPayload({ demo = false, unmigrated = false }: { demo?: boolean; unmigrated?: boolean } = {}): Promise<BootedPayload> {
  const db = throwAwayDatabase()
  const template = db.url.startsWith('file:') && !unmigrated ? process.env[demo ? DEMO_TEMPLATE_ENV : SCHEMA_TEMPLATE_ENV] : undefined
  if (template) fs.cpSync(template, db.dir, { recursive: true })
  process.env.DATABASE_URL = db.url
  process.env.UPLOADS_DIR = path.join(db.dir, 'uploads')
  // A copy has the schema already, `unmigrated` wants none: no push (the config imported below reads this).
  process.env.DATABASE_PUSH = template || unmigrated ? 'false' : 'true'
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
