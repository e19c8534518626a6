import crypto from 'node:crypto'
import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { Readable, Transform } from 'node:stream'
import zlib from 'node:zlib'

import tar from 'tar-stream'

import { type ArchivedFile, type BackupManifest, MANIFEST_NAME } from './manifest.ts'

export interface ArchiveSource {
  /** Path inside the archive (database/… or uploads/…) */
  path: string
  /** The file on disk */
  file: string
}

/** A stream that passes bytes through and keeps their SHA-256 and count. */
function hashing() {
  const hash = crypto.createHash('sha256')
  let size = 0
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    },
  })
  return { stream, result: () => ({ size, sha256: hash.digest('hex') }) }
}

/**
 * Writes one .tar.gz: every source (streamed, hashed on the way), then the manifest made from those
 * hashes. Written to `<target>.partial` and renamed at the end, so an interrupted backup never
 * leaves a file that looks like a complete archive. A source deleted before it is read (an upload
 * purged meanwhile) is left out, and is then absent from the manifest too.
 */
export async function writeArchive(
  target: string,
  sources: ArchiveSource[],
  makeManifest: (files: ArchivedFile[]) => BackupManifest,
  onFile?: (done: number, total: number) => void,
): Promise<BackupManifest> {
  const partial = `${target}.partial`
  const pack = tar.pack()
  const written = pipeline(pack, zlib.createGzip({ level: 6 }), fs.createWriteStream(partial, { mode: 0o600 }))
  const files: ArchivedFile[] = []
  let manifest: BackupManifest
  try {
    for (const [index, source] of sources.entries()) {
      let handle: fs.promises.FileHandle
      try {
        handle = await fs.promises.open(source.file, 'r')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
        throw error
      }
      try {
        const stat = await handle.stat()
        // An empty file is one just created and not yet written (no upload is empty): left out.
        if (stat.size === 0 && source.path.startsWith('uploads/')) continue
        const tap = hashing()
        const entry = pack.entry({ name: source.path, size: stat.size, mode: 0o600, mtime: stat.mtime, type: 'file' })
        // Exactly the size announced: a file still growing cannot break the archive.
        if (stat.size > 0) await pipeline(handle.createReadStream({ autoClose: false, start: 0, end: stat.size - 1 }), tap.stream, entry)
        else await pipeline(Readable.from([]), tap.stream, entry) // an empty collection's export
        files.push({ path: source.path, ...tap.result() })
      } finally {
        await handle.close()
      }
      onFile?.(index + 1, sources.length)
    }
    manifest = makeManifest(files)
    const text = Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8')
    await new Promise<void>((resolve, reject) => pack.entry({ name: MANIFEST_NAME, size: text.length, mode: 0o600 }, text, (error) => (error ? reject(error) : resolve())))
    pack.finalize()
    await written
    const out = await fs.promises.open(partial, 'r+')
    await out.sync() // on disk before it is called an archive
    await out.close()
    await fs.promises.rename(partial, target)
  } catch (error) {
    pack.destroy()
    await written.catch(() => {})
    await fs.promises.rm(partial, { force: true })
    throw error
  }
  return manifest
}
