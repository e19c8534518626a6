import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { BackupError } from './backupError.ts'

/** Payload's record of a schema pushed in development, not a migration. */
const PUSHED_SCHEMA_MARK = 'dev'

function open(file: string) {
  return createClient({ url: `file:${path.resolve(file)}` })
}

/**
 * A consistent copy of a live SQLite database with `VACUUM INTO`: one read transaction, so the
 * copy is the database as committed at that instant, while the portal goes on reading and writing
 * (WAL). Never a file copy, which could catch a half-written page. Returns the instant taken just
 * before the copy started: every write acknowledged before it is in the copy.
 */
export async function snapshotSqlite(databaseFile: string, outFile: string): Promise<{ snapshotAt: Date }> {
  if (!fs.existsSync(databaseFile)) throw new BackupError(`Base de données introuvable : ${databaseFile}. Vérifiez DATABASE_URL.`)
  const client = open(databaseFile)
  try {
    await client.execute('PRAGMA busy_timeout = 10000')
    const snapshotAt = new Date()
    await client.execute({ sql: 'VACUUM INTO ?', args: [path.resolve(outFile)] })
    return { snapshotAt }
  } finally {
    client.close()
  }
}

export interface SqliteDescription {
  /** Rows per table (Payload's collections, their relations and versions, its own tables) */
  counts: Record<string, number>
  latestMigration: string | null
}

/** Row counts per table and the latest applied migration of a SQLite file (a snapshot or a restored copy). */
export async function describeSqlite(file: string): Promise<SqliteDescription> {
  const client = open(file)
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    const counts: Record<string, number> = {}
    for (const row of tables.rows) {
      const name = String(row.name)
      const result = await client.execute(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`)
      counts[name] = Number(result.rows[0].n)
    }
    let latestMigration: string | null = null
    if ('payload_migrations' in counts) {
      const result = await client.execute({ sql: 'SELECT max(name) AS name FROM payload_migrations WHERE name <> ?', args: [PUSHED_SCHEMA_MARK] })
      latestMigration = (result.rows[0]?.name as string | null) ?? null
    }
    return { counts, latestMigration }
  } finally {
    client.close()
  }
}

/** The SQLite files of a database: the file, and its write-ahead log and shared-memory index. */
export const sqliteFiles = (file: string): string[] => [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]
