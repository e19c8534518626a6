/**
 * The MongoDB part of `npm run backup` / `npm run restore` (issue 18, decision 0072): the database
 * read and written through the driver, one canonical Extended JSON document per line.
 */
import { collectionsToRead } from './mongoCatalog.ts'
import { withMongoDatabase } from './mongoConnection.ts'

export { dumpMongoDatabase } from './mongoDump.ts'
export { restoreMongoDatabase } from './mongoRestore.ts'

export interface DatabaseDumpResult {
  /** documents per collection, as written */
  counts: Record<string, number>
  /** name of the latest applied Payload migration (collection 'payload-migrations'), or null */
  latestMigration: string | null
  /** the files written, relative to outDir */
  files: string[]
}

export interface KnownCollections {
  /**
   * The collections the application uses (payloadMongoCollectionNames), read only when the server
   * cannot list its own — the npm test server has no listCollections (decision 0004). A real
   * MongoDB lists them itself, and then this is ignored; without either, a French refusal.
   */
  collections?: string[]
}

export interface DumpOptions extends KnownCollections {
  onProgress?: (collection: string, done: number, total: number) => void
  /** a French line for the operator: what this dump could not guarantee (no snapshot, collections not listed) */
  onNote?: (frenchLine: string) => void
}

export interface RestoreOptions {
  replace: boolean
  onProgress?: (collection: string, done: number, total: number) => void
}

/** documents per collection now in the database at url (system collections excluded) */
export async function countMongoDatabase(url: string, options: KnownCollections = {}): Promise<Record<string, number>> {
  return withMongoDatabase(url, async (db) => {
    const { names } = await collectionsToRead(db, options.collections)
    const counts: Record<string, number> = {}
    for (const name of names) counts[name] = await db.collection(name).countDocuments({})
    return counts
  })
}

/** True when the database holds no document at all (restore refuses a non-empty target unless replace). */
export async function isMongoDatabaseEmpty(url: string, options: KnownCollections = {}): Promise<boolean> {
  return withMongoDatabase(url, async (db) => {
    const { names } = await collectionsToRead(db, options.collections)
    for (const name of names) if (await db.collection(name).findOne({}, { projection: { _id: 1 } })) return false
    return true
  })
}
