import { servedOverHttps } from '../../lib/publicUrl'
import { admit, newWaitingRoomState, type WaitingRoomState } from './admission'
import { newArrival, passCookie, readPass } from './pass'
import { postsAhead, sentToLine } from './postsInServer'
import { waitingPageHtml } from './waitingPage'

/** Form posts this process lets in at once, counted from their arrival (FORM_POSTS_IN_FLIGHT, default 6; 0: no waiting room). */
export function postsInFlightLimit(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.FORM_POSTS_IN_FLIGHT ?? 6)
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0
}

// On globalThis: Next.js may load this module once per route bundle; the line is one per process.
const globalStore = globalThis as typeof globalThis & { __portailWaitingRoom?: WaitingRoomState }
const state = (globalStore.__portailWaitingRoom ??= newWaitingRoomState())

/** What the waiting room says of a post: handle it (and `leave` once answered), or this answer. */
export type Entry = { leave: () => void; response?: undefined } | { response: Response; leave?: undefined }

/**
 * A form post at the waiting room's door (decision 0075). A post carrying files is always
 * handled (its files cannot be put back in a page), but counts among those handled. Otherwise,
 * beyond the limit, the answer is the waiting page: the post's own fields behind "Réessayer",
 * its place in line, `Retry-After`, and the pass that keeps its rank.
 */
export function enterWaitingRoom(request: Request, data: FormData): Entry {
  const carriesFiles = [...data.values()].some((value) => typeof value !== 'string' && value.size > 0)
  const who = readPass(request.headers.get('cookie')) ?? newArrival()
  const admission = admit(state, carriesFiles ? 0 : postsInFlightLimit(), who, Date.now(), postsAhead(request.headers))
  if (admission.admitted) return { leave: admission.leave }
  sentToLine(request.headers)
  const fields = [...data.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'action')
  const html = waitingPageHtml({
    action: new URL(request.url).pathname,
    fields,
    pressed: String(data.get('action') ?? 'suivant'),
    position: admission.position,
    retryAfterSeconds: admission.retryAfterSeconds,
  })
  return {
    response: new Response(html, {
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Retry-After': String(admission.retryAfterSeconds),
        'Set-Cookie': passCookie(who, servedOverHttps()),
        'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      },
    }),
  }
}
