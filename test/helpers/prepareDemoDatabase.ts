/*
 * Run once per jest run by the integration suites' global set-ups:
 * `payload run test/helpers/prepareDemoDatabase.ts [schema-only copy dir]` on DATABASE_URL and
 * UPLOADS_DIR. On SQLite the schema is pushed as in the tests and the empty database copied to the
 * given folder; then, on either database, the demo town is seeded (seedDemo). Suites copy one or
 * the other (bootPayload) instead of pushing and seeding again.
 */
import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import config from '../../src/payload.config'
import { seedDemo } from '../../src/seed/index'

const schemaOnlyDir = process.argv.slice(2).filter((a) => a !== '--')[0]
const payload = await getPayload({ config })
const databaseUrl = process.env.DATABASE_URL ?? ''
if (databaseUrl.startsWith('file:') && schemaOnlyDir) {
  const file = databaseUrl.replace(/^file:/, '')
  // Everything in the main file before copying it (write-ahead log folded in).
  await (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  fs.mkdirSync(schemaOnlyDir, { recursive: true })
  fs.copyFileSync(file, path.join(schemaOnlyDir, path.basename(file)))
}
await seedDemo(payload)
await payload.destroy()
process.exit(0)
