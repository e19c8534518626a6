import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Where e-mails go when no SMTP server is configured: one .eml file each (readable by any mail client). */
export function outboxDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.OUTBOX_DIR || './data/outbox')
}

const created = new Set<string>()

/** Written without blocking the server: other citizens' requests go on meanwhile. */
export async function writeEml(raw: Buffer, dir = outboxDir()): Promise<string> {
  if (!created.has(dir)) {
    await fs.promises.mkdir(dir, { recursive: true })
    created.add(dir)
  }
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}.eml`
  const file = path.join(dir, name)
  await fs.promises.writeFile(file, raw).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
    await fs.promises.mkdir(dir, { recursive: true }) // the folder was removed meanwhile
    await fs.promises.writeFile(file, raw)
  })
  return file
}
