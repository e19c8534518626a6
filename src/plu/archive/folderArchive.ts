import fs from 'node:fs/promises'
import path from 'node:path'
import type { Archive, ArchiveEntry, ARCHIVE_LIMITS } from './archive.ts'
import { ProblemError, error } from '../problems.ts'

/** A folder as an archive: regular files only (symbolic links are ignored, they could point anywhere). */
export async function openFolderArchive(root: string, limits: typeof ARCHIVE_LIMITS): Promise<Archive> {
  const entries: ArchiveEntry[] = []
  let total = 0
  async function walk(dir: string, prefix: string): Promise<void> {
    for (const dirent of await fs.readdir(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${dirent.name}` : dirent.name
      if (dirent.isDirectory()) await walk(path.join(dir, dirent.name), relative)
      else if (dirent.isFile()) {
        const { size } = await fs.stat(path.join(dir, dirent.name))
        total += size
        entries.push({ path: relative, size })
        if (entries.length > limits.maxEntries) throw new ProblemError(error('archive', `Le dossier contient plus de ${limits.maxEntries} fichiers.`))
        if (total > limits.maxTotalBytes) throw new ProblemError(error('archive', 'Le dossier est trop volumineux.'))
      }
    }
  }
  await walk(root, '')
  const known = new Set(entries.map((e) => e.path))
  return {
    entries,
    async read(entryPath) {
      if (!known.has(entryPath)) throw new ProblemError(error('archive', `Fichier absent de l'archive : « ${entryPath} ».`))
      return fs.readFile(path.join(root, ...entryPath.split('/')))
    },
    async close() {},
  }
}
