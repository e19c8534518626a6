import type { Db } from 'mongodb'

import { BackupError } from './backupError.ts'
import { isCommandNotFound } from './mongoConnection.ts'

/**
 * The database's collections, sorted — views and `system.*` collections left out (Payload uses
 * neither) — or null when the server cannot list them (jongodb has no listCollections).
 */
export async function listCollectionNames(db: Db): Promise<string[] | null> {
  try {
    const listed = await db.listCollections({ type: 'collection' }, { nameOnly: true }).toArray()
    return listed.map((c) => c.name).filter((name) => !name.startsWith('system.')).sort()
  } catch (error) {
    if (isCommandNotFound(error)) return null
    throw error
  }
}

/**
 * The collections to read: those the server lists; on a server that cannot list them, the names
 * the application gave (`known`), else a French refusal — never a silently empty answer.
 */
export async function collectionsToRead(db: Db, known: string[] | undefined): Promise<{ names: string[]; listedByServer: boolean }> {
  const listed = await listCollectionNames(db)
  if (listed) return { names: listed, listedByServer: true }
  if (known) return { names: [...new Set(known)].sort(), listedByServer: false }
  throw new BackupError(
    'Ce serveur MongoDB ne sait pas lister ses collections (commande listCollections absente) : ' +
      'donnez la liste des collections de l’application (option collections).',
  )
}

/** Names of the files of one collection in a dump folder (encoded: a collection name may hold any character but NUL and $). */
export const documentsFile = (collection: string): string => `${encodeURIComponent(collection)}.jsonl`
export const indexesFile = (collection: string): string => `${encodeURIComponent(collection)}.indexes.json`

/** The collection a dump file holds the documents of, or null for any other file. */
export function collectionOfDocumentsFile(file: string): string | null {
  return file.endsWith('.jsonl') ? decodeURIComponent(file.slice(0, -'.jsonl'.length)) : null
}
