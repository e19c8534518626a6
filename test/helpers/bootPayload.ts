import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { copyMongoTemplate, DEMO_TEMPLATE_ENV, MONGODB_DEMO_TEMPLATE_ENV, mongoCollections, SCHEMA_TEMPLATE_ENV, waitForTemplate } from './databaseTemplates'
import { throwAwayDatabase } from './testDatabase'

export interface BootedPayload {
  payload: Payload
  config: Awaited<typeof import('../../src/payload.config')>['default']
  uploadsDir: string
  shutdown: () => Promise<void>
}

/**
 * Empties the suite's own MongoDB database. `deleteMany` on each of its collections, not
 * `dropDatabase`: the protocol's test server (jongodb) has no dropDatabase (decision 0004).
 */
async function emptyMongoDatabase(payload: Payload): Promise<void> {
  for (const collection of mongoCollections(payload)) await collection.deleteMany({})
}

/** The template this suite starts from (test/helpers/databaseTemplates.ts), if its global set-up prepared one. */
function templateFor(onSqlite: boolean, demo: boolean, unmigrated: boolean): string | undefined {
  if (onSqlite) return unmigrated ? undefined : process.env[demo ? DEMO_TEMPLATE_ENV : SCHEMA_TEMPLATE_ENV]
  return demo ? process.env[MONGODB_DEMO_TEMPLATE_ENV] : undefined
}

/**
 * The real Payload, booted on a throw-away database (schema pushed, as NODE_ENV=test). With
 * `demo`, the database holds the demo town. The suite starts from a copy of what the global
 * set-up prepared — on SQLite the schema only or the demo town (nothing pushed or seeded again),
 * on MongoDB (no schema to push) the demo town — or, without that set-up, pushes and seeds here.
 * `unmigrated`: an empty SQLite file and no push, for a suite that applies the committed
 * migrations itself.
 */
export async function bootPayload({ demo = false, unmigrated = false }: { demo?: boolean; unmigrated?: boolean } = {}): Promise<BootedPayload> {
  const db = throwAwayDatabase()
  const onSqlite = db.url.startsWith('file:')
  const template = templateFor(onSqlite, demo, unmigrated)
  if (template) {
    await waitForTemplate(template)
    fs.cpSync(template, db.dir, { recursive: true })
  }
  process.env.DATABASE_URL = db.url
  process.env.UPLOADS_DIR = path.join(db.dir, 'uploads')
  // A SQLite copy has the schema already, `unmigrated` wants none: no push (the config imported below reads this).
  process.env.DATABASE_PUSH = (onSqlite && template) || unmigrated ? 'false' : 'true'
  const { default: config } = await import('../../src/payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  if (demo && template && !onSqlite) await copyMongoTemplate(payload, template)
  else if (demo && !template) {
    const { seedDemo } = await import('../../src/seed/index')
    await seedDemo(payload)
  }
  return {
    payload,
    config,
    uploadsDir: process.env.UPLOADS_DIR,
    shutdown: async () => {
      if (!onSqlite) await emptyMongoDatabase(payload)
      await payload.destroy()
      db.cleanup()
    },
  }
}
