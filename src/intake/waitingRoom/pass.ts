import crypto from 'node:crypto'

import { sameSecret } from '../../lib/secureToken'
import type { Arrival } from './admission'

/**
 * The waiting room's pass: a cookie saying when this browser first met the line, signed so that
 * nobody can move themselves forward. It follows the citizen's next posts (the send after the
 * tickets step) so that they keep their rank; it is honoured for an hour.
 */
export const PASS_COOKIE = 'file_attente'
const PASS_MAX_AGE_SECONDS = 3600

const secret = () => process.env.PAYLOAD_SECRET || 'dev-secret'
const mac = (message: string) => crypto.createHmac('sha256', secret()).update(`file-attente:${message}`).digest('base64url').slice(0, 22)

/** The pass value for this arrival: "<ms>.<id>.<hmac>". */
export function signPass({ id, arrival }: Arrival): string {
  return `${arrival}.${id}.${mac(`${arrival}.${id}`)}`
}

/** The arrival a pass carries; null when absent, forged or older than an hour (a fresh arrival then). */
export function readPass(cookieHeader: string | null, now = Date.now()): Arrival | null {
  const value = cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${PASS_COOKIE}=`))
    ?.slice(PASS_COOKIE.length + 1)
  const match = /^(\d{10,16})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})$/.exec(value ?? '')
  if (!match || !sameSecret(mac(`${match[1]}.${match[2]}`), match[3])) return null
  const arrival = Number(match[1])
  if (arrival > now + 60_000 || now - arrival > PASS_MAX_AGE_SECONDS * 1000) return null
  return { id: match[2], arrival }
}

export const newArrival = (now = Date.now()): Arrival => ({ id: crypto.randomBytes(12).toString('base64url'), arrival: now })

/** The Set-Cookie of a pass: the form posts only, never read by scripts, Secure behind HTTPS. */
export function passCookie(arrival: Arrival, secure: boolean): string {
  return `${PASS_COOKIE}=${signPass(arrival)}; Path=/formulaires; Max-Age=${PASS_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`
}
