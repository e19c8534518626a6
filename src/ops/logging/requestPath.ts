/**
 * A request's address as it may be logged: the path with every secret segment replaced by a
 * placeholder, and the names of the query parameters without their values (decision 0071).
 */
import { looksLikeSecret, scrubText } from './scrubText.ts'

/**
 * Addresses whose segments are secrets or personal data, known by route: follow-up links (and every
 * page, PDF and post under them), Payload's password-reset and e-mail verification links (admin and
 * API), and the names of uploaded files (a citizen's "CNI-Jean-Dupont.pdf").
 */
const SECRET_SEGMENTS: Array<[RegExp, string]> = [
  [/^\/suivi\/[^/]+/, '/suivi/[jeton]'],
  [/^\/admin\/reset\/[^/]+/, '/admin/reset/[jeton]'],
  [/^(\/admin(?:\/collections)?\/[^/]+\/verify)\/[^/]+/, '$1/[jeton]'],
  [/^(\/api\/[^/]+\/(?:verify|unlock|reset-password))\/[^/]+/, '$1/[jeton]'],
  [/^(\/api\/[^/]+\/file)\/[^/]+/, '$1/[fichier]'],
]

const PLACEHOLDERS = new Set(['[jeton]', '[fichier]'])

const MAX_PATH_LENGTH = 300
const MAX_SEGMENT_LENGTH = 100
const MAX_QUERY_NAMES = 10

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment // a malformed escape: checked as it is
  }
}

/** A segment of an unknown route: kept unless it carries something scrubText would remove, or is too long. */
function loggedSegment(segment: string): string {
  if (PLACEHOLDERS.has(segment)) return segment // set by SECRET_SEGMENTS
  if (segment.length > MAX_SEGMENT_LENGTH) return '[long]'
  const text = decoded(segment)
  if (/^[A-Za-z0-9_-]{16,}$/.test(text) && looksLikeSecret(text)) return '[jeton]'
  return scrubText(text) === text ? segment : '[masqué]'
}

export interface LoggedAddress {
  path: string
  /** The query's parameter names (never their values), when it has any */
  query?: string[]
}

/** What the request line records of `url` (a request target: path and query, as Node gives it). */
export function loggedAddress(url: string): LoggedAddress {
  const queryStart = url.indexOf('?')
  let path = (queryStart < 0 ? url : url.slice(0, queryStart)) || '/'
  if (!path.startsWith('/')) path = '/[autre]' // "*" (OPTIONS) or an absolute URL: not an address to log
  for (const [pattern, replacement] of SECRET_SEGMENTS) path = path.replace(pattern, replacement)
  path = path.split('/').map(loggedSegment).join('/')
  if (path.length > MAX_PATH_LENGTH) path = path.slice(0, MAX_PATH_LENGTH) + '…'
  if (queryStart < 0) return { path }
  const names = [...new Set(url.slice(queryStart + 1).split('&').map((pair) => decoded(pair.split('=')[0].replace(/\+/g, ' '))))]
    .filter((name) => name !== '')
    .slice(0, MAX_QUERY_NAMES)
    .map((name) => (name.length > 40 || scrubText(name) !== name ? '[masqué]' : name))
  return names.length ? { path, query: names } : { path }
}
