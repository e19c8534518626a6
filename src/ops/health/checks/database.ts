import type { Payload } from 'payload'

import type { HealthCheck } from '../types'

type SqliteAdapter = { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown> }
type MongooseAdapter = { connection?: { db?: { command: (command: object) => Promise<unknown> } } }

/**
 * One real round trip through the adapter Payload uses: on SQLite a read of the schema table
 * through drizzle (page 1 of the file), on MongoDB a `ping` on the open connection.
 */
async function roundTrip(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') {
    const db = (payload.db as unknown as MongooseAdapter).connection?.db
    if (!db) throw new Error('not connected')
    await db.command({ ping: 1 })
    return
  }
  const sqlite = payload.db as unknown as SqliteAdapter
  await sqlite.execute({ drizzle: sqlite.drizzle, raw: 'SELECT count(*) FROM sqlite_master' })
}

export const databaseCheck: HealthCheck = {
  name: 'database',
  appliesTo: () => true,
  failure: 'La base de données ne répond pas.',
  run: async (payload) => {
    const started = performance.now()
    await roundTrip(payload)
    return { ok: true, ms: Math.round(performance.now() - started) }
  },
}
