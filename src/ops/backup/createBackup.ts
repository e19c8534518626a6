import fs from 'node:fs'
import path from 'node:path'

import { parseDatabaseUrl } from '../../db/parseDatabaseUrl.ts'
import { appVersion } from './appVersion.ts'
import { type ArchiveSource, writeArchive } from './archiveWriter.ts'
import { BackupError } from './backupError.ts'
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, type BackupManifest } from './manifest.ts'
import { archiveName, archivesToDelete } from './rotation.ts'
import { describeSqlite, snapshotSqlite } from './sqliteDatabase.ts'
import { listFiles } from './uploadsTree.ts'

export interface BackupOptions {
  databaseUrl: string | undefined
  uploadsDir: string
  /** The folder that receives the archive (created if needed) */
  outDir: string
  /** Rotation after the archive is written; none when absent */
  keep?: { daily: number; monthly: number }
  /** One French line per step */
  log?: (line: string) => void
  /** Progress of the longer steps */
  progress?: (label: string, done: number, total: number) => void
  /** MongoDB: the application's collections, for a server that cannot list its own (decision 0072) */
  mongoCollections?: string[]
}

export interface BackupResult {
  archive: string
  manifest: BackupManifest
  deleted: string[]
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`

/**
 * One consistent archive of the portal while it serves: the database snapshot first, then the
 * uploads complete by then (written before their database rows, so every file a snapshotted row
 * names is there), then the manifest. Staged in a hidden folder of the backup folder, removed at the end.
 */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const log = options.log ?? (() => {})
  const database = parseDatabaseUrl(options.databaseUrl)
  const createdAt = new Date()
  fs.mkdirSync(options.outDir, { recursive: true, mode: 0o700 })
  const staging = fs.mkdtempSync(path.join(options.outDir, '.en-cours-'))
  try {
    const sources: ArchiveSource[] = []
    let snapshotAt: Date
    let description: { counts: Record<string, number>; latestMigration: string | null }
    if (database.kind === 'sqlite') {
      if (!database.filePath) throw new BackupError('La base SQLite est en mémoire : il n’y a rien à sauvegarder sur disque.')
      log('Copie cohérente de la base SQLite (VACUUM INTO)…')
      const snapshot = path.join(staging, 'portail.db')
      ;({ snapshotAt } = await snapshotSqlite(database.filePath, snapshot))
      description = await describeSqlite(snapshot)
      sources.push({ path: 'database/portail.db', file: snapshot })
      log(`Base copiée : ${megabytes(fs.statSync(snapshot).size)}, migration ${description.latestMigration ?? 'aucune'}.`)
    } else {
      const { dumpMongoDatabase } = await import('./mongoDatabase.ts')
      log('Export de la base MongoDB (JSON étendu)…')
      const dumpDir = path.join(staging, 'database')
      snapshotAt = new Date()
      const dump = await dumpMongoDatabase(database.url, dumpDir, {
        onProgress: (collection, done, total) => options.progress?.(`Collection ${collection}`, done, total),
        onNote: log,
        collections: options.mongoCollections,
      })
      description = { counts: dump.counts, latestMigration: dump.latestMigration }
      for (const file of dump.files) sources.push({ path: `database/${file}`, file: path.join(dumpDir, file) })
      log(`Base exportée : ${Object.keys(dump.counts).length} collections.`)
    }

    // Files last written before the database was read through: complete ones (Payload writes a file
    // before the row that names it, so every file a copied row names is among them). A file still
    // being written, or written later, belongs to no copied row and would be caught half-written.
    const databaseReadAt = Date.now()
    let later = 0
    for (const relative of listFiles(options.uploadsDir)) {
      const file = path.join(options.uploadsDir, ...relative.split('/'))
      const stat = fs.statSync(file, { throwIfNoEntry: false })
      if (!stat) continue
      if (stat.mtimeMs >= databaseReadAt) later++
      else sources.push({ path: `uploads/${relative}`, file })
    }
    log(`Fichiers téléversés : ${sources.filter((source) => source.path.startsWith('uploads/')).length}${later ? ` (${later} écrits après la copie de la base, laissés pour la prochaine sauvegarde)` : ''}.`)

    const target = path.join(options.outDir, archiveName(createdAt))
    if (fs.existsSync(target)) throw new BackupError(`Une archive de ce nom existe déjà : ${target}. Réessayez dans une seconde.`)
    const manifest = await writeArchive(
      target,
      sources,
      (files) => {
        const uploaded = files.filter((file) => file.path.startsWith('uploads/'))
        return {
          format: ARCHIVE_FORMAT,
          formatVersion: ARCHIVE_FORMAT_VERSION,
          createdAt: createdAt.toISOString(),
          snapshotAt: snapshotAt.toISOString(),
          app: appVersion(),
          database: { kind: database.kind, latestMigration: description.latestMigration, counts: description.counts },
          uploads: { files: uploaded.length, bytes: uploaded.reduce((sum, file) => sum + file.size, 0) },
          files,
        }
      },
      (done, total) => options.progress?.('Archivage', done, total),
    )
    log(`Archive écrite : ${target} (${megabytes(fs.statSync(target).size)}).`)
    const deleted = options.keep ? rotate(options.outDir, options.keep) : []
    if (deleted.length) log(`Rotation : ${deleted.length} archive(s) ancienne(s) supprimée(s).`)
    return { archive: target, manifest, deleted }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/** Deletes the archives rotation does not keep, and partial ones left by an interrupted run (older than a day). */
function rotate(outDir: string, keep: { daily: number; monthly: number }): string[] {
  const names = fs.readdirSync(outDir)
  const deleted = archivesToDelete(names, keep)
  for (const name of deleted) fs.rmSync(path.join(outDir, name), { force: true })
  const dayAgo = Date.now() - 24 * 3600 * 1000
  for (const name of names) {
    if ((name.endsWith('.partial') || name.startsWith('.en-cours-')) && fs.statSync(path.join(outDir, name)).mtimeMs < dayAgo) {
      fs.rmSync(path.join(outDir, name), { recursive: true, force: true })
    }
  }
  return deleted
}
