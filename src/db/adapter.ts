import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { DatabaseAdapterObj } from 'payload'

import { parseDatabaseUrl } from './parseDatabaseUrl'

const dirname = path.dirname(fileURLToPath(import.meta.url))
export const sqliteMigrationDir = path.resolve(dirname, '../migrations/sqlite')

/**
 * The Payload database adapter selected by the connection string. Schema push is off unless
 * asked for (tests, or DATABASE_PUSH=true while iterating): the committed migrations are the
 * schema everywhere else, so development and production never drift apart. Only the chosen
 * adapter is loaded (~0.3 s each, in every process and test suite that loads the config).
 */
export async function databaseAdapter(rawUrl: string | undefined): Promise<DatabaseAdapterObj> {
  const choice = parseDatabaseUrl(rawUrl)
  if (choice.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({
      url: choice.url,
      // Fail fast when no server answers; build indexes (unique slugs) at init, loudly.
      connectOptions: { serverSelectionTimeoutMS: 5000, autoCreate: false },
      ensureIndexes: true,
    })
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  if (choice.filePath) fs.mkdirSync(path.dirname(path.resolve(choice.filePath)), { recursive: true })
  return sqliteAdapter({
    client: { url: choice.url },
    migrationDir: sqliteMigrationDir,
    push: process.env.DATABASE_PUSH === 'true' || (process.env.DATABASE_PUSH !== 'false' && process.env.NODE_ENV === 'test'),
    // Write-ahead log: readers never wait for the writer, one fsync per commit. synchronous=FULL
    // keeps every acknowledged request on disk even after a power cut (NORMAL could lose the last ones).
    ...(choice.filePath ? { wal: { synchronous: 'FULL' as const, journalSizeLimit: 64 * 1024 * 1024 }, busyTimeout: 5000 } : {}),
  })
}
