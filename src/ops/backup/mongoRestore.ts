import fs from 'node:fs'
import path from 'node:path'

import { type Db, type Document, MongoServerError } from 'mongodb'

import { BackupError } from './backupError.ts'
import { collectionOfDocumentsFile, documentsFile, indexesFile, listCollectionNames } from './mongoCatalog.ts'
import { describeMongoUrl, isCommandNotFound, withMongoDatabase } from './mongoConnection.ts'
import type { RestoreOptions } from './mongoDatabase.ts'
import { countDocumentLines, documentBatches, fromEjsonText } from './mongoEjsonLines.ts'

const NAMESPACE_NOT_FOUND = 26
const NAMESPACE_EXISTS = 48
const DUPLICATE_KEY = 11000

/** The collections a dump folder holds, each with its documents and its indexes, sorted. */
function dumpedCollections(inDir: string): string[] {
  if (!fs.existsSync(inDir) || !fs.statSync(inDir).isDirectory()) throw new BackupError(`Dossier de sauvegarde MongoDB introuvable : ${inDir}`)
  const names = fs
    .readdirSync(inDir)
    .map(collectionOfDocumentsFile)
    .filter((name): name is string => name !== null)
    .sort()
  for (const name of names) {
    if (!fs.existsSync(path.join(inDir, indexesFile(name))))
      throw new BackupError(`Sauvegarde incomplète : les index de la collection « ${name} » (${indexesFile(name)}) manquent.`)
  }
  return names
}

function dumpedIndexes(inDir: string, name: string): Document[] {
  const file = indexesFile(name)
  let indexes: unknown
  try {
    indexes = fromEjsonText(fs.readFileSync(path.join(inDir, file), 'utf8'))
  } catch (error) {
    throw new BackupError(`Fichier d’index illisible (${file}) : ${(error as Error).message}`)
  }
  if (!Array.isArray(indexes)) throw new BackupError(`Fichier d’index illisible (${file}) : une liste d’index est attendue.`)
  return indexes as Document[]
}

/** The collections among `names` that hold documents, with how many. */
async function occupiedCollections(db: Db, names: string[]): Promise<Array<{ name: string; count: number }>> {
  const occupied: Array<{ name: string; count: number }> = []
  for (const name of names) {
    const count = await db.collection(name).countDocuments({})
    if (count > 0) occupied.push({ name, count })
  }
  return occupied
}

/**
 * Drops the collections (their indexes with them, as mongorestore --drop); on a server without
 * `drop` (the npm test server) empties them instead.
 */
async function clearCollections(db: Db, names: string[]): Promise<void> {
  let canDrop = true
  for (const name of names) {
    if (canDrop) {
      try {
        await db.collection(name).drop()
        continue
      } catch (error) {
        if (error instanceof MongoServerError && error.code === NAMESPACE_NOT_FOUND) continue
        if (!isCommandNotFound(error)) throw error
        canDrop = false
      }
    }
    await db.collection(name).deleteMany({})
  }
}

/** Creates the collection, so an empty one exists again; a server without `create` makes it on first write. */
async function createCollection(db: Db, name: string): Promise<void> {
  try {
    await db.createCollection(name)
  } catch (error) {
    if (error instanceof MongoServerError && error.code === NAMESPACE_EXISTS) return
    if (!isCommandNotFound(error)) throw error
  }
}

/** Every index but _id's, as listIndexes gave it (the namespace left out: it names the source database). */
async function recreateIndexes(db: Db, name: string, indexes: Document[]): Promise<void> {
  const specs = indexes.filter((index) => index.name !== '_id_').map(({ ns: _ns, ...spec }) => spec)
  if (specs.length === 0) return
  try {
    await db.command({ createIndexes: name, indexes: specs })
  } catch (error) {
    throw new BackupError(`Impossible de recréer les index de la collection « ${name} » : ${(error as Error).message}`)
  }
}

/** Inserts the documents in batches, in order: a duplicate stops the restore loudly, none is skipped. */
async function insertDocuments(db: Db, name: string, file: string, onProgress: RestoreOptions['onProgress']): Promise<void> {
  const total = await countDocumentLines(file)
  onProgress?.(name, 0, total)
  let done = 0
  for await (const batch of documentBatches(file)) {
    try {
      await db.collection(name).insertMany(batch, { ordered: true })
    } catch (error) {
      const duplicate = (error as { code?: number }).code === DUPLICATE_KEY
      throw new BackupError(
        `Restauration de la collection « ${name} » interrompue après ${done} documents : ` +
          `${duplicate ? 'un document en double sur un index unique' : 'écriture refusée'} (${(error as Error).message}).`,
      )
    }
    done += batch.length
    onProgress?.(name, done, total)
  }
}

const listOccupied = (occupied: Array<{ name: string; count: number }>) =>
  occupied
    .slice(0, 5)
    .map(({ name, count }) => `${name} : ${count} document${count > 1 ? 's' : ''}`)
    .join(', ') + (occupied.length > 5 ? ', …' : '')

/**
 * Restores a dump into the database at `url`. A database holding any document is refused unless
 * `replace`: then every collection there (listed by the server, and those of the dump) is cleared
 * first. Indexes come before documents, so unique ones hold while inserting.
 */
export async function restoreMongoDatabase(url: string, inDir: string, options: RestoreOptions): Promise<{ counts: Record<string, number> }> {
  const collections = dumpedCollections(inDir)
  const indexes = new Map(collections.map((name) => [name, dumpedIndexes(inDir, name)]))
  return withMongoDatabase(url, async (db) => {
    // A server that cannot list its collections (the npm test server) is checked on the dump's.
    const present = [...new Set([...((await listCollectionNames(db)) ?? []), ...collections])].sort()
    const occupied = await occupiedCollections(db, present)
    if (occupied.length > 0 && !options.replace)
      throw new BackupError(
        `La base MongoDB ${describeMongoUrl(url)} n’est pas vide (${listOccupied(occupied)}) : ` +
          'la restauration n’écrit que dans une base vide, ou remplace son contenu avec --remplacer.',
      )
    if (options.replace) await clearCollections(db, present)

    for (const name of collections) {
      await createCollection(db, name)
      await recreateIndexes(db, name, indexes.get(name)!)
      await insertDocuments(db, name, path.join(inDir, documentsFile(name)), options.onProgress)
    }
    const counts: Record<string, number> = {}
    for (const name of collections) counts[name] = await db.collection(name).countDocuments({})
    return { counts }
  })
}
