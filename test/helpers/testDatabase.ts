import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const mongoUrlIn = (name: string): string | undefined => {
  const url = process.env[name]?.trim()
  return url?.startsWith('mongodb') ? url : undefined
}

/** The MongoDB server this suite's databases go to (TEST_DATABASE_URL=mongodb://…), if any. */
export const testMongoUrl = (): string | undefined => mongoUrlIn('TEST_DATABASE_URL')

/** The variable naming a MongoDB server for the MongoDB tests (`npm test` sets it to the server it starts). */
export const MONGODB_SERVER_ENV = 'MONGODB_TEST_SERVER'

/** The MongoDB server the MongoDB tests (int-mongodb, the e2e journey) run on, if one is given. */
export const mongoTestServer = (): string | undefined => mongoUrlIn(MONGODB_SERVER_ENV)

/**
 * A throw-away database for one suite: a fresh database of its own on the MongoDB server given
 * (by default TEST_DATABASE_URL's), or a fresh SQLite file (`null`, or no MongoDB asked for).
 * With MongoDB, one database name per suite: the test server has no dropDatabase (decision 0004).
 */
export function throwAwayDatabase(mongoUrl: string | null = testMongoUrl() ?? null): { url: string; dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-test-'))
  let url: string
  if (mongoUrl) {
    const parsed = new URL(mongoUrl)
    parsed.pathname = `/portail_test_${crypto.randomBytes(6).toString('hex')}`
    url = parsed.toString()
  } else {
    url = `file:${path.join(dir, 'test.db')}`
  }
  return { url, dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
