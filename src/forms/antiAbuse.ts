import crypto from 'node:crypto'

import { RateLimiterMemory } from 'rate-limiter-flexible'

const megabytes = (value: string | undefined, fallback: number) => {
  const mb = Number(value ?? fallback)
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : fallback) * 1024 * 1024)
}

/** Anti-abuse settings, from the environment (see .env.example). */
export function antiAbuseSettings() {
  return {
    minFillSeconds: Number(process.env.FORM_MIN_FILL_SECONDS ?? 3),
    postsPerMinute: Number(process.env.FORM_RATE_LIMIT_PER_MINUTE ?? 30),
    maxRequestBytes: Number(process.env.FORM_MAX_REQUEST_MB ?? 25) * 1024 * 1024,
    uploadBudgetBytes: megabytes(process.env.FORM_UPLOAD_BUDGET_MB, 200),
  }
}

/** Why an oversize post is refused: on the 413 page, and in the form page before sending. */
export function tooLargeMessage(maxRequestBytes = antiAbuseSettings().maxRequestBytes): string {
  return `Les fichiers joints dépassent ${Math.round(maxRequestBytes / 1048576)} Mo au total. Réduisez leur taille et recommencez.`
}

/** A field that people never see nor fill; robots filling every input reveal themselves. */
export const HONEYPOT_NAME = 'site_web_confirmation'

const secret = () => process.env.PAYLOAD_SECRET || 'dev-secret'

/** A form page's timestamp is honoured this long: older, the citizen is asked to continue from a fresh page. */
export const STAMP_MAX_AGE_HOURS = 24

const mac = (message: string) => crypto.createHmac('sha256', secret()).update(message).digest('base64url').slice(0, 22)

/**
 * "<ms>.<hmac>": when this form's page was shown, signed over the form and the time so that a
 * client can neither backdate it nor reuse it on another form (decision 0023).
 */
export function signedTimestamp(formId: number | string, now = Date.now()): string {
  return `${now}.${mac(`form-time:${formId}:${now}`)}`
}

export interface FormStamp {
  /** When the page was shown (ms) */
  shownAt: number
  seconds: number
  /**
   * Genuine but no longer honoured: older than STAMP_MAX_AGE_HOURS, or signed before stamps named
   * their form (a page left open across the upgrade). The answers are kept; the citizen continues
   * from a fresh page.
   */
  renew: boolean
}

const sameMac = (a: string, b: string) => crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** Reads a form page's timestamp for this form; null when it is missing, forged or another form's. */
export function readFormStamp(value: string | undefined | null, formId: number | string, now = Date.now()): FormStamp | null {
  const match = /^(\d{10,16})\.([A-Za-z0-9_-]{22})$/.exec(value ?? '')
  if (!match) return null
  const shownAt = Number(match[1])
  const seconds = (now - shownAt) / 1000
  const tooOld = seconds > STAMP_MAX_AGE_HOURS * 3600
  if (sameMac(mac(`form-time:${formId}:${shownAt}`), match[2])) return { shownAt, seconds, renew: tooOld }
  // The former format (no form named), from a page shown less than a day ago: kept answers, fresh page.
  if (!tooOld && sameMac(mac(`form-time:${shownAt}`), match[2])) return { shownAt, seconds, renew: true }
  return null
}

/** Seconds since this form's page was shown, or null when the stamp is missing, forged, another form's or expired. */
export function secondsSince(value: string | undefined | null, formId: number | string, now = Date.now()): number | null {
  const stamp = readFormStamp(value, formId, now)
  return stamp && !stamp.renew ? stamp.seconds : null
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

let budget: RateLimiterMemory | null = null
let budgetPoints = 0

/**
 * Charges `bytes` of stored upload to this address's hourly budget (FORM_UPLOAD_BUDGET_MB,
 * default 200 MB — far above what a citizen sends, far below a filled disk). false, and nothing
 * charged, when the file would go over it. Per-process memory, like the rate limit.
 */
export async function chargeUploadBudget(ip: string, bytes: number): Promise<boolean> {
  const { uploadBudgetBytes } = antiAbuseSettings()
  if (!budget || budgetPoints !== uploadBudgetBytes) {
    budget = new RateLimiterMemory({ points: uploadBudgetBytes, duration: 3600, keyPrefix: 'upload-bytes' })
    budgetPoints = uploadBudgetBytes
  }
  const points = Math.max(1, Math.ceil(bytes))
  try {
    await budget.consume(ip, points)
    return true
  } catch {
    await budget.reward(ip, points).catch(() => undefined) // a refused file costs nothing
    return false
  }
}

/** Bytes this address may still store this hour (checked before decoding a file, to spare the work). */
export async function uploadBudgetLeft(ip: string): Promise<number> {
  const { uploadBudgetBytes } = antiAbuseSettings()
  if (!budget || budgetPoints !== uploadBudgetBytes) return uploadBudgetBytes
  const state = await budget.get(ip)
  return state === null ? uploadBudgetBytes : Math.max(uploadBudgetBytes - state.consumedPoints, 0)
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
