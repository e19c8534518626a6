/**
 * Issue 18 (decision 0072): the MongoDB part of backup and restore, through the driver. A real
 * Payload on a throw-away MongoDB database holds the demo town plus content made through the Local
 * API; it is dumped, restored into fresh databases, and compared document by document in canonical
 * Extended JSON (exact BSON types) with its indexes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { Binary, BSON, BSONRegExp, type Db, Decimal128, type Document, Double, Int32, Long, MaxKey, MinKey, MongoClient, MongoServerError, ObjectId, Timestamp, UUID } from 'mongodb'
import type { Payload } from 'payload'

import { loadPublishedForm } from '../../src/forms/loadForm'
import { BackupError } from '../../src/ops/backup/backupError'
import { countMongoDatabase, dumpMongoDatabase, isMongoDatabaseEmpty, restoreMongoDatabase, type DatabaseDumpResult } from '../../src/ops/backup/mongoDatabase'
import { payloadMongoCollectionNames } from '../../src/ops/backup/mongoPayloadCollections'
import { submitForm } from '../../src/submissions/submit'
import { AIDE_CCAS_ANSWERS } from '../helpers/aideCcasAnswers'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { samplePdf, pngFile } from '../helpers/files'
import { testMongoUrl, throwAwayDatabase } from '../helpers/testDatabase'

const onMongo = Boolean(testMongoUrl())
const onTestServer = process.env.MONGODB_TEST_SERVER_KIND === 'jongodb'
// The MongoDB backup only exists on MongoDB: on SQLite this file is reported skipped, never passed.
const describeMongo = onMongo ? describe : describe.skip

/** Every BSON type a backup must keep exactly (raw driver: Payload writes only a few of them). */
const TYPES_COLLECTION = 'backup-types'
/** A collection big enough to be read in several batches while a writer adds to it. */
const LOAD_COLLECTION = 'backup-load'
const LOAD_DOCUMENTS = 3000
const ALL_TYPES = {
  _id: new ObjectId(),
  date: new Date('2026-03-14T09:26:53.589Z'),
  beforeEpoch: new Date('1901-05-06T00:00:00.000Z'),
  decimal: Decimal128.fromString('1234.5600'),
  int: new Int32(42),
  double: new Double(1),
  negativeZero: new Double(-0),
  long: Long.fromString('9007199254740993'),
  binary: new Binary(Buffer.from([0, 1, 2, 250, 255])),
  uuid: new UUID('0f8fad5b-d9cb-469f-a165-70867728950e').toBinary(),
  nested: [[1, [2, [3, []]]], [{ at: [new Date(0), null] }], []],
  text: 'ligne 1\nligne 2\r\n\u2028 fin — « é » 🏛️',
  regex: new BSONRegExp('^kerl', 'imx'),
  timestamp: new Timestamp({ t: 1_700_000_000, i: 7 }),
  min: new MinKey(),
  max: new MaxKey(),
  nothing: null,
  empty: {},
}

/** Every value as its BSON type (Int32, Double…), so that canonical EJSON tells 1 from 1.0. */
const EXACT = { promoteValues: false, promoteLongs: false, promoteBuffers: false, bsonRegExp: true } as const

async function withDb<T>(url: string, use: (db: Db) => Promise<T>): Promise<T> {
  const client = await MongoClient.connect(url, { serverSelectionTimeoutMS: 5000 })
  try {
    return await use(client.db())
  } finally {
    await client.close()
  }
}

/** Each collection's documents, in _id order, as canonical EJSON lines. */
const contents = (url: string, names: string[]) =>
  withDb(url, async (db) => {
    const all: Record<string, string[]> = {}
    for (const name of names) {
      const docs = await db.collection(name).find({}, { sort: { _id: 1 }, ...EXACT }).toArray()
      all[name] = docs.map((doc) => BSON.EJSON.stringify(doc, { relaxed: false }))
    }
    return all
  })

/** A collection's indexes; none when it does not exist (a real MongoDB refuses listIndexes then). */
async function listIndexes(db: Db, name: string): Promise<Document[]> {
  try {
    return await db.collection(name).listIndexes(EXACT).toArray()
  } catch (error) {
    if (error instanceof MongoServerError && error.code === 26) return []
    throw error
  }
}

