import path from 'node:path'

import type { Payload } from 'payload'

import { throwAwayDatabase } from './testDatabase'

export interface BootedPayload {
  payload: Payload
  config: Awaited<typeof import('../../src/payload.config')>['default']
  uploadsDir: string
  shutdown: () => Promise<void>
}

/**
 * Empties the suite's own MongoDB database. `deleteMany` on each of its collections, not
 * `dropDatabase`: the protocol's test server (jongodb) has no dropDatabase (decision 0004).
 */
async function emptyMongoDatabase(payload: Payload): Promise<void> {
  const connection = (payload.db as unknown as { connection: { collections: Record<string, { deleteMany: (filter: object) => Promise<unknown> }> } }).connection
  for (const collection of Object.values(connection.collections)) await collection.deleteMany({})
}

/** The real Payload, booted on a throw-away database (schema pushed, as NODE_ENV=test). */
export async function bootPayload(): Promise<BootedPayload> {
  const db = throwAwayDatabase()
  process.env.DATABASE_URL = db.url
  process.env.UPLOADS_DIR = path.join(db.dir, 'uploads')
  const { default: config } = await import('../../src/payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    uploadsDir: process.env.UPLOADS_DIR,
    shutdown: async () => {
      if (db.url.startsWith('mongodb')) await emptyMongoDatabase(payload)
      await payload.destroy()
      db.cleanup()
    },
  }
}
