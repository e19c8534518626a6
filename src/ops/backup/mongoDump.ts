import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { type ClientSession, type Db, type Document, MongoServerError } from 'mongodb'

import { BackupError } from './backupError.ts'
import { collectionsToRead, documentsFile, indexesFile } from './mongoCatalog.ts'
import { withMongoDatabase } from './mongoConnection.ts'
import type { DatabaseDumpResult, DumpOptions } from './mongoDatabase.ts'
import { EXACT_BSON_READ, toEjsonLine, toEjsonText } from './mongoEjsonLines.ts'

const MIGRATIONS = 'payload-migrations'
const SNAPSHOT_TOO_OLD = 239
const NAMESPACE_NOT_FOUND = 26
const PROGRESS_EVERY = 1000
const CHUNK_CHARS = 64 * 1024

const withoutSnapshot = (why: string, advice = '') =>
  `Sauvegarde MongoDB sans lecture instantanée (${why}) : les collections sont lues l’une après l’autre, ` +
  `une écriture faite pendant la sauvegarde peut n’apparaître que dans une partie d’entre elles.${advice ? ` ${advice}` : ''}`

/** Why this server cannot give snapshot reads (a standalone, MongoDB before 5.0) and what would, or null. */
async function whyNoSnapshot(db: Db): Promise<{ why: string; advice: string } | null> {
  const hello = await db.command({ hello: 1 })
  if (!hello.setName && hello.msg !== 'isdbgrid') return { why: 'serveur autonome, sans jeu de réplicas', advice: 'Un jeu de réplicas, même d’un seul nœud, donne une copie cohérente.' }
  if (Number(hello.maxWireVersion ?? 0) < 13) return { why: 'MongoDB antérieur à la version 5.0', advice: 'MongoDB 5.0 ou plus récent donne une copie cohérente.' }
  return null
}

/**
 * The instant a snapshot session reads at, once its first read answered: the driver keeps the
 * server's atClusterTime there (not in its typings, but the sessions specification's field).
 * Undefined after a read means the server ignored the snapshot.
 */
const snapshotTimeOf = (session: ClientSession): unknown => (session as unknown as { snapshotTime?: unknown }).snapshotTime

const asNumber = (value: unknown): number => {
  if (typeof value === 'number') return value
  if (value && typeof (value as { toNumber?: unknown }).toNumber === 'function') return (value as { toNumber: () => number }).toNumber()
  return Number((value as { valueOf?: () => unknown })?.valueOf?.())
}

/** The later of two payload-migrations documents, as Payload orders them (batch, then name); dev-mode entries (batch -1) never count. */
function laterMigration(current: { batch: number; name: string } | null, doc: Document) {
  const batch = asNumber(doc.batch)
  if (batch === -1 || Number.isNaN(batch) || typeof doc.name !== 'string') return current
  if (!current || batch > current.batch || (batch === current.batch && doc.name > current.name)) return { batch, name: doc.name }
  return current
}

/**
 * Reads the whole database in one snapshot session when the server gives one: every collection as
 * it was at the same instant while the portal keeps writing. The collections are listed first, and
 * each one's indexes before its documents, outside the session (those commands take no snapshot).
 */
export async function dumpMongoDatabase(url: string, outDir: string, options: DumpOptions = {}): Promise<DatabaseDumpResult> {
  const note = options.onNote ?? (() => {})
  return withMongoDatabase(url, async (db, client) => {
    const { names, listedByServer } = await collectionsToRead(db, options.collections)
    if (!listedByServer) note(`Ce serveur MongoDB ne sait pas lister ses collections : les ${names.length} collections connues de l’application sont sauvegardées.`)
    fs.mkdirSync(outDir, { recursive: true })
    const noSnapshot = await whyNoSnapshot(db)
    if (noSnapshot) note(withoutSnapshot(noSnapshot.why, noSnapshot.advice))
    let session: ClientSession | undefined = noSnapshot ? undefined : client.startSession({ snapshot: true })
    const result: DatabaseDumpResult = { counts: {}, latestMigration: null, files: [] }
    let latest: { batch: number; name: string } | null = null
    try {
      for (const name of names) {
        const collection = db.collection(name)
        fs.writeFileSync(path.join(outDir, indexesFile(name)), toEjsonText(await indexesOf(db, name)))
        result.files.push(indexesFile(name))

        let total: number
        if (session && snapshotTimeOf(session) === undefined) {
          // The session's first read fixes its instant; a server that answers without one (the
          // npm test server) ignores the snapshot: say so and read plainly.
          ;({ total, session } = await firstSnapshotRead(db, name, session, note))
        } else {
          total = await collection.countDocuments({}, { session })
        }
        options.onProgress?.(name, 0, total)
        let done = 0
        const cursor = collection.find({}, { session, sort: { _id: 1 }, ...EXACT_BSON_READ })
        async function* lines() {
          let chunk = ''
          for await (const doc of cursor) {
            chunk += toEjsonLine(doc)
            done++
            if (name === MIGRATIONS) latest = laterMigration(latest, doc)
            if (chunk.length >= CHUNK_CHARS) {
              yield chunk
              chunk = ''
            }
            if (done % PROGRESS_EVERY === 0) options.onProgress?.(name, done, total)
          }
          if (chunk) yield chunk
        }
        await pipeline(Readable.from(lines()), fs.createWriteStream(path.join(outDir, documentsFile(name))))
        result.files.push(documentsFile(name))
        result.counts[name] = done
        if (done % PROGRESS_EVERY !== 0) options.onProgress?.(name, done, total)
      }
    } catch (error) {
      if (error instanceof MongoServerError && error.code === SNAPSHOT_TOO_OLD)
        throw new BackupError(
          'La sauvegarde a duré plus longtemps que la lecture instantanée que garde le serveur MongoDB ' +
            '(paramètre minSnapshotHistoryWindowInSeconds, 300 s par défaut) : relancez-la, ou augmentez ce paramètre.',
        )
      throw error
    } finally {
      await session?.endSession()
    }
    result.latestMigration = (latest as { name: string } | null)?.name ?? null
    return result
  })
}

/** listIndexes, exact; a collection dropped since it was listed has none. */
async function indexesOf(db: Db, name: string): Promise<Document[]> {
  try {
    return await db.collection(name).listIndexes({ ...EXACT_BSON_READ }).toArray()
  } catch (error) {
    if (error instanceof MongoServerError && error.code === NAMESPACE_NOT_FOUND) return []
    throw error
  }
}

/**
 * The snapshot session's first read (a count). Returns the session to go on with, or none when the
 * server refused the snapshot or answered without fixing its instant — then with a note.
 */
async function firstSnapshotRead(db: Db, name: string, session: ClientSession, note: (line: string) => void) {
  const collection = db.collection(name)
  try {
    const total = await collection.countDocuments({}, { session })
    if (snapshotTimeOf(session) !== undefined) return { total, session }
    note(withoutSnapshot('le serveur n’a pas fixé d’instant de lecture'))
  } catch (error) {
    if (!(error instanceof MongoServerError)) throw error
    note(withoutSnapshot(`le serveur l’a refusée : ${error.message}`))
  }
  await session.endSession()
  return { total: await collection.countDocuments({}), session: undefined }
}
