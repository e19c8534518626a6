/**
 * Issue 18: an archive is checked whole before anything is restored — one byte changed, a truncated
 * file, a file that does not match its checksum, an entry outside the allowed paths, an archive from
 * a newer version: each refused in French, with nothing written to the target.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import { createClient } from '@libsql/client'
import tar from 'tar-stream'

import { isAllowedArchivePath } from '../../../src/ops/backup/archivePaths'
import { BackupError } from '../../../src/ops/backup/backupError'
import { createBackup } from '../../../src/ops/backup/createBackup'
import { knownMigrations } from '../../../src/ops/backup/migrationLevel'
import { restoreBackup } from '../../../src/ops/backup/restoreBackup'

let root: string
let archive: string
const uploadBytes = crypto.randomBytes(200_000)

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-backup-unit-'))
  const dataDir = path.join(root, 'source')
  fs.mkdirSync(path.join(dataDir, 'uploads', 'media'), { recursive: true })
  fs.writeFileSync(path.join(dataDir, 'uploads', 'media', 'affiche.jpg'), uploadBytes)
  fs.writeFileSync(path.join(dataDir, 'uploads', 'lisez moi é.txt'), 'accentué')
  const client = createClient({ url: `file:${path.join(dataDir, 'portail.db')}` })
  await client.execute('CREATE TABLE payload_migrations (id integer primary key, name text, batch integer)')
  await client.execute({ sql: 'INSERT INTO payload_migrations (name, batch) VALUES (?, 1)', args: [knownMigrations().at(-1)!] })
  await client.execute('CREATE TABLE submissions (id integer primary key, reference text)')
  for (let i = 0; i < 25; i++) await client.execute({ sql: 'INSERT INTO submissions (reference) VALUES (?)', args: [`DEM-${i}`] })
  client.close()
  const result = await createBackup({ databaseUrl: `file:${path.join(dataDir, 'portail.db')}`, uploadsDir: path.join(dataDir, 'uploads'), outDir: path.join(root, 'archives') })
  archive = result.archive
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

/** A fresh, empty target data folder. */
function target() {
  const dir = fs.mkdtempSync(path.join(root, 'target-'))
  return { dir, databaseUrl: `file:${path.join(dir, 'data', 'portail.db')}`, uploadsDir: path.join(dir, 'data', 'uploads') }
}

async function expectRefused(file: string, message: RegExp) {
  const to = target()
  const attempt = restoreBackup({ archive: file, databaseUrl: to.databaseUrl, uploadsDir: to.uploadsDir, replace: false })
  await expect(attempt).rejects.toBeInstanceOf(BackupError)
  await expect(attempt).rejects.toThrow(message)
  expect(fs.readdirSync(to.dir)).toEqual([]) // nothing written, not even the data folder
}

/** Rewrites the archive, letting `edit` change entries (name and content) or add some. */
async function rewritten(edit: (entries: { name: string; type: string; data: Buffer }[]) => void): Promise<string> {
  const entries: { name: string; type: string; data: Buffer }[] = []
  const extract = tar.extract()
  extract.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = []
    stream.on('data', (c: unknown) => chunks.push(c as Buffer))
    stream.on('end', () => {
      entries.push({ name: header.name, type: header.type ?? 'file', data: Buffer.concat(chunks) })
      next()
    })
  })
  await pipeline(fs.createReadStream(archive), zlib.createGunzip(), extract)
  edit(entries)
  const pack = tar.pack()
  for (const entry of entries) {
    if (entry.type === 'symlink') pack.entry({ name: entry.name, type: 'symlink', linkname: '/etc/passwd' })
    else pack.entry({ name: entry.name }, entry.data)
  }
  pack.finalize()
  const file = path.join(root, `edited-${crypto.randomBytes(4).toString('hex')}.tar.gz`)
  await pipeline(pack, zlib.createGzip(), fs.createWriteStream(file))
  return file
}

