import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import tar from 'tar-stream'

import { isAllowedArchivePath } from './archivePaths.ts'
import { BackupError } from './backupError.ts'
import { type ArchivedFile, type BackupManifest, MANIFEST_NAME, parseManifest } from './manifest.ts'

const MANIFEST_MAX_BYTES = 16 * 1024 * 1024

/**
 * Unpacks an archive into `stagingDir` (which must be empty) and checks it whole: only allowed
 * paths and plain files, the gzip checksum, every file's size and SHA-256 against the manifest,
 * nothing missing, nothing extra. Any doubt is a French BackupError; the caller then deletes the
 * staging folder, so nothing of a bad archive is ever kept.
 */
export async function extractArchive(archive: string, stagingDir: string): Promise<BackupManifest> {
  const extracted = new Map<string, Omit<ArchivedFile, 'path'>>()
  let manifestText: string | null = null
  // The first reason to refuse; the rest of the archive is then read through and nothing more written.
  let refusal: BackupError | null = null
  const extract = tar.extract()
  extract.on('entry', (header, stream, next) => {
    const name = header.name
    const fail = (message: string) => {
      refusal ??= new BackupError(message)
      stream.on('end', next)
      stream.resume()
    }
    if (refusal) return fail(refusal.message)
    if (header.type !== 'file') return fail(`L'archive contient une entrée non autorisée (« ${name} », type ${header.type}) : restauration refusée.`)
    if (!isAllowedArchivePath(name) || extracted.has(name) || (name === MANIFEST_NAME && manifestText !== null)) {
      return fail(`L'archive contient une entrée non autorisée ou en double (« ${name.slice(0, 120)} ») : restauration refusée.`)
    }
    if (name === MANIFEST_NAME) {
      const chunks: Buffer[] = []
      let size = 0
      stream.on('data', (data: unknown) => {
        const chunk = data as Buffer
        size += chunk.length
        if (size <= MANIFEST_MAX_BYTES) chunks.push(chunk)
      })
      stream.on('end', () => {
        if (size > MANIFEST_MAX_BYTES) refusal ??= new BackupError("Le manifeste de l'archive est anormalement gros : restauration refusée.")
        manifestText = Buffer.concat(chunks).toString('utf8')
        next()
      })
      return
    }
    const file = path.join(stagingDir, ...name.split('/'))
    const hash = crypto.createHash('sha256')
    let size = 0
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const out = fs.createWriteStream(file, { mode: 0o600 })
    pipeline(
      stream,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          hash.update(chunk)
          size += chunk.length
          out.write(chunk, done)
        },
        final(done) {
          out.end(done)
        },
      }),
    )
      .then(() => {
        extracted.set(name, { size, sha256: hash.digest('hex') })
        next()
      })
      .catch((error) => extract.destroy(error))
  })
  try {
    await pipeline(fs.createReadStream(archive), zlib.createGunzip(), extract)
  } catch (error) {
    if (error instanceof BackupError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new BackupError(`Archive introuvable : ${archive}`)
    throw new BackupError(`L'archive est endommagée ou incomplète (${(error as Error).message}) : rien n'a été restauré.`)
  }
  if (refusal) throw refusal
  if (manifestText === null) throw new BackupError("L'archive ne contient pas de manifeste : ce n'est pas une sauvegarde complète du portail. Rien n'a été restauré.")
  const manifest = parseManifest(manifestText)
  for (const expected of manifest.files) {
    const got = extracted.get(expected.path)
    if (!got) throw new BackupError(`Le fichier « ${expected.path} » annoncé par le manifeste manque dans l'archive : rien n'a été restauré.`)
    if (got.size !== expected.size || got.sha256 !== expected.sha256) {
      throw new BackupError(`Le fichier « ${expected.path} » ne correspond pas à son empreinte dans le manifeste (archive altérée) : rien n'a été restauré.`)
    }
    extracted.delete(expected.path)
  }
  const extra = [...extracted.keys()][0]
  if (extra) throw new BackupError(`L'archive contient un fichier absent du manifeste (« ${extra.slice(0, 120)} ») : rien n'a été restauré.`)
  return manifest
}
