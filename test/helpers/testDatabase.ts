import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** The MongoDB server the tests are asked to use (TEST_DATABASE_URL=mongodb://…), if any. */
export function testMongoUrl(): string | undefined {
  const base = process.env.TEST_DATABASE_URL?.trim()
  return base && base.startsWith('mongodb') ? base : undefined
}

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
