import { randomBytes } from 'node:crypto'

/**
 * A request's id: 12 characters of Crockford's base32 (no I, L, O, U: read aloud over the phone
 * without doubt), 60 random bits — unguessable enough that a "référence d'erreur" shows no one
 * else's request, short enough to be copied from a screen.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const LENGTH = 12

export const REQUEST_ID_HEADER = 'x-request-id'

export function newRequestId(): string {
  // 32 divides 256: every character equally likely.
  return Array.from(randomBytes(LENGTH), (byte) => ALPHABET[byte & 31]).join('')
}

export function isRequestId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9A-HJKMNP-TV-Z]{12}$/.test(value)
}
