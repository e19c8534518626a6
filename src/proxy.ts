import { type NextRequest, NextResponse } from 'next/server'

import { allowFollowUpLookup, clientIp } from './intake/antiAbuse'
import { kindOfSegment } from './directory/kinds'
import { contentSecurityPolicy, HSTS, newNonce, NON_PAGE_CONTENT_SECURITY_POLICY, permissionsPolicy, STATIC_SECURITY_HEADERS } from './security/headers'
import { isMalformedPath } from './security/malformedPath'
import { problemResponse } from './security/problemResponse'
import { directoryEntryExists } from './site/directoryQueries'
import { cachedPage, fillPage, isCacheable, pageCacheKey, isFillRequest, isRenderedThroughServer, renderThroughServer, withNonce } from './site/pageCache'
import { findByFollowUpToken } from './submissions/followUp'
import { documentPathExists, eventPathExists, formPathExists, procedurePathExists } from './site/publicPathExists'
import { sitePayload } from './site/payload'

/**
 * Every page gets a Content-Security-Policy with a fresh nonce, passed to Next.js through the request
 * headers so its scripts carry it (decision 0013).
 */
export async function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'
  const path = request.nextUrl.pathname
  if (isMalformedPath(path)) return malformedAddress(request, https)
  const refused = methodNotAllowed(request, https)
  if (refused) return refused
  const nonce = newNonce()
  const policy = contentSecurityPolicy(nonce)
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', policy)
  // A render the proxy asked for itself: the checks below were made on the visitor's request.
  if (isFillRequest(request.headers)) return withPolicy(NextResponse.next({ request: { headers } }), policy, https, path)
  const cached = await fromPageCache(request, nonce, policy, https)
  if (cached) return cached
  const limited = await tooManyLookups(request)
  if (limited) return withPolicy(limited, policy, https)
  const missing = await missingTarget(request)
  const stripped = await withoutScripts(request, missing ? '/introuvable' : request.nextUrl.pathname + request.nextUrl.search, nonce, policy, https)
  if (stripped) return stripped
  return withPolicy(missing ? NextResponse.rewrite(new URL('/introuvable', request.url), { request: { headers } }) : NextResponse.next({ request: { headers } }), policy, https, missing ? '' : path)
}

/**
 * The citizen site's pages are read, never posted to (forms post to their own route handlers):
 * another method gets a French 405 rather than a page or a 5xx. The admin posts its server functions.
 */
function methodNotAllowed(request: NextRequest, https: boolean): NextResponse | null {
  if (request.method === 'GET' || request.method === 'HEAD' || /^\/admin(\/|$)/.test(request.nextUrl.pathname)) return null
  return refusal(problemResponse(405, 'Méthode non permise', 'Cette page se consulte seulement. Revenez à l’accueil du site.', { headers: { Allow: 'GET, HEAD' } }), https)
}

/**
 * A bad escape in the address: the French 404 page for a page load, a short French 400 otherwise.
 * Never handed on to code that would throw while decoding it. (The API and the form posts, which
 * the proxy does not see, get the same from src/scripts/server.mjs.)
 */
function malformedAddress(request: NextRequest, https: boolean): NextResponse {
  const path = request.nextUrl.pathname
  const pageLoad = (request.method === 'GET' || request.method === 'HEAD') && !/^\/admin(\/|$)/.test(path)
  if (pageLoad) {
    const nonce = newNonce()
    const headers = new Headers(request.headers)
    headers.set('x-nonce', nonce)
    return withPolicy(NextResponse.rewrite(new URL('/introuvable', request.url), { request: { headers } }), contentSecurityPolicy(nonce), https)
  }
  return refusal(problemResponse(400, 'Adresse mal formée', "L'adresse demandée contient des caractères mal codés. Vérifiez le lien ou revenez à l'accueil."), https)
}

/** A problem page answered by the proxy itself: nothing on it may run. */
const refusal = (refused: Response, https: boolean) =>
  withPolicy(new NextResponse(refused.body, { status: refused.status, headers: refused.headers }), NON_PAGE_CONTENT_SECURITY_POLICY, https)

/** The security headers of a response; `path`, for a page, picks its Permissions-Policy (the door's page may use the camera). */
function withPolicy(response: NextResponse, policy: string, https: boolean, path = ''): NextResponse {
  response.headers.set('Content-Security-Policy', policy)
  for (const { key, value } of STATIC_SECURITY_HEADERS) response.headers.set(key, value)
  response.headers.set('Permissions-Policy', permissionsPolicy(path))
  if (https) response.headers.set('Strict-Transport-Security', HSTS)
  return response
}