describe('backup archive', () => {
  it('restores byte for byte into an empty folder, with the counts of the manifest', async () => {
    const to = target()
    const result = await restoreBackup({ archive, databaseUrl: to.databaseUrl, uploadsDir: to.uploadsDir, replace: false })
    expect(result.manifest.database.counts.submissions).toBe(25)
    expect(result.restoredCounts).toEqual(result.manifest.database.counts)
    expect(result.pendingMigrations).toEqual([])
    expect(fs.readFileSync(path.join(to.uploadsDir, 'media', 'affiche.jpg')).equals(uploadBytes)).toBe(true)
    expect(fs.readFileSync(path.join(to.uploadsDir, 'lisez moi é.txt'), 'utf8')).toBe('accentué')
    expect(result.manifest.uploads).toEqual({ files: 2, bytes: uploadBytes.length + Buffer.byteLength('accentué') })
  })

  it('refuses an archive with one byte changed, wherever it is', async () => {
    const bytes = fs.readFileSync(archive)
    for (const offset of [20, Math.floor(bytes.length / 2), bytes.length - 12]) {
      const copy = Buffer.from(bytes)
      copy[offset] ^= 0x01
      const file = path.join(root, `flipped-${offset}.tar.gz`)
      fs.writeFileSync(file, copy)
      await expectRefused(file, /endommagée|empreinte/)
    }
  })

  it('refuses a truncated archive', async () => {
    const bytes = fs.readFileSync(archive)
    const file = path.join(root, 'truncated.tar.gz')
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
    await expectRefused(file, /endommagée ou incomplète/)
  })

  it('refuses a file whose content does not match its checksum in the manifest', async () => {
    const file = await rewritten((entries) => {
      const upload = entries.find((e) => e.name === 'uploads/media/affiche.jpg')!
      upload.data = Buffer.from(upload.data)
      upload.data[1000] ^= 0xff
    })
    await expectRefused(file, /« uploads\/media\/affiche\.jpg » ne correspond pas à son empreinte/)
  })

  it('refuses entries outside the allowed paths, links, missing and extra files', async () => {
    await expectRefused(await rewritten((e) => e.push({ name: '../../etc/cron.d/evil', type: 'file', data: Buffer.from('x') })), /entrée non autorisée/)
    await expectRefused(await rewritten((e) => e.push({ name: 'uploads/lien', type: 'symlink', data: Buffer.alloc(0) })), /entrée non autorisée/)
    await expectRefused(await rewritten((e) => e.splice(e.findIndex((x) => x.name === 'uploads/media/affiche.jpg'), 1)), /manque dans l'archive/)
    await expectRefused(await rewritten((e) => e.unshift({ name: 'uploads/media/en-plus.txt', type: 'file', data: Buffer.from('x') })), /absent du manifeste/)
    await expectRefused(await rewritten((e) => e.splice(e.findIndex((x) => x.name === 'manifest.json'), 1)), /ne contient pas de manifeste/)
    expect(isAllowedArchivePath('database/portail.db')).toBe(true)
    for (const bad of ['/etc/passwd', 'database/../x', 'database/a/b', 'uploads/', 'uploads\\..\\x', 'autre/x', 'uploads/./x']) expect(isAllowedArchivePath(bad)).toBe(false)
  })

  it('refuses an archive from a newer version: unknown migration or newer format', async () => {
    const manifestEdit = (change: (m: Record<string, any>) => void) =>
      rewritten((entries) => {
        const entry = entries.find((e) => e.name === 'manifest.json')!
        const manifest = JSON.parse(entry.data.toString('utf8'))
        change(manifest)
        entry.data = Buffer.from(JSON.stringify(manifest))
      })
    await expectRefused(
      await manifestEdit((m) => {
        m.database.latestMigration = '20991231_000000_future'
        m.app.version = '9.0.0'
      }),
      /version plus récente du portail \(version 9\.0\.0, migration « 20991231_000000_future » inconnue/,
    )
    await expectRefused(await manifestEdit((m) => (m.formatVersion = 2)), /version plus récente du portail \(format 2/)
    await expectRefused(await manifestEdit((m) => (m.format = 'autre-chose')), /n'est pas une sauvegarde du Portail citoyen/)
  })

  it('never restores over existing data without replace; with it, the current data is set aside', async () => {
    const to = target()
    await restoreBackup({ archive, databaseUrl: to.databaseUrl, uploadsDir: to.uploadsDir, replace: false })
    fs.writeFileSync(path.join(to.uploadsDir, 'nouveau.txt'), 'écrit après la restauration')
    const before = fs.readFileSync(path.join(to.dir, 'data', 'portail.db'))
    const again = restoreBackup({ archive, databaseUrl: to.databaseUrl, uploadsDir: to.uploadsDir, replace: false })
    await expect(again).rejects.toThrow(/Restauration refusée : la base .* et le dossier des fichiers .* ne sont pas vides.*--remplacer/)
    expect(fs.readFileSync(path.join(to.dir, 'data', 'portail.db')).equals(before)).toBe(true)

    const replaced = await restoreBackup({ archive, databaseUrl: to.databaseUrl, uploadsDir: to.uploadsDir, replace: true })
    expect(fs.existsSync(path.join(to.uploadsDir, 'nouveau.txt'))).toBe(false)
    expect(replaced.setAside.length).toBe(2)
    const asideUploads = replaced.setAside.find((p) => p.includes('uploads.avant-restauration-'))!
    expect(fs.readFileSync(path.join(asideUploads, 'nouveau.txt'), 'utf8')).toBe('écrit après la restauration')
  })
})
