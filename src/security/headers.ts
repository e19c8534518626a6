/**
 * The site's security headers (decision 0013). The Content-Security-Policy carries a fresh nonce
 * per response (set by src/proxy.ts; Next.js puts it on its own scripts), so no inline script runs
 * without it; the other headers are the same for every response (next.config.ts).
 */
// With its extension: src/scripts/server.mjs imports this file with Node's own TypeScript support.
import { PAYFIP_PAGE_URL } from '../payment/payfip/addresses.ts'
import { pluTileOrigin } from '../urbanism/mapSettings.ts'

export function contentSecurityPolicy(nonce: string, development = process.env.NODE_ENV === 'development'): string {
  return [
    `default-src 'self'`,
    // 'strict-dynamic': scripts loaded by a trusted (nonced) script are trusted; nothing else runs.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? ` 'unsafe-eval'` : ''}`,
    // Inline styles carry no script; the charter is injected as a style element.
    `style-src 'self' 'unsafe-inline'`,
    // Map tiles come from a server set by staff (Site settings): any https image host; the PLU
    // basemap's server (PLU_MAP_TILE_URL) even when it is plain http (a town's own tile server).
    `img-src 'self' data: blob: https:${pluTileHttpOrigin()}`,
    `font-src 'self'`,
    `connect-src 'self'${development ? ' ws:' : ''}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action ${formActionSources()}`,
    `frame-ancestors 'none'`,
  ].join('; ')
}

/** The PLU basemap's origin when it is not https (https: is allowed already), with a leading space. */
function pluTileHttpOrigin(): string {
  const origin = pluTileOrigin()
  return origin && origin.startsWith('http:') ? ` ${origin}` : ''
}

/**
 * Where a page's forms may lead: the site, and PayFiP's payment page when the town pays through
 * PayFiP — "Payer" posts to the site, which redirects there, and browsers apply form-action to
 * that redirect too (decision 0045). The simulator is on the site itself.
 */
export function formActionSources(env: Record<string, string | undefined> = process.env): string {
  if ((env.PAYMENT_PROVIDER ?? '').trim().toLowerCase() !== 'payfip') return `'self'`
  try {
    return `'self' ${new URL(env.PAYFIP_PAGE_URL?.trim() || PAYFIP_PAGE_URL).origin}`
  } catch {
    return `'self'`
  }
}

/**
 * For every response that is not a page of the site or the admin (API JSON, files, the problem
 * pages of form posts, static assets): nothing may run, load or frame it. Problem pages keep
 * their inline styles only.
 */
export const NON_PAGE_CONTENT_SECURITY_POLICY = [
  `default-src 'none'`,
  `style-src 'unsafe-inline'`,
  `img-src 'self' data:`,
  `frame-ancestors 'none'`,
  `base-uri 'none'`,
  `form-action 'self'`,
].join('; ')

export const STATIC_SECURITY_HEADERS: Array<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: permissionsPolicy() },
]

/**
 * Powerful browser features are denied to every response; the door's page (/controle) alone may
 * use the camera, for itself only, to read tickets' QR codes (decision 0040). Set per page by
 * src/proxy.ts; every other response keeps the denial of STATIC_SECURITY_HEADERS.
 */
export function permissionsPolicy(pathname = ''): string {
  const camera = /^\/controle\/?$/.test(pathname) ? 'camera=(self)' : 'camera=()'
  return `${camera}, microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()`
}

/** Two years, subdomains included: only sent when the request came over HTTPS. */
export const HSTS = 'max-age=63072000; includeSubDomains'

export function newNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
