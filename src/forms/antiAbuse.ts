import crypto from 'node:crypto'

import { RateLimiterMemory } from 'rate-limiter-flexible'

/** Anti-abuse settings, from the environment (see .env.example). */
export function antiAbuseSettings() {
  return {
    minFillSeconds: Number(process.env.FORM_MIN_FILL_SECONDS ?? 3),
    postsPerMinute: Number(process.env.FORM_RATE_LIMIT_PER_MINUTE ?? 30),
    maxRequestBytes: Number(process.env.FORM_MAX_REQUEST_MB ?? 25) * 1024 * 1024,
  }
}

/** Why an oversize post is refused: on the 413 page, and in the form page before sending. */
export function tooLargeMessage(maxRequestBytes = antiAbuseSettings().maxRequestBytes): string {
  return `Les fichiers joints dépassent ${Math.round(maxRequestBytes / 1048576)} Mo au total. Réduisez leur taille et recommencez.`
}

/** A field that people never see nor fill; robots filling every input reveal themselves. */
export const HONEYPOT_NAME = 'site_web_confirmation'

const secret = () => process.env.PAYLOAD_SECRET || 'dev-secret'

/** "<ms>.<hmac>": when the form was shown, signed so that a client cannot backdate it. */
export function signedTimestamp(now = Date.now()): string {
  const mac = crypto.createHmac('sha256', secret()).update(`form-time:${now}`).digest('base64url').slice(0, 22)
  return `${now}.${mac}`
}

/** Seconds since the signed timestamp, or null when it is missing or forged. */
export function secondsSince(value: string | undefined | null, now = Date.now()): number | null {
  const match = /^(\d{10,16})\.([A-Za-z0-9_-]{22})$/.exec(value ?? '')
  if (!match) return null
  const expected = signedTimestamp(Number(match[1])).split('.')[1]
  if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(match[2]))) return null
  return (now - Number(match[1])) / 1000
}

let limiter: RateLimiterMemory | null = null
let limiterPoints = 0

/** true when this address may post again now (per-process memory: one instance per town). */
export async function allowPost(ip: string): Promise<boolean> {
  const { postsPerMinute } = antiAbuseSettings()
  if (!limiter || limiterPoints !== postsPerMinute) {
    limiter = new RateLimiterMemory({ points: postsPerMinute, duration: 60 })
    limiterPoints = postsPerMinute
  }
  try {
    await limiter.consume(ip)
    return true
  } catch {
    return false
  }
}

const lookupLimiter = new RateLimiterMemory({ points: Number(process.env.FOLLOW_UP_LOOKUPS_PER_MINUTE ?? 60), duration: 60 })

/** Follow-up links are secrets: an address trying many of them is slowed down (429). */
export async function allowFollowUpLookup(ip: string): Promise<boolean> {
  try {
    await lookupLimiter.consume(ip)
    return true
  } catch {
    return false
  }
}

/** How many reverse proxies stand in front of the site, each appending to X-Forwarded-For (default 1). */
export function trustedProxies(): number {
  const value = Number(process.env.TRUSTED_PROXIES ?? 1)
  return Number.isInteger(value) && value >= 0 ? value : 1
}

/**
 * The address the per-address limits count. Every proxy appends the address it received the
 * request from to X-Forwarded-For, so only the entries added by our own proxies can be trusted:
 * counted from the RIGHT, the client is at `length - TRUSTED_PROXIES`. Entries further left were
 * sent by the client and may be forged ("X-Forwarded-For: 1.2.3.4"). With more proxies configured
 * than entries present, the first entry; with 0, the last one. Then X-Real-IP, then 'local'.
 * Decision 0017.
 */
export function clientIp(headers: Headers): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length > 0) {
    const index = Math.min(Math.max(entries.length - trustedProxies(), 0), entries.length - 1)
    return entries[index]
  }
  return headers.get('x-real-ip')?.trim() || 'local'
}
