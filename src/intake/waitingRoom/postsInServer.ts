/**
 * The form posts this web process has received and not yet answered, in order of arrival
 * (decision 0075). The web server (src/scripts/server.mjs) numbers each form post as it arrives
 * and tells the handler its number in a header it sets itself (a client's own is dropped); the
 * handler then knows how many posts came before it and are still here. Counted from the
 * arrival, not from the handler: with a synchronous SQLite driver a post's handling hardly
 * yields, so the crowd waits before the handler, in the server, not inside it.
 */
export const ARRIVAL_HEADER = 'x-portail-arrivee'

interface PostsInServer {
  next: number
  /** Each post not answered yet, and whether the waiting room already sent it back to the line */
  unanswered: Map<number, { toLine: boolean }>
}

// On globalThis: the web server and the route bundles of Next.js load this module separately.
const globalStore = globalThis as typeof globalThis & { __portailPostsInServer?: PostsInServer }
const store = (globalStore.__portailPostsInServer ??= { next: 1, unanswered: new Map() })

/** Form posts: what the waiting room sees. */
export const isFormPost = (method: string | undefined, url: string | undefined) => method === 'POST' && /^\/formulaires\/[^/?#]+\/etape(?:[?#]|$)/.test(url ?? '')

/**
 * Called by the web server for every request: a form post gets its number (in ARRIVAL_HEADER)
 * until it is answered or its connection closes; any other request loses a header of that name.
 */
export function trackFormPost(req: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }, res: { once: (event: 'close', listener: () => void) => unknown }): void {
  delete req.headers[ARRIVAL_HEADER]
  if (!isFormPost(req.method, req.url)) return
  const number = store.next
  store.next += 1
  store.unanswered.set(number, { toLine: false })
  req.headers[ARRIVAL_HEADER] = String(number)
  res.once('close', () => store.unanswered.delete(number))
}

const numberOf = (headers: Headers) => {
  const number = Number(headers.get(ARRIVAL_HEADER))
  return Number.isSafeInteger(number) && number > 0 && store.unanswered.has(number) ? number : null
}

/**
 * How many form posts arrived before this one and are neither answered nor sent back to the
 * line (those cost next to nothing); null when the web server did not number this one.
 */
export function postsAhead(headers: Headers): number | null {
  const number = numberOf(headers)
  if (number === null) return null
  let ahead = 0
  for (const [other, { toLine }] of store.unanswered) if (other < number && !toLine) ahead += 1
  return ahead
}

/** This post is answered by the waiting page: it no longer counts for those behind it. */
export function sentToLine(headers: Headers): void {
  const number = numberOf(headers)
  if (number !== null) store.unanswered.get(number)!.toLine = true
}
