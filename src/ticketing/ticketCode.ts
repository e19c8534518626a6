import crypto from 'node:crypto'

/**
 * A ticket's QR code carries its identifier and a signature made with the server's secret: a
 * forged or altered code is refused before any lookup. Format: "<code>.<signature>", URL-safe.
 */
const key = () => crypto.createHash('sha256').update(`tickets:${process.env.PAYLOAD_SECRET ?? ''}`).digest()

const sign = (code: string) => crypto.createHmac('sha256', key()).update(code).digest('base64url').slice(0, 22)

/** A new ticket identifier: 96 random bits. */
export const newTicketCode = (): string => crypto.randomBytes(12).toString('base64url')

export const signedTicketCode = (code: string): string => `${code}.${sign(code)}`

/** The ticket identifier of a scanned or typed code, or null when it is not one the server signed. */
export function readTicketCode(text: string): string | null {
  const match = /^([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})$/.exec(text.trim())
  if (!match) return null
  const expected = Buffer.from(sign(match[1]))
  const given = Buffer.from(match[2])
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? match[1] : null
}
