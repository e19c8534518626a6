import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Where e-mails go when no SMTP server is configured: one .eml file each (readable by any mail client). */
export function outboxDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.OUTBOX_DIR || './data/outbox')
}

export function writeEml(raw: Buffer, dir = outboxDir()): string {
  fs.mkdirSync(dir, { recursive: true })
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}.eml`
  const file = path.join(dir, name)
  fs.writeFileSync(file, raw)
  return file
}
