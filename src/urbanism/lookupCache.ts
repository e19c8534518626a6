/**
 * The lookup service's cache (decision 0062), held on globalThis so that every module instance of
 * a process (Next.js bundles, Payload endpoints) shares it. `forgetLookups` after an import in
 * this process; other processes notice the new current revision at their next check.
 */
interface LookupCache {
  snapshot: unknown
  revisionId: number | string | null
  checkedAt: number
  building: Promise<unknown> | null
}

const cache: LookupCache = ((globalThis as { __pluLookupCache?: LookupCache }).__pluLookupCache ??= {
  snapshot: null,
  revisionId: null,
  checkedAt: 0,
  building: null,
})

export function lookupCache(): LookupCache {
  return cache
}

export function forgetLookups(): void {
  cache.snapshot = null
  cache.revisionId = null
  cache.checkedAt = 0
  cache.building = null
}
