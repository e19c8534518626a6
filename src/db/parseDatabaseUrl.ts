/**
 * Which database a connection string selects. Pure and dependency-free so that the start
 * script (plain Node) and the Payload config share the same rule.
 */
export type DatabaseChoice =
  | { kind: 'sqlite'; url: string; filePath: string | null }
  | { kind: 'mongodb'; url: string }

export const DEFAULT_DATABASE_URL = 'file:./data/portail.db'

export const ACCEPTED_FORMS =
  'DATABASE_URL must be empty (SQLite file ./data/portail.db), "file:<path>" (SQLite), ' +
  '"mongodb://…" or "mongodb+srv://…" (MongoDB)'

export class DatabaseUrlError extends Error {
  constructor(value: string) {
    // Never echo credentials: show only the scheme of the rejected value.
    const scheme = value.includes(':') ? value.slice(0, value.indexOf(':') + 1) : value.slice(0, 12)
    super(`Unsupported DATABASE_URL "${scheme}…": ${ACCEPTED_FORMS}.`)
    this.name = 'DatabaseUrlError'
  }
}

export function parseDatabaseUrl(raw: string | undefined): DatabaseChoice {
  const url = (raw ?? '').trim() || DEFAULT_DATABASE_URL
  if (url.startsWith('file:')) {
    const rest = url.slice('file:'.length)
    const inMemory = rest === ':memory:' || rest.startsWith(':memory:')
    return { kind: 'sqlite', url, filePath: inMemory || rest === '' ? null : rest.replace(/^\/\/(?=\/)/, '') }
  }
  if (/^mongodb(\+srv)?:\/\/[^\s]+$/.test(url)) {
    return { kind: 'mongodb', url }
  }
  throw new DatabaseUrlError(url)
}
