import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A throw-away database for one suite: a fresh SQLite file by default, or a fresh database on the
 * MongoDB server named by TEST_DATABASE_URL (mongodb://host:port/anything).
 */
export function throwAwayDatabase(): { url: string; dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-test-'))
  const base = process.env.TEST_DATABASE_URL?.trim()
  let url: string
  if (base && base.startsWith('mongodb')) {
    const parsed = new URL(base)
    parsed.pathname = `/portail_test_${crypto.randomBytes(6).toString('hex')}`
    url = parsed.toString()
  } else {
    url = `file:${path.join(dir, 'test.db')}`
  }
  return { url, dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
