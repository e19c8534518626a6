/**
 * Published forms by slug, kept in memory: a form definition (steps and field blocks) costs many
 * joined reads on SQL databases, and every step post needs it. Dropped on any change of public
 * content (src/hooks/invalidatePages.ts: a form, the procedure giving its domain, its organisation),
 * and after a short time anyway (other processes).
 */
const TTL_MS = 30_000
/** Misses are kept too (an unknown slug costs one read): bounded, as anyone can post to any slug. */
const MAX_ENTRIES = 500

interface Entry<T> {
  value: T
  expires: number
}

// On globalThis: Next.js may load this module once per route bundle; the cache must be one per process.
const globalStore = globalThis as typeof globalThis & { __portailFormCache?: Map<string, Entry<unknown>> }
const cache = (globalStore.__portailFormCache ??= new Map<string, Entry<unknown>>())
const generation = globalStore as typeof globalThis & { __portailFormGeneration?: number }

export async function cachedForm<T>(slug: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(slug)
  if (hit && hit.expires > Date.now()) return hit.value as T
  const startedAt = generation.__portailFormGeneration ?? 0
  const value = await load()
  // A read that began before a change may hold the old form: used once, never kept.
  if ((generation.__portailFormGeneration ?? 0) === startedAt) {
    cache.delete(slug)
    // The oldest entry goes first (a Map keeps insertion order).
    while (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
    cache.set(slug, { value, expires: Date.now() + TTL_MS })
  }
  return value
}

export function invalidateForms(): void {
  generation.__portailFormGeneration = (generation.__portailFormGeneration ?? 0) + 1
  cache.clear()
}
