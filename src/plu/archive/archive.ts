import fs from 'node:fs/promises'
import { openFolderArchive } from './folderArchive.ts'
import { openZipArchive } from './zipArchive.ts'
import { ProblemError, error } from '../problems.ts'

/** One file of an archive: its path inside the archive, with `/` separators, never absolute nor `..`. */
export interface ArchiveEntry {
  path: string
  size: number
}

/** A PLU archive opened read-only: a folder or a `.zip`, the same to its readers. */
export interface Archive {
  entries: ArchiveEntry[]
  read(path: string): Promise<Buffer>
  close(): Promise<void>
}

/** Limits against zip bombs and absurd folders (decision 0058). */
export const ARCHIVE_LIMITS = {
  maxEntries: 5_000,
  maxEntryBytes: 300 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
} as const

/**
 * Opens a folder or a `.zip`. Every refusal (missing path, corrupted zip, path escaping the
 * archive, too many or too big entries) is a `ProblemError` carrying a French message.
 */
export async function openArchive(source: string, limits = ARCHIVE_LIMITS): Promise<Archive> {
  const stat = await fs.stat(source).catch(() => null)
  if (!stat) throw new ProblemError(error('archive', `Archive introuvable : « ${source} ».`))
  if (stat.isDirectory()) return openFolderArchive(source, limits)
  if (stat.isFile()) return openZipArchive(source, limits)
  throw new ProblemError(error('archive', `« ${source} » n'est ni un dossier ni un fichier .zip.`))
}

/** Runs `use` on the opened archive and always closes it. */
export async function withArchive<T>(source: string, use: (archive: Archive) => Promise<T>): Promise<T> {
  const archive = await openArchive(source)
  try {
    return await use(archive)
  } finally {
    await archive.close()
  }
}
