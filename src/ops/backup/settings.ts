import path from 'node:path'

/** Where archives go: BACKUP_DIR, or ./sauvegardes beside the data folder (never inside it). */
export function backupDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.BACKUP_DIR || './sauvegardes')
}

function count(value: string | undefined, fallback: number): number {
  const parsed = Number(value)
  return value !== undefined && value !== '' && Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback
}

/** How many archives rotation keeps: the newest of each of the last N days and of the last M months. */
export function retention(env: NodeJS.ProcessEnv = process.env): { daily: number; monthly: number } {
  return { daily: count(env.BACKUP_KEEP_DAILY, 7), monthly: count(env.BACKUP_KEEP_MONTHLY, 12) }
}
