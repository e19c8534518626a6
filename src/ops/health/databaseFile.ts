import path from 'node:path'

import type { Payload } from 'payload'

import { parseDatabaseUrl } from '../../db/parseDatabaseUrl'

/**
 * The SQLite file the running adapter opened (resolved as libSQL resolves it, from the working
 * directory), or null: MongoDB, or an in-memory SQLite database.
 */
export function sqliteFile(payload: Payload): string | null {
  if (payload.db.name !== 'sqlite') return null
  const url = (payload.db as unknown as { clientConfig?: { url?: string } }).clientConfig?.url
  if (!url) return null
  const choice = parseDatabaseUrl(url)
  return choice.kind === 'sqlite' && choice.filePath ? path.resolve(choice.filePath) : null
}
