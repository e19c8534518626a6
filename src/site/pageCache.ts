import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Rendered public pages kept in memory by the proxy (decision 0014). A page is rendered once, then
 * served from here with its render-time nonce swapped for a fresh one, until any content changes:
 * Payload hooks touch a version file, so every process on the machine drops its pages at once.
 */
interface CachedPage {
  body: string
  nonce: string
  version: number
  storedAt: number
}

const MAX_PAGES = 500
const MAX_AGE_MS = 10 * 60_000 // safety net: nothing lives longer, even if a change went unseen

type Store = { pages: Map<string, CachedPage>; filling: Map<string, Promise<CachedPage | null>>; fillSecret: string }
const store: Store = ((globalThis as { __pageCache?: Store }).__pageCache ??= {
  pages: new Map(),
  filling: new Map(),
  fillSecret: randomBytes(16).toString('hex'),
})

/** One version file per database, so test apps and instances of other towns never share it. */
export function versionFile(env: Record<string, string | undefined> = process.env): string {
  if (env.PAGE_CACHE_VERSION_FILE) return env.PAGE_CACHE_VERSION_FILE
  const key = createHash('sha256').update(env.DATABASE_URL ?? 'default').digest('hex').slice(0, 16)
  return path.join(os.tmpdir(), `portail-citoyen-contenu-${key}`)
}

/** The content version: the version file's modification time (0 when never changed). */
export function contentVersion(): number {
  try {
    // A file in the temporary folder, not of the project: the build must not trace the whole project for it.
    return fs.statSync(/*turbopackIgnore: true*/ versionFile()).mtimeMs
  } catch {
    return 0
  }
}

/** Called by Payload hooks after any change of public content. */
export function markContentChanged(): void {
  const file = versionFile()
  const now = new Date()
  try {
    fs.utimesSync(file, now, now)
  } catch {
    fs.writeFileSync(file, '')
  }
}

/** A browser's page load (never a client navigation's payload: Next's router never asks for HTML). */
const isPageLoad = (method: string, headers: Headers) => method === 'GET' && (headers.get('accept') ?? '').includes('text/html')

/**
 * Page loads of the site that are not cached (search, follow-up links, unknown addresses) but may
 * still lose their unused scripts by being rendered through the server. Not the admin, the API or
 * the forms (their steps and conditions always need their scripts).
 */
export function isRenderedThroughServer(method: string, pathname: string, headers: Headers): boolean {
  if (!isPageLoad(method, headers)) return false
  // Files (public/…, with an extension) are served as they are.
  return !/^\/(admin|api|formulaires|_next)(\/|$)/.test(pathname) && !/\.[A-Za-z0-9]+$/.test(pathname)
}

/** Public pages that look the same to every visitor. Forms, follow-up links, search: never. */
const CACHEABLE = [/^\/$/, /^\/demarches(\/[^/]+){0,2}\/?$/, /^\/documents(\/[^/]+)?\/?$/, /^\/annuaire(\/[^/]+){0,2}\/?$/]

