import { type Db, MongoClient, MongoServerError } from 'mongodb'

import { BackupError } from './backupError.ts'

/** The server's "no such command" (jongodb, the npm test server, lacks several: decision 0004). */
const COMMAND_NOT_FOUND = 59

/** True when the server refused a command it does not have. */
export const isCommandNotFound = (error: unknown): boolean => error instanceof MongoServerError && error.code === COMMAND_NOT_FOUND

/** host and database of a MongoDB URL for messages — never its user name or password. */
export function describeMongoUrl(url: string): string {
  try {
    const parsed = new URL(url)
    const database = parsed.pathname.replace(/^\//, '') || 'test'
    return `${parsed.host}/${database}`
  } catch {
    return 'MongoDB (adresse illisible)'
  }
}

/**
 * Connects to the database named by `url`, runs `use`, and always closes the connection. An
 * unreachable server or an unreadable URL is a French refusal, after 5 s rather than 30.
 */
export async function withMongoDatabase<T>(url: string, use: (db: Db, client: MongoClient) => Promise<T>): Promise<T> {
  let client: MongoClient
  try {
    client = await MongoClient.connect(url, { serverSelectionTimeoutMS: 5000 })
  } catch (error) {
    throw new BackupError(`Impossible de joindre la base MongoDB ${describeMongoUrl(url)} : ${(error as Error).message}`)
  }
  try {
    return await use(client.db(), client)
  } finally {
    await client.close()
  }
}
