import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { parseDatabaseUrl } from '../../db/parseDatabaseUrl.ts'
import { extractArchive } from './archiveReader.ts'
import { BackupError } from './backupError.ts'
import type { BackupManifest } from './manifest.ts'
import { checkMigrationLevel } from './migrationLevel.ts'
import { describeSqlite, sqliteFiles } from './sqliteDatabase.ts'
import { listFiles } from './uploadsTree.ts'

export interface RestoreOptions {
  archive: string
  databaseUrl: string | undefined
  uploadsDir: string
  /** Restore over existing data, which is first set aside (SQLite) or emptied (MongoDB) */
  replace: boolean
  log?: (line: string) => void
  /** MongoDB: the application's collections, for a server that cannot list its own (decision 0072) */
  mongoCollections?: string[]
}

export interface RestoreResult {
  manifest: BackupManifest
  /** Counts of the restored database, to print beside the manifest's */
  restoredCounts: Record<string, number>
  /** Migrations the restored copy still needs (an archive from an older version) */
  pendingMigrations: string[]
  /** Where existing data was set aside (--remplacer on SQLite) */
  setAside: string[]
}

const hasFiles = (dir: string) => listFiles(dir).length > 0

/** A rename, or a copy then delete when the two paths are on different disks. */
function move(from: string, to: string) {
  try {
    fs.renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    fs.cpSync(from, to, { recursive: true, preserveTimestamps: true })
    fs.rmSync(from, { recursive: true, force: true })
  }
}
const isNonEmptyFile = (file: string) => fs.existsSync(file) && fs.statSync(file).size > 0

/**
 * Restores an archive: unpacked and checked whole in a staging folder first (checksums, format,
 * migration level, kind of database), and only then moved into place — a bad archive leaves the
 * target as it was. Never over existing data unless `replace`.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const log = options.log ?? (() => {})
  const database = parseDatabaseUrl(options.databaseUrl)
  const uploadsDir = path.resolve(options.uploadsDir)
  if (!fs.existsSync(options.archive) || !fs.statSync(options.archive).isFile()) throw new BackupError(`Archive introuvable : ${options.archive}`)

  let databaseFile: string | null = null
  if (database.kind === 'sqlite') {
    if (!database.filePath) throw new BackupError('DATABASE_URL désigne une base SQLite en mémoire : indiquez un fichier (file:./data/portail.db).')
    databaseFile = path.resolve(database.filePath)
  }

  // Refuse a live target before reading anything.
  const occupied: string[] = []
  if (databaseFile && sqliteFiles(databaseFile).some(isNonEmptyFile)) occupied.push(`la base ${databaseFile}`)
  if (database.kind === 'mongodb') {
    const { isMongoDatabaseEmpty } = await import('./mongoDatabase.ts')
    if (!(await isMongoDatabaseEmpty(database.url, { collections: options.mongoCollections }))) occupied.push('la base MongoDB')
  }
  if (hasFiles(uploadsDir)) occupied.push(`le dossier des fichiers ${uploadsDir}`)
  if (occupied.length && !options.replace) {
    throw new BackupError(
      `Restauration refusée : ${occupied.join(' et ')} ne ${occupied.length > 1 ? 'sont' : 'est'} pas vide${occupied.length > 1 ? 's' : ''}. ` +
        "Restaurez dans un dossier de données vide, ou arrêtez le portail et relancez avec --remplacer (les données actuelles seront mises de côté). Rien n'a été écrit.",
    )
  }

  // Staging beside the target, so that moving into place is a rename on the same disk.
  const parent = path.dirname(databaseFile ?? uploadsDir)
  const createdParent = !fs.existsSync(parent)
  fs.mkdirSync(parent, { recursive: true })
  const staging = path.join(parent, `.restauration-${crypto.randomBytes(4).toString('hex')}`)
  fs.mkdirSync(staging, { mode: 0o700 })
  try {
    log('Lecture et vérification de l’archive…')
    const manifest = await extractArchive(options.archive, staging)
    log(`Archive vérifiée : ${manifest.files.length} fichiers, sauvegarde du ${manifest.snapshotAt} (version ${manifest.app.version}).`)
    if (manifest.database.kind !== database.kind) {
      throw new BackupError(
        `Cette sauvegarde contient une base ${manifest.database.kind === 'sqlite' ? 'SQLite' : 'MongoDB'}, mais DATABASE_URL désigne une base ${database.kind === 'sqlite' ? 'SQLite' : 'MongoDB'}. Rien n'a été écrit.`,
      )
    }
    const { pending } = database.kind === 'sqlite' ? checkMigrationLevel(manifest.database.latestMigration, manifest.app.version) : { pending: [] as string[] }

    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const setAside: string[] = []
    const moveAside = (current: string) => {
      if (!fs.existsSync(current)) return
      const aside = `${current}.avant-restauration-${stamp}`
      move(current, aside)
      setAside.push(aside)
    }

    let restoredCounts: Record<string, number>
    if (databaseFile) {
      for (const file of sqliteFiles(databaseFile)) moveAside(file)
      move(path.join(staging, 'database', 'portail.db'), databaseFile)
      restoredCounts = (await describeSqlite(databaseFile)).counts
    } else {
      const { restoreMongoDatabase } = await import('./mongoDatabase.ts')
      log('Import des collections MongoDB…')
      restoredCounts = (await restoreMongoDatabase(database.url, path.join(staging, 'database'), { replace: options.replace })).counts
    }
    if (hasFiles(uploadsDir)) moveAside(uploadsDir)
    else fs.rmSync(uploadsDir, { recursive: true, force: true })
    const stagedUploads = path.join(staging, 'uploads')
    fs.mkdirSync(path.dirname(uploadsDir), { recursive: true })
    if (fs.existsSync(stagedUploads)) move(stagedUploads, uploadsDir)
    else fs.mkdirSync(uploadsDir)
    for (const aside of setAside) log(`Données précédentes mises de côté : ${aside}`)
    return { manifest, restoredCounts, pendingMigrations: pending, setAside }
  } catch (error) {
    if (createdParent) fs.rmSync(parent, { recursive: true, force: true })
    throw error
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
