import path from 'node:path'

import type { Payload } from 'payload'

import { throwAwayDatabase } from './testDatabase'

export interface BootedPayload {
  payload: Payload
  config: Awaited<typeof import('../../src/payload.config')>['default']
  uploadsDir: string
  shutdown: () => Promise<void>
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
      if (db.url.startsWith('mongodb')) {
        // Test-only clean-up of the per-suite MongoDB database.
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        await (payload.db as any).connection?.dropDatabase?.()
      }
      await payload.destroy()
      db.cleanup()
    },
  }
}
