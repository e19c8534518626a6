/**
 * When a form post reached this web process (decision 0075). The web server
 * (src/scripts/server.mjs) writes it in a header of its own as the request arrives (a client's
 * own is dropped), so that the handler knows how long the post waited before its turn: with a
 * synchronous SQLite driver a post's handling hardly yields, so a crowd waits in the server, in
 * front of the handler — never more than one or two posts inside it at once.
 */
export const ARRIVAL_HEADER = 'x-portail-arrivee'

/** Form posts: what the waiting room sees. */
export const isFormPost = (method: string | undefined, url: string | undefined) => method === 'POST' && /^\/formulaires\/[^/?#]+\/etape(?:[?#]|$)/.test(url ?? '')

/** Called by the web server for every request: a form post gets its arrival time; any other request loses a header of that name. */
export function stampArrival(req: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }, now = Date.now()): void {
  delete req.headers[ARRIVAL_HEADER]
  if (isFormPost(req.method, req.url)) req.headers[ARRIVAL_HEADER] = String(now)
}

/** Milliseconds since the web server received this post; null when it did not stamp it (the handler called in process). */
export function waitedSinceArrival(headers: Headers, now = Date.now()): number | null {
  const value = headers.get(ARRIVAL_HEADER)
  if (!value || !/^\d{10,16}$/.test(value)) return null
  return Math.max(0, now - Number(value))
}
