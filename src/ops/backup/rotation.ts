/** Archive names the backup command writes and rotation recognises: portail-2026-12-01T023000Z.tar.gz */
const ARCHIVE_NAME = /^portail-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})Z\.tar\.gz$/

export function archiveName(at: Date): string {
  const iso = at.toISOString() // 2026-12-01T02:30:00.000Z
  return `portail-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z.tar.gz`
}

export const isArchiveName = (name: string): boolean => ARCHIVE_NAME.test(name)

/**
 * The archives to delete, given every file name of the backup folder: kept are the newest archive
 * of each of the `daily` most recent days that have one, the newest of each of the `monthly` most
 * recent months, and always the newest of all. Days and months are UTC, as in the names. Files
 * that are not archives of this portal are never touched.
 */
export function archivesToDelete(names: string[], keep: { daily: number; monthly: number }): string[] {
  const archives = names.filter(isArchiveName).sort().reverse() // newest first: the names sort by date
  const kept = new Set<string>(archives.slice(0, 1))
  const keepNewestPer = (period: (name: string) => string, howMany: number) => {
    const seen = new Set<string>()
    for (const name of archives) {
      const key = period(name)
      if (seen.has(key)) continue
      if (seen.size >= howMany) break
      seen.add(key)
      kept.add(name)
    }
  }
  keepNewestPer((name) => name.slice('portail-'.length, 'portail-'.length + 10), keep.daily)
  keepNewestPer((name) => name.slice('portail-'.length, 'portail-'.length + 7), keep.monthly)
  return archives.filter((name) => !kept.has(name))
}