/** Each collection's indexes, without the namespace (it names the database). */
const indexes = (url: string, names: string[]) =>
  withDb(url, async (db) => {
    const all: Record<string, string[]> = {}
    for (const name of names) {
      const list = await listIndexes(db, name)
      all[name] = list.map(({ ns: _ns, ...spec }: Document) => BSON.EJSON.stringify(spec, { relaxed: false })).sort()
    }
    return all
  })

const linesOf = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)

describeMongo('MongoDB backup and restore through the driver', () => {
  let booted: BootedPayload
  let payload: Payload
  let sourceUrl: string
  /** What the application uses, for a server that cannot list its collections (the npm test server). */
  let known: string[]
  let workDir: string
  const targets: string[] = []
  let dumpDir: string
  let dump: DatabaseDumpResult
  /** The collections dumped: those the server lists (a real MongoDB), else `known`. */
  let dumped: string[]
  const notes: string[] = []

  /** A fresh database on the same server, dropped (or emptied, on the test server) after the suite. */
  const freshDatabase = () => {
    const { url, cleanup } = throwAwayDatabase()
    cleanup()
    targets.push(url)
    return url
  }

  beforeAll(async () => {
    booted = await bootPayload({ demo: true })
    payload = booted.payload
    sourceUrl = process.env.DATABASE_URL!
    process.env.OUTBOX_DIR = `${booted.uploadsDir}/../outbox`
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-backup-mongodb-'))

    // Content as the portal makes it: a user, an upload, a citizen's request with its file, dates and relationships.
    await payload.create({ collection: 'users', data: { email: 'sauvegarde@test.kerlann.fr', password: 'Motdepasse-sauvegarde-1', name: 'Agent sauvegarde', role: 'admin' }, overrideAccess: true })
    await payload.create({ collection: 'media', data: { alt: 'Façade de la mairie' }, file: await pngFile('facade.png'), overrideAccess: true })
    const form = (await loadPublishedForm(payload, 'aide-ccas'))!
    const organisation = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
    const pdf = await samplePdf('Avis')
    const file = await payload.create({
      collection: 'submission-files',
      data: { organisation: organisation as never, fieldName: 'justificatifs', originalName: 'avis.pdf' },
      file: { data: pdf, mimetype: 'application/pdf', name: 'avis.pdf', size: pdf.length },
      overrideAccess: true,
    })
    await submitForm(payload, form, { ...AIDE_CCAS_ANSWERS, justificatifs: [{ id: file.id, filename: file.filename, mimeType: 'application/pdf', filesize: file.filesize }] })
    for (const [name, batch] of [['20260115_101500_initial', 1], ['20260302_080000_plu_revisions', 2], ['dev', -1], ['20260201_090000_directory', 2]] as const)
      await payload.create({ collection: 'payload-migrations', data: { name, batch }, overrideAccess: true })

    await withDb(sourceUrl, async (db) => {
      await db.collection(TYPES_COLLECTION).insertOne({ ...ALL_TYPES })
      await db.collection(LOAD_COLLECTION).createIndex({ serial: 1 }, { unique: true, name: 'serial_unique' })
      const padding = 'x'.repeat(200)
      for (let start = 0; start < LOAD_DOCUMENTS; start += 1000)
        await db.collection(LOAD_COLLECTION).insertMany(Array.from({ length: 1000 }, (_, i) => ({ serial: start + i, padding })))
    })
    known = [...payloadMongoCollectionNames(payload), TYPES_COLLECTION, LOAD_COLLECTION]

    dumpDir = path.join(workDir, 'dump')
    dump = await dumpMongoDatabase(sourceUrl, dumpDir, { collections: known, onNote: (line) => notes.push(line) })
    dumped = Object.keys(dump.counts)
  }, 300_000)

  afterAll(async () => {
    for (const url of targets)
      await withDb(url, async (db) => {
        try {
          await db.dropDatabase()
        } catch {
          for (const name of known) await db.collection(name).deleteMany({}) // no dropDatabase on the test server (decision 0004)
        }
      }).catch(() => {})
    await withDb(sourceUrl, (db) => Promise.all([TYPES_COLLECTION, LOAD_COLLECTION].map((name) => db.collection(name).deleteMany({})))).catch(() => {})
    await booted?.shutdown()
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
  })

  it('writes each collection as canonical EJSON lines with its indexes, counts what it wrote, and names the latest migration', async () => {
    if (onTestServer) expect([...dumped].sort()).toEqual([...known].sort())
    for (const name of [TYPES_COLLECTION, 'users', 'media', 'forms', 'procedures', 'submissions', 'submission-files', 'organisations']) expect(dump.counts[name]).toBeGreaterThan(0)
    expect(dump.counts[LOAD_COLLECTION]).toBe(LOAD_DOCUMENTS)
    expect(dump.counts).toEqual(await countMongoDatabase(sourceUrl, { collections: known }))
    expect([...dump.files].sort()).toEqual(fs.readdirSync(dumpDir).sort())
    for (const name of dumped) {
      const lines = linesOf(path.join(dumpDir, `${name}.jsonl`))
      expect(lines).toHaveLength(dump.counts[name]!)
      for (const line of lines) expect(() => BSON.EJSON.parse(line, { relaxed: false })).not.toThrow()
    }
    // Canonical, not relaxed: a double 1.0 stays a double, an int32 an int32.
    const [typesLine] = linesOf(path.join(dumpDir, `${TYPES_COLLECTION}.jsonl`))
    expect(typesLine).toContain('"double":{"$numberDouble":"1.0"}')
    expect(typesLine).toContain('"int":{"$numberInt":"42"}')
    expect(typesLine).toContain('"decimal":{"$numberDecimal":"1234.5600"}')
    const userIndexes = BSON.EJSON.parse(fs.readFileSync(path.join(dumpDir, 'users.indexes.json'), 'utf8')) as Document[]
    expect(userIndexes).toContainEqual(expect.objectContaining({ key: { email: 1 }, unique: true }))
    expect(dump.latestMigration).toBe('20260302_080000_plu_revisions')
    // The test server gives no snapshot reads: the dump says so rather than claiming a consistent copy.
    if (onTestServer) {
      expect(notes.some((line) => line.includes('sans lecture instantanée'))).toBe(true)
      // Without the application's list, a server that cannot list its collections is a refusal, never "empty".
      await expect(isMongoDatabaseEmpty(sourceUrl)).rejects.toThrow(/ne sait pas lister ses collections/)
    }
  })

  it('restores into an empty database: every document EJSON-equal, the same indexes, unique ones enforced', async () => {
    const target = freshDatabase()
    expect(await isMongoDatabaseEmpty(target, { collections: known })).toBe(true)
    const progress: Array<[string, number, number]> = []
    const { counts } = await restoreMongoDatabase(target, dumpDir, { replace: false, onProgress: (...step) => progress.push(step) })
    expect(counts).toEqual(dump.counts)
    expect(await isMongoDatabaseEmpty(target, { collections: known })).toBe(false)
    expect(progress).toContainEqual([LOAD_COLLECTION, LOAD_DOCUMENTS, LOAD_DOCUMENTS])

    const [source, restored] = await Promise.all([contents(sourceUrl, dumped), contents(target, dumped)])
    for (const name of dumped) expect({ name, docs: restored[name] }).toEqual({ name, docs: source[name] })
    expect(restored[TYPES_COLLECTION]).toEqual([BSON.EJSON.stringify(ALL_TYPES, { relaxed: false })])
    expect(await indexes(target, dumped)).toEqual(await indexes(sourceUrl, dumped))

    await withDb(target, async (db) => {
      const user = (await db.collection('users').findOne({ email: 'sauvegarde@test.kerlann.fr' }))!
      await expect(db.collection('users').insertOne({ ...user, _id: new ObjectId() })).rejects.toMatchObject({ code: 11000 })
      await expect(db.collection(LOAD_COLLECTION).insertOne({ serial: 7 })).rejects.toMatchObject({ code: 11000 })
    })
  }, 180_000)

  it('refuses a database holding documents, in French, and writes nothing there', async () => {
    const target = freshDatabase()
    const marker = { _id: new ObjectId(), email: 'deja-la@test.kerlann.fr' }
    await withDb(target, (db) => db.collection('users').insertOne(marker))
    const refusal = restoreMongoDatabase(target, dumpDir, { replace: false })
    await expect(refusal).rejects.toBeInstanceOf(BackupError)
    await expect(refusal).rejects.toThrow(/n’est pas vide \(users : 1 document\).*--remplacer/)

    const counts = await countMongoDatabase(target, { collections: known })
    expect(Object.entries(counts).filter(([, count]) => count > 0)).toEqual([['users', 1]])
    const after = await indexes(target, known)
    const built = Object.entries(after).flatMap(([name, specs]) => specs.map((spec) => `${name}.${(JSON.parse(spec) as { name: string }).name}`))
    expect(built.filter((index) => !index.endsWith('._id_'))).toEqual([])

    // Replacing is the operator's explicit choice: the marker goes, the dump comes.
    const { counts: replaced } = await restoreMongoDatabase(target, dumpDir, { replace: true })
    expect(replaced).toEqual(dump.counts)
    await withDb(target, async (db) => expect(await db.collection('users').findOne({ _id: marker._id })).toBeNull())
    const [source, restored] = await Promise.all([contents(sourceUrl, dumped), contents(target, dumped)])
    expect(restored).toEqual(source)
  }, 180_000)

  it('a writer during the dump does not break it: every line whole, no document twice, none of the earlier ones missing', async () => {
    const before = await countMongoDatabase(sourceUrl, { collections: known })
    const earlierLoad = await withDb(sourceUrl, async (db) => (await db.collection(LOAD_COLLECTION).find({}, { projection: { _id: 1 } }).toArray()).map((d) => d._id.toHexString()))
    let writing = true
    let dumping = false
    let writesDuringDump = 0
    let serial = LOAD_DOCUMENTS
    // Two writers: the portal (Local API) and a fast one into the collection being streamed.
    const writers = [
      (async () => {
        while (writing) {
          await payload.create({ collection: 'audit-log', data: { action: 'export', summary: 'Écriture pendant la sauvegarde' }, overrideAccess: true })
          if (dumping) writesDuringDump++
        }
      })(),
      withDb(sourceUrl, async (db) => {
        while (writing) {
          await db.collection(LOAD_COLLECTION).insertOne({ serial: serial++, padding: 'écrit pendant la sauvegarde' })
          if (dumping) writesDuringDump++
        }
      }),
    ]
    while (serial === LOAD_DOCUMENTS) await new Promise((resolve) => setTimeout(resolve, 10))

    const concurrentNotes: string[] = []
    const dir = path.join(workDir, 'dump-under-writes')
    dumping = true
    const result = await dumpMongoDatabase(sourceUrl, dir, { collections: known, onNote: (line) => concurrentNotes.push(line) }).finally(() => {
      dumping = false
      writing = false
    })
    await Promise.all(writers)
    expect(writesDuringDump).toBeGreaterThan(0)

    const ids = linesOf(path.join(dir, `${LOAD_COLLECTION}.jsonl`)).map((line) => (BSON.EJSON.parse(line) as { _id: ObjectId })._id.toHexString())
    expect(ids).toHaveLength(result.counts[LOAD_COLLECTION]!)
    expect(new Set(ids).size).toBe(ids.length)
    const dumped = new Set(ids)
    expect(earlierLoad.filter((id) => !dumped.has(id))).toEqual([])
    for (const name of Object.keys(result.counts)) expect(linesOf(path.join(dir, `${name}.jsonl`))).toHaveLength(result.counts[name]!)
    // With a snapshot (a replica set of MongoDB ≥ 5), the copy is the database at one instant.
    if (!concurrentNotes.some((line) => line.includes('sans lecture instantanée'))) expect(result.counts).toEqual(before)

    const target = freshDatabase()
    expect((await restoreMongoDatabase(target, dir, { replace: false })).counts).toEqual(result.counts)
  }, 180_000)
})
