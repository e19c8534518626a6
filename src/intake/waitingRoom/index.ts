import { servedOverHttps } from '../../lib/publicUrl'
import { carriesFiles } from '../limitedFormData'
import { admit, type Limits, newWaitingRoomState, type WaitingRoomState } from './admission'
import { newArrival, passCookie, readPass } from './pass'
import { loopLagMs } from './loopLag'
import { waitingPageHtml } from './waitingPage'

const setting = (value: string | undefined, fallback: number) => {
  const number = Number(value ?? fallback)
  return Number.isFinite(number) && number > 0 ? Math.floor(number) : 0
}

/**
 * The waiting room's settings: form posts handled at once by this process (FORM_POSTS_IN_FLIGHT,
 * default 6; 0: no waiting room) and the longest the process may have been busy without a break
 * when a newcomer is let in (FORM_POSTS_MAX_WAIT_MS, default 300).
 */
export function waitingRoomLimits(env: Record<string, string | undefined> = process.env): Limits {
  return { limit: setting(env.FORM_POSTS_IN_FLIGHT, 6), maxWaitMs: setting(env.FORM_POSTS_MAX_WAIT_MS, 300) }
}

// On globalThis: Next.js may load this module once per route bundle; the line is one per process.
const globalStore = globalThis as typeof globalThis & { __portailWaitingRoom?: WaitingRoomState }
const state = (globalStore.__portailWaitingRoom ??= newWaitingRoomState())

/** What the waiting room says of a post: handle it (and `leave` once answered), or this answer. */
export type Entry = { leave: () => void; response?: undefined } | { response: Response; leave?: undefined }

/**
 * A form post at the waiting room's door (decision 0075). A post carrying files is always
 * handled (its files cannot be put back in a page), but counts among those handled. Otherwise,
 * when the process has been busy too long without a break (the post waited that long unread) or
 * too many posts are being handled, the answer is the waiting page: the post's own fields behind "Réessayer",
 * its place in line, `Retry-After`, and the pass that keeps its rank.
 */
export function enterWaitingRoom(request: Request, data: FormData): Entry {
  const who = readPass(request.headers.get('cookie')) ?? newArrival()
  const limits = waitingRoomLimits()
  const admission = admit(state, carriesFiles(data) ? { ...limits, limit: 0 } : limits, who, Date.now(), loopLagMs())
  if (admission.admitted) return { leave: admission.leave }
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