/**
 * Other page loads of the site (search, follow-up, 404), rendered through the server so that a
 * page without an interactive part ships no script, as cached pages do (decision 0014).
 */
async function withoutScripts(request: NextRequest, target: string, nonce: string, policy: string, https: boolean): Promise<NextResponse | null> {
  const port = process.env.PORT
  if (!port || !isRenderedThroughServer(request.method, request.nextUrl.pathname, request.headers)) return null
  const page = await renderThroughServer(`http://127.0.0.1:${port}`, target, request.headers).catch(() => null)
  return page ? pageResponse(withNonce(page, nonce), page.status, page.headers, policy, https, target.split('?')[0]) : null
}

/** A public page from the page cache (rendered now through the server if it is not there yet). */
async function fromPageCache(request: NextRequest, nonce: string, policy: string, https: boolean): Promise<NextResponse | null> {
  const port = process.env.PORT
  if (!port || !isCacheable(request.method, request.nextUrl.pathname, request.headers)) return null
  const key = pageCacheKey(request.nextUrl.pathname, request.nextUrl.searchParams)
  if (!key) return null
  const hit = cachedPage(key)
  const page = hit ?? (await fillPage(key, `http://127.0.0.1:${port}`, request.headers.get('accept')))
  if (!page) return null
  const headers = new Headers({
    'Content-Type': 'text/html; charset=utf-8',
    // no-cache, not no-store: the browser may keep the page for back/forward (the bfcache).
    'Cache-Control': 'private, no-cache',
    'X-Page-Cache': hit ? 'hit' : 'miss',
  })
  return pageResponse(withNonce(page, nonce), 200, headers, policy, https)
}

/** A page the proxy answers itself, with the headers Next.js would have added (next.config, CSP, HSTS). */
function pageResponse(body: string, status: number, headers: Headers, policy: string, https: boolean, path = ''): NextResponse {
  return withPolicy(new NextResponse(body, { status, headers: new Headers(headers) }), policy, https, path)
}

/** Too many follow-up links tried from one address: 429 before any lookup. */
async function tooManyLookups(request: NextRequest): Promise<NextResponse | null> {
  // Every method that looks a token up counts (HEAD too: it answers 200 or 404 like GET).
  if (!/^\/suivi\/[^/]+\/?$/.test(request.nextUrl.pathname) || request.method === 'OPTIONS') return null
  if (await allowFollowUpLookup(clientIp(request.headers))) return null
  return new NextResponse('Trop de tentatives : patientez une minute avant de réessayer.', {
    status: 429,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60' },
  })
}

/**
 * Unknown slugs and tokens are rewritten to an address no route matches, so Next.js answers 404
 * with src/app/global-not-found.tsx rendered on the server. (A notFound() thrown inside a page
 * would send an empty shell that only JavaScript fills, with two root layouts: decision 0003.)
 */
async function missingTarget(request: NextRequest): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const path = request.nextUrl.pathname
  // Malformed escapes were answered before (malformedAddress): every segment decodes.
  const decode = (part: string | undefined) => (part ? decodeURIComponent(part) : part)
  let exists = true
  let match: RegExpExecArray | null
  if ((match = /^\/demarches\/([^/]+)(?:\/([^/]+))?\/?$/.exec(path))) {
    exists = await procedurePathExists(decode(match[1])!, decode(match[2]))
  } else if ((match = /^\/documents\/([^/]+)\/?$/.exec(path))) {
    exists = await documentPathExists(decode(match[1])!)
  } else if ((match = /^\/formulaires\/([^/]+)(?:\/verification)?\/?$/.exec(path))) {
    exists = await formPathExists(decode(match[1])!)
  } else if ((match = /^\/annuaire\/(associations|entreprises)\/([^/]+)\/?$/.exec(path))) {
    exists = await directoryEntryExists(kindOfSegment(match[1])!, decode(match[2])!)
  } else if ((match = /^\/agenda\/([^/]+)\/?$/.exec(path))) {
    exists = await eventPathExists(decode(match[1])!)
  } else if ((match = /^\/suivi\/([^/]+)\/?$/.exec(path))) {
    exists = (await findByFollowUpToken(await sitePayload(), decode(match[1])!)) !== null
  }
  return !exists
}

// Pages (site and admin). Not the API nor the form posts: the proxy would buffer their bodies (10 MB
// at most, cutting larger uploads); src/scripts/server.mjs and next.config.ts give them their headers.
export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|fonts/|leaflet/|scripts/|favicon.ico|formulaires/[^/]+/etape|suivi/[^/]+/message|suivi/[^/]+/annulation|suivi/[^/]+/paiement|paiement/notification|controle/scan|simulateur-payfip/).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
}
