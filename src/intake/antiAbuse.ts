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

/** One in-memory limiter per rule and setting (per process: one instance per town); a changed setting starts a new count. */
const limiters = new Map<string, RateLimiterMemory>()
function limiterFor(rule: string, points: number, duration: number): RateLimiterMemory {
  const key = `${rule}:${points}:${duration}`
  let limiter = limiters.get(key)
  if (!limiter) limiters.set(key, (limiter = new RateLimiterMemory({ points, duration, keyPrefix: rule })))
  return limiter
}

/** true when this address may post again now. */
export async function allowPost(ip: string): Promise<boolean> {
  try {
    await limiterFor('posts', antiAbuseSettings().postsPerMinute, 60).consume(ip)
    return true
  } catch {
    return false
  }
}

/** Gives back the point of a post that was not handled (answered by the waiting room, decision 0075). */
export async function givePostBack(ip: string): Promise<void> {
  await limiterFor('posts', antiAbuseSettings().postsPerMinute, 60)
    .reward(ip)
    .catch(() => undefined)
}

const uploadBudget = () => limiterFor('upload-bytes', antiAbuseSettings().uploadBudgetBytes, 3600)

/**
 * Charges `bytes` of stored upload to this address's hourly budget (FORM_UPLOAD_BUDGET_MB,
 * default 200 MB — far above what a citizen sends, far below a filled disk). false, and nothing
 * charged, when the file would go over it. Per-process memory, like the rate limit.
 */
export async function chargeUploadBudget(ip: string, bytes: number): Promise<boolean> {
  const budget = uploadBudget()
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
  const state = await uploadBudget().get(ip)
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

/**
 * The address the per-address limits count. The web server (src/scripts/server.mjs) has already
 * decided it from the connection and TRUSTED_PROXIES and written it as the last (only) entry of
 * X-Forwarded-For (decision 0025); then X-Real-IP, then 'local'.
 */
export function clientIp(headers: Headers): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries.at(-1) ?? (headers.get('x-real-ip')?.trim() || 'local')
}
