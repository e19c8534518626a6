import fs from 'node:fs'
import path from 'node:path'

export interface OutboxMail {
  file: string
  to: string
  /** Body, quoted-printable decoded (UTF-8) */
  text: string
}

const decodeQuotedPrintable = (raw: string): string => {
  const joined = raw.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < joined.length; i += 1) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(joined.slice(i + 1, i + 3), 16))
      i += 2
    } else bytes.push(...Buffer.from(joined[i], 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

/** The .eml files written by the outbox e-mail adapter (src/email/outbox.ts), oldest first. */
export function readOutbox(dir: string): OutboxMail[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((file) => {
      const raw = fs.readFileSync(path.join(dir, file), 'utf8')
      const [head, ...body] = raw.split(/\r?\n\r?\n/)
      const to = /^To: (.+)$/m.exec(head)?.[1]?.trim() ?? ''
      const text = /quoted-printable/i.test(head) ? decodeQuotedPrintable(body.join('\n\n')) : body.join('\n\n')
      return { file, to, text }
    })
}