export function isCacheable(method: string, pathname: string, headers: Headers): boolean {
  // Only page loads: Next.js strips its RSC headers before the proxy, but its client navigations
  // never ask for HTML, browsers' page loads always do.
  if (!isPageLoad(method, headers)) return false
  if (/(^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')) return false // staff: always fresh
  return CACHEABLE.some((pattern) => pattern.test(pathname))
}

/**
 * The parameters each cached page reads, with their bounds. Any other parameter is ignored (the
 * page ignores it too), so `/?x=1`, `/?x=2`… are one entry; free-text searches (`q`) are never
 * cached: each is rendered fresh instead of evicting the pages everyone reads.
 */
const CACHED_PARAMETERS: Array<{ path: RegExp; params: Record<string, RegExp> }> = [
  { path: /^\/documents$/, params: { domaine: /^[a-z0-9-]{1,80}$/ } },
  { path: /^\/annuaire\/(associations|entreprises)$/, params: { categorie: /^[a-z0-9_-]{1,80}$/, lettre: /^([A-Za-z]|#)$/, page: /^[1-9]\d{0,3}$/ } },
  { path: /^\/annuaire\/carte$/, params: { annuaire: /^[a-z]{1,20}$/ } },
]

/**
 * The page cache's key for a page load: the path without trailing slash, then the known
 * parameters in a fixed order (first value only); null when the page must not come from the
 * cache (a search, or a value outside its bounds: the page is then rendered as usual).
 */
export function pageCacheKey(pathname: string, search: URLSearchParams): string | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  if (search.has('q')) return null
  const known = CACHED_PARAMETERS.find((entry) => entry.path.test(path))?.params ?? {}
  const kept = new URLSearchParams()
  for (const [name, pattern] of Object.entries(known)) {
    const value = search.get(name)
    if (value === null || value === '') continue
    if (!pattern.test(value)) return null
    kept.set(name, value)
  }
  const query = kept.toString()
  return query ? `${path}?${query}` : path
}

export const isFillRequest = (headers: Headers) => headers.get('x-page-cache-fill') === store.fillSecret

export function cachedPage(key: string): CachedPage | null {
  const page = store.pages.get(key)
  if (!page) return null
  if (page.version !== contentVersion() || Date.now() - page.storedAt > MAX_AGE_MS) {
    store.pages.delete(key)
    return null
  }
  // Most recently used last, so the oldest is evicted first.
  store.pages.delete(key)
  store.pages.set(key, page)
  return page
}

/** Renders the page through the server (once per key at a time) and keeps it if it is a 200. */
export function fillPage(key: string, origin: string, accept: string | null): Promise<CachedPage | null> {
  const pending = store.filling.get(key)
  if (pending) return pending
  const version = contentVersion()
  // Only the Accept header: a cached page must not depend on who asked for it first.
  const promise = renderThroughServer(origin, key, new Headers({ accept: accept ?? 'text/html' }))
    .then((rendered) => {
      if (!rendered || rendered.status !== 200) return null
      const page = { body: rendered.body, nonce: rendered.nonce, version, storedAt: Date.now() }
      store.pages.set(key, page)
      while (store.pages.size > MAX_PAGES) store.pages.delete(store.pages.keys().next().value!)
      return page
    })
    .catch(() => null)
    .finally(() => store.filling.delete(key))
  store.filling.set(key, promise)
  return promise
}

/** Request headers a fetch may not set, and response headers that no longer describe the body. */
const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'expect', 'content-length'])
const STALE_RESPONSE = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'content-security-policy'])

export interface RenderedPage {
  status: number
  headers: Headers
  body: string
  nonce: string
}

/**
 * Renders one page load through the server itself, as the visitor asked for it (same headers), and
 * returns it without its unused scripts; null when the answer is not an HTML page.
 */
export async function renderThroughServer(origin: string, target: string, requestHeaders: Headers): Promise<RenderedPage | null> {
  const headers = new Headers()
  for (const [name, value] of requestHeaders) if (!HOP_BY_HOP.has(name)) headers.set(name, value)
  headers.set('x-page-cache-fill', store.fillSecret)
  const response = await fetch(origin + target, { headers, redirect: 'manual' })
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
  if (!nonce || !response.headers.get('content-type')?.startsWith('text/html')) return null
  const kept = new Headers()
  for (const [name, value] of response.headers) if (!STALE_RESPONSE.has(name)) kept.append(name, value)
  return { status: response.status, headers: kept, body: withoutUnusedScripts(await response.text()), nonce }
}

/**
 * A page with no interactive part (no element marked `data-island` by a client component) works
 * entirely as HTML: its scripts — the framework runtime and its hydration payload — are dropped, so
 * citizens download and run no code the page does not use. Pages with an island keep them all.
 */
export function withoutUnusedScripts(html: string): string {
  if (/\sdata-island[\s=>]/.test(html)) return html
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*\bas="script"[^>]*>/g, '')
}

/** The stored HTML with every nonce attribute of the render switched to this response's nonce. */
export const withNonce = (page: Pick<CachedPage, 'body' | 'nonce'>, nonce: string) => page.body.split(`nonce="${page.nonce}"`).join(`nonce="${nonce}"`)
