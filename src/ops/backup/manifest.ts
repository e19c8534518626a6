import { BackupError } from './backupError.ts'

export const MANIFEST_NAME = 'manifest.json'
export const ARCHIVE_FORMAT = 'portail-citoyen-sauvegarde'
/** Raised when the archive's layout changes; an archive of a higher format is refused. */
export const ARCHIVE_FORMAT_VERSION = 1

export interface ArchivedFile {
  /** Path inside the archive: database/… or uploads/… */
  path: string
  size: number
  sha256: string
}

export interface BackupManifest {
  format: typeof ARCHIVE_FORMAT
  formatVersion: number
  /** When the command started, and the instant of the database snapshot (ISO 8601, UTC). */
  createdAt: string
  snapshotAt: string
  app: { name: string; version: string }
  database: {
    kind: 'sqlite' | 'mongodb'
    /** The latest applied Payload migration, null when none was recorded. */
    latestMigration: string | null
    /** Rows (SQLite tables) or documents (MongoDB collections) in the snapshot. */
    counts: Record<string, number>
  }
  uploads: { files: number; bytes: number }
  files: ArchivedFile[]
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The manifest read back from an archive, checked field by field; a French refusal otherwise. */
export function parseManifest(text: string): BackupManifest {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new BackupError("Le manifeste de l'archive est illisible : ce n'est pas une sauvegarde du portail, ou elle est endommagée.")
  }
  if (!isRecord(value) || value.format !== ARCHIVE_FORMAT) {
    throw new BackupError("Ce fichier n'est pas une sauvegarde du Portail citoyen (manifeste inconnu).")
  }
  if (typeof value.formatVersion !== 'number' || value.formatVersion > ARCHIVE_FORMAT_VERSION) {
    throw new BackupError(
      `Cette sauvegarde a été faite par une version plus récente du portail (format ${String(value.formatVersion)}, cette version lit le format ${ARCHIVE_FORMAT_VERSION}). Mettez le portail à jour, puis restaurez-la.`,
    )
  }
  const database = value.database
  const files = value.files
  const ok =
    typeof value.createdAt === 'string' &&
    typeof value.snapshotAt === 'string' &&
    isRecord(value.app) &&
    isRecord(database) &&
    (database.kind === 'sqlite' || database.kind === 'mongodb') &&
    (database.latestMigration === null || typeof database.latestMigration === 'string') &&
    isRecord(database.counts) &&
    Object.values(database.counts).every((n) => Number.isInteger(n)) &&
    Array.isArray(files) &&
    files.every((f) => isRecord(f) && typeof f.path === 'string' && Number.isInteger(f.size) && typeof f.sha256 === 'string' && /^[0-9a-f]{64}$/.test(f.sha256))
  if (!ok) throw new BackupError("Le manifeste de l'archive est incomplet : ce n'est pas une sauvegarde du portail, ou elle est endommagée.")
  return value as unknown as BackupManifest
}
