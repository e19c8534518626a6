import yauzl from 'yauzl'
import type { Entry, ZipFile } from 'yauzl'
import type { Archive, ArchiveEntry, ARCHIVE_LIMITS } from './archive.ts'
import { unsafeEntryPathReason } from './entryPath.ts'
import { ProblemError, error } from '../problems.ts'

function corrupted(detail: string): ProblemError {
  return new ProblemError(error('archive', `Archive .zip illisible ou corrompue (${detail}).`))
}

/**
 * A `.zip` read with yauzl, entry by entry from the central directory, nothing extracted to disk.
 * Names are decoded here (not by yauzl) so that a `..\evil` is refused as written, not rewritten.
 * The declared sizes are capped before anything is read and yauzl checks the real ones while
 * streaming, so a zip bomb stops at its first lying entry.
 */
export async function openZipArchive(file: string, limits: typeof ARCHIVE_LIMITS): Promise<Archive> {
  let zip: ZipFile
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true })
  } catch (cause) {
    throw corrupted(cause instanceof Error ? cause.message : String(cause))
  }
  try {
    if (zip.entryCount > limits.maxEntries) throw new ProblemError(error('archive', `L'archive contient ${zip.entryCount} fichiers, plus que les ${limits.maxEntries} admis.`))
    const byPath = new Map<string, Entry>()
    const entries: ArchiveEntry[] = []
    let total = 0
    for await (const entry of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileName as unknown as Buffer, entry.extraFields, true)
      const unsafe = unsafeEntryPathReason(name)
      if (unsafe) throw new ProblemError(error('archive', `Chemin refusé dans l'archive : « ${name} » ${unsafe}. Aucun fichier n'a été lu.`))
      if (name.endsWith('/')) continue
      if (entry.uncompressedSize > limits.maxEntryBytes) throw new ProblemError(error('archive', `Fichier trop volumineux dans l'archive : « ${name} ».`))
      total += entry.uncompressedSize
      if (total > limits.maxTotalBytes) throw new ProblemError(error('archive', "L'archive décompressée dépasse la taille admise (archive piégée ?)."))
      if (byPath.has(name)) throw new ProblemError(error('archive', `Fichier en double dans l'archive : « ${name} ».`))
      byPath.set(name, entry)
      entries.push({ path: name, size: entry.uncompressedSize })
    }
    return {
      entries,
      async read(entryPath) {
        const entry = byPath.get(entryPath)
        if (!entry) throw new ProblemError(error('archive', `Fichier absent de l'archive : « ${entryPath} ».`))
        try {
          const stream = await zip.openReadStreamPromise(entry)
          const chunks: Buffer[] = []
          for await (const chunk of stream) chunks.push(chunk as Buffer)
          return Buffer.concat(chunks)
        } catch (cause) {
          throw corrupted(`${entryPath} : ${cause instanceof Error ? cause.message : String(cause)}`)
        }
      },
      async close() {
        zip.close()
      },
    }
  } catch (cause) {
    zip.close()
    if (cause instanceof ProblemError) throw cause
    throw corrupted(cause instanceof Error ? cause.message : String(cause))
  }
}
