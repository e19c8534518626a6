/**
 * The last pass over every log line before it is written (pino's streamWrite hook): values under a
 * sensitive key are masked at any depth, every other string is scrubbed (scrubText.ts). pino's own
 * `redact` masks the same keys near the top earlier (logger.ts); this pass also reaches what it
 * cannot: nested errors, `cause` chains, the message pino takes from an error.
 */
import { MASKED, scrubText } from './scrubText.ts'

/** Keys whose value is masked whatever it is (compared in lower case, without separators). */
const SENSITIVE_KEYS = new Set([
  'password',
  'passwd',
  'motdepasse',
  'secret',
  'token',
  'jeton',
  'apikey',
  'authorization',
  'cookie',
  'setcookie',
  'email',
  'courriel',
  'answers',
  'reponses',
  'data',
  'headers',
  'params',
  'salt',
  'hash',
  'session',
  'iban',
  'telephone',
  'phone',
])

/** Key endings that mark a secret or an address whatever comes first (resetPasswordToken, userEmail). */
const SENSITIVE_ENDINGS = ['password', 'token', 'secret', 'email', 'cookie', 'apikey']

/** The keys pino's `redact` masks before serialising (top level and one level down). */
export const REDACTED_KEYS = ['password', 'token', 'email', 'answers', 'data', 'cookie', 'authorization', 'headers', 'params', 'secret']

const normalised = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '')

export function isSensitiveKey(key: string): boolean {
  const name = normalised(key)
  return SENSITIVE_KEYS.has(name) || SENSITIVE_ENDINGS.some((ending) => name.endsWith(ending))
}

/** Written by us and free of personal data by construction: kept as they are. */
const TRUSTED_KEYS = new Set(['level', 'time', 'reqId', 'digest'])

const MAX_DEPTH = 8
const MAX_ITEMS = 50

/** A log value with sensitive keys masked and every string scrubbed. */
export function sanitizeLogValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value)
  if (value === null || typeof value !== 'object') return value
  if (depth >= MAX_DEPTH) return '[trop profond]'
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => sanitizeLogValue(item, depth + 1))
  const clean: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value).slice(0, MAX_ITEMS)) {
    clean[key] = isSensitiveKey(key) ? MASKED : depth === 0 && TRUSTED_KEYS.has(key) ? item : sanitizeLogValue(item, depth + 1)
  }
  return clean
}

/**
 * One serialised line (JSON, from pino), sanitised and serialised again. A line that is not JSON
 * — never expected — is replaced rather than written as it is.
 */
export function sanitizeLogLine(line: string): string {
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch {
    return JSON.stringify({ level: 'error', time: new Date().toISOString(), msg: 'ligne de journal illisible, non écrite' }) + '\n'
  }
  return JSON.stringify(sanitizeLogValue(parsed)) + '\n'
}
