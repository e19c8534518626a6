/**
 * Published forms by slug, kept in memory: a form definition (steps and field blocks) costs many
 * joined reads on SQL databases, and every step post needs it. Invalidated by the Forms
 * collection's afterChange/afterDelete hooks, and after a short time anyway (other processes).
 */
const TTL_MS = 30_000

interface Entry<T> {
  value: T
  expires: number
}

// On globalThis: Next.js may load this module once per route bundle; the cache must be one per process.
const globalStore = globalThis as typeof globalThis & { __portailFormCache?: Map<string, Entry<unknown>> }
const cache = (globalStore.__portailFormCache ??= new Map<string, Entry<unknown>>())

export async function cachedForm<T>(slug: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(slug)
  if (hit && hit.expires > Date.now()) return hit.value as T
  const value = await load()
  cache.set(slug, { value, expires: Date.now() + TTL_MS })
  return value
}

export function invalidateForms(): void {
  cache.clear()
}
