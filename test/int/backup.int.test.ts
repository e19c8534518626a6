/**
 * Issue 18: the backup of a running portal (the nightly job, as `npm run backup` does it) restores into
 * an empty database with every row or document and every upload, on SQLite and on MongoDB.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parseDatabaseUrl } from '../../src/db/parseDatabaseUrl'
import { payloadMongoCollectionNames } from '../../src/ops/backup/mongoPayloadCollections'
import { restoreBackup } from '../../src/ops/backup/restoreBackup'
import { describeSqlite } from '../../src/ops/backup/sqliteDatabase'
import { loadPublishedForm } from '../../src/forms/loadForm'
import { submitForm } from '../../src/submissions/submit'
import { AIDE_CCAS_ANSWERS } from '../helpers/aideCcasAnswers'
import { samplePdf } from '../helpers/files'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { blankPng } from '../helpers/imageFixtures'
import { throwAwayDatabase } from '../helpers/testDatabase'

let booted: BootedPayload
let backupFolder: string
const cleanups: (() => void | Promise<void>)[] = []
const png = blankPng(64, 48)

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  backupFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-backups-'))
  process.env.BACKUP_DIR = backupFolder
})
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
  fs.rmSync(backupFolder, { recursive: true, force: true })
  delete process.env.BACKUP_DIR
  await booted?.shutdown()
})

describe('nightly backup and restore', () => {
  it('archives the live database and uploads, and restores them whole into an empty target', async () => {
    const { payload } = booted
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Affiche de la fête du port' },
      file: { data: png, mimetype: 'image/png', name: 'affiche-fete.png', size: png.length },
      overrideAccess: true,
    })
    // Two citizens' requests with a private file each.
    const form = (await loadPublishedForm(payload, 'aide-ccas'))!
    const organisation = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
    for (const name of ['Le Floch', 'Guégan']) {
      const pdf = await samplePdf(`Avis d'imposition ${name}`)
      const file = await payload.create({
        collection: 'submission-files',
        data: { organisation, fieldName: 'justificatifs', originalName: 'avis.pdf' },
        file: { data: pdf, mimetype: 'application/pdf', name: 'avis.pdf', size: pdf.length },
        overrideAccess: true,
      })
      const justificatifs = [{ id: file.id, filename: 'avis.pdf', mimeType: 'application/pdf', filesize: pdf.length }]
      await submitForm(payload, form, { ...AIDE_CCAS_ANSWERS, identite: { ...AIDE_CCAS_ANSWERS.identite, nom: name }, justificatifs })
    }
    const submissions = await payload.find({ collection: 'submissions', limit: 0, overrideAccess: true, depth: 0 })
    expect(submissions.totalDocs).toBeGreaterThanOrEqual(2)

    await payload.jobs.queue({ task: 'backupNightly', input: {}, queue: 'nightly' })
    await payload.jobs.run({ queue: 'nightly' })
    const archives = fs.readdirSync(backupFolder).filter((name) => name.endsWith('.tar.gz'))
    expect(archives).toHaveLength(1)
    const archive = path.join(backupFolder, archives[0])

    const target = throwAwayDatabase()
    cleanups.push(target.cleanup)
    const uploadsDir = path.join(target.dir, 'uploads')
    const onMongo = payload.db.name === 'mongoose'
    const mongoCollections = onMongo ? payloadMongoCollectionNames(payload) : undefined
    const result = await restoreBackup({ archive, databaseUrl: target.url, uploadsDir, replace: false, mongoCollections })
    expect(result.restoredCounts).toEqual(result.manifest.database.counts)

    // Tables (SQLite) and collections (MongoDB) of Payload share the name of the collection here.
    expect(result.manifest.database.counts.submissions).toBe(submissions.totalDocs)
    // Every upload, byte for byte, where the restored portal looks for it.
    const restoredImage = path.join(uploadsDir, 'media', image.filename as string)
    expect(crypto.createHash('sha256').update(fs.readFileSync(restoredImage)).digest('hex')).toBe(crypto.createHash('sha256').update(png).digest('hex'))
    const restoredUploads = result.manifest.files.filter((f) => f.path.startsWith('uploads/'))
    expect(restoredUploads.filter((f) => f.path.startsWith('uploads/private/submission-files/'))).toHaveLength(2)
    for (const file of restoredUploads) {
      const original = fs.readFileSync(path.join(booted.uploadsDir, ...file.path.split('/').slice(1)))
      expect(fs.readFileSync(path.join(uploadsDir, ...file.path.split('/').slice(1))).equals(original)).toBe(true)
    }

    const restoredDatabase = parseDatabaseUrl(target.url)
    if (restoredDatabase.kind === 'sqlite') {
      expect((await describeSqlite(restoredDatabase.filePath!)).counts.submissions).toBe(submissions.totalDocs)
    } else {
      const { countMongoDatabase } = await import('../../src/ops/backup/mongoDatabase')
      const counts = await countMongoDatabase(target.url, { collections: mongoCollections })
      expect(counts.submissions).toBe(submissions.totalDocs)
      cleanups.push(async () => {
        const { MongoClient } = await import('mongodb')
        const client = await MongoClient.connect(target.url)
        for (const name of mongoCollections ?? []) await client.db().collection(name).deleteMany({})
        await client.close()
      })
    }
  })
})
