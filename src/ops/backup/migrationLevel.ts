import fs from 'node:fs'
import path from 'node:path'

import { BackupError } from './backupError.ts'

// The commands and the server run from the project folder (npm scripts, src/scripts/start.mjs).
const sqliteMigrationDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'src', 'migrations', 'sqlite')

/** The migrations this version of the portal knows, oldest first (their names start with the date). */
export function knownMigrations(dir = sqliteMigrationDir): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
    .map((name) => name.slice(0, -'.ts'.length))
    .sort()
}

/**
 * Whether this version can restore a database at `latestMigration`: refused when it names a
 * migration this version does not have (the archive comes from a newer portal); `pending` lists
 * the migrations the restored copy still needs (an older archive: restored, then migrated).
 */
export function checkMigrationLevel(latestMigration: string | null, archiveVersion: string, known = knownMigrations()): { pending: string[] } {
  // No migration recorded: a schema pushed in development or by the tests (DATABASE_PUSH), which
  // migrations cannot follow; it is restored as it is.
  if (latestMigration === null) return { pending: [] }
  const index = known.indexOf(latestMigration)
  if (index < 0) {
    throw new BackupError(
      `Cette sauvegarde vient d'une version plus récente du portail (version ${archiveVersion}, migration « ${latestMigration} » inconnue de cette version). ` +
        "Mettez d'abord le portail à jour, puis restaurez-la. Rien n'a été écrit.",
    )
  }
  return { pending: known.slice(index + 1) }
}
