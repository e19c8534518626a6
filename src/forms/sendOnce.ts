/**
 * One request per rendered form page on the JavaScript path: the page carries a random "envoi"
 * key, and a second send with the same key (a double press that got through, a resend after a
 * timeout) gets the first send's answer instead of storing the request twice. Per process and
 * for an hour, like the rate limiter (one instance per town).
 */
const TTL_MS = 3600_000
const MAX_KEYS = 50_000

interface Entry {
  location: Promise<string>
  expires: number
}

const store = globalThis as typeof globalThis & { __portailSends?: Map<string, Entry> }
const sends = (store.__portailSends ??= new Map<string, Entry>())

/**
 * Runs `send` once per key; `send` returns where to send the citizen and whether the request was
 * stored. Only stored sends are remembered: after a refusal the citizen may correct and resend.
 */
export async function sendOnce(key: string, send: () => Promise<{ location: string; stored: boolean }>): Promise<string> {
  const now = Date.now()
  const known = sends.get(key)
  if (known && known.expires > now) return known.location
  if (sends.size >= MAX_KEYS) for (const [k, e] of sends) if (e.expires <= now || sends.size >= MAX_KEYS) sends.delete(k)
  const result = send()
  const location = result.then((r) => r.location)
  sends.set(key, { location, expires: now + TTL_MS })
  result.then(
    (r) => (r.stored ? undefined : sends.delete(key)),
    () => sends.delete(key),
  )
  return location
}
