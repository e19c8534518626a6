import crypto from 'node:crypto'

/** 192 random bits, URL-safe: follow-up links and form sessions. */
export function newSecureToken(): string {
  return crypto.randomBytes(24).toString('base64url')
}

export const SECURE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/

/** Compares secrets in constant time (no early exit on the first differing byte). */
export function sameSecret(a: string, b: string): boolean {
  const ha = crypto.createHash('sha256').update(a).digest()
  const hb = crypto.createHash('sha256').update(b).digest()
  return crypto.timingSafeEqual(ha, hb) && a.length === b.length
}
