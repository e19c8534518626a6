import fs from 'node:fs'
import path from 'node:path'

export interface OutboxMail {
  file: string
  to: string
  /** Body, quoted-printable decoded (UTF-8); a multipart message's text part (else its HTML one) */
  text: string
  /** A multipart message's attached files */
  attachments: Array<{ filename: string; contentType: string; content: Buffer }>
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
      const [head] = raw.split(/\r?\n\r?\n/)
      const to = /^To: (.+)$/m.exec(head)?.[1]?.trim() ?? ''
      const boundary = /boundary="?([^"\s;]+)"?/i.exec(head)?.[1]
      const parts = boundary ? raw.split(`--${boundary}`).slice(1, -1).map(readPart) : [readPart(raw)]
      // The text part, else the HTML one (Payload's own e-mails, password reset, are HTML only).
      const text = (parts.find((p) => /^text\/plain/i.test(p.contentType)) ?? parts.find((p) => /^text\/html/i.test(p.contentType)))?.body.toString('utf8') ?? ''
      const attachments = parts.filter((p) => p.filename).map((p) => ({ filename: p.filename!, contentType: p.contentType, content: p.body }))
      return { file, to, text, attachments }
    })
}

/** One MIME part (or a single-part message): its type, file name and decoded body. */
function readPart(raw: string): { contentType: string; filename?: string; body: Buffer } {
  const at = raw.search(/\r?\n\r?\n/)
  const head = raw.slice(0, at).replace(/^\s+/, '')
  const body = raw.slice(at).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '')
  const contentType = /^Content-Type:\s*([^;\r\n]+)/im.exec(head)?.[1]?.trim() ?? 'text/plain'
  const filename = /filename="?([^"\r\n;]+)"?/i.exec(head)?.[1]
  const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase()
  if (encoding === 'base64') return { contentType, filename, body: Buffer.from(body.replace(/\s+/g, ''), 'base64') }
  return { contentType, filename, body: Buffer.from(encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : body, 'utf8') }
}
