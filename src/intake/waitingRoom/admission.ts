/**
 * The waiting room of form posts (decision 0075), one per web process. A post is not handled
 * but answered at once with its place in line and when to come back when the process has been
 * busy longer than `maxWaitMs` without a break (the post waited that long unread: a synchronous
 * SQLite driver handles posts one after the other), or when `limit` posts are being handled
 * already (an asynchronous driver handles many at once). So during a ticket opening every answer
 * comes quickly, and the posts let in are not slowed down by a crowd waiting in the server.
 *
 * Order: each waiting post holds an arrival time (carried by its signed pass between tries). A free
 * place goes to a post when fewer places are free than older posts due back now; an older post not
 * back yet does not keep a place empty for long (a tab closed, a slow network): past its due time
 * plus a short grace it stops blocking others, and keeps its rank until it is forgotten.
 *
 * Not a guarantee of anything sold or stored (those are the database's): only of a bounded crowd.
 */

/** How long past its due time an older post keeps a free place from a younger one. */
const BLOCKING_GRACE_MS = 2_000
/** A due time is met a little early: a client's timer and the network are not exact. */
const DUE_EARLY_MS = 250
/** A post not back this long after its due time has left: its rank is forgotten. */
const FORGOTTEN_AFTER_MS = 60_000
/** Completions counted over this window give the pace that estimates the wait. */
const PACE_WINDOW_MS = 5_000
const MAX_RETRY_SECONDS = 10
/** Posts answered per second assumed before any is (a post costs well under 200 ms). */
const MIN_PACE = 5

interface Waiting {
  arrival: number
  dueAt: number
}

export interface WaitingRoomState {
  inFlight: number
  waiting: Map<string, Waiting>
  completions: number[]
}

export type Admission =
  | { admitted: true; leave: (at?: number) => void }
  | { admitted: false; position: number; retryAfterSeconds: number }

export interface Arrival {
  /** Identifies the waiting post between its tries (from its pass) */
  id: string
  /** When it first came (ms) */
  arrival: number
}

function enter(state: WaitingRoomState, who: Arrival): Admission {
  state.waiting.delete(who.id)
  state.inFlight += 1
  let left = false
  return {
    admitted: true,
    leave: (at = Date.now()) => {
      if (left) return
      left = true
      state.inFlight -= 1
      state.completions.push(at)
    },
  }
}

export function newWaitingRoomState(): WaitingRoomState {
  return { inFlight: 0, waiting: new Map(), completions: [] }
}

/** Handled posts per second lately (at least MIN_PACE, so that a first wait is short). */
function pace(state: WaitingRoomState, now: number): number {
  while (state.completions.length && state.completions[0] < now - PACE_WINDOW_MS) state.completions.shift()
  return Math.max(MIN_PACE, state.completions.length / (PACE_WINDOW_MS / 1000))
}

export interface Limits {
  /** Posts handled at once; 0 or less: no waiting room at all */
  limit: number
  /** Longest the process may have been busy without a break when a newcomer is let in (ms) */
  maxWaitMs: number
}

/**
 * Admits the post (call `leave` once it is answered, whatever happens) or gives its place in
 * line and the seconds after which to try again. `waitedMs`: how long it waited unread (the
 * process busy without a break; null: unknown). A post back from the line at its due time is let
 * in if it waited up to twice the longest wait: it has waited its turn already.
 */
export function admit(state: WaitingRoomState, { limit, maxWaitMs }: Limits, who: Arrival, now = Date.now(), waitedMs: number | null = null): Admission {
  for (const [id, entry] of state.waiting) if (entry.dueAt + FORGOTTEN_AFTER_MS < now) state.waiting.delete(id)
  if (limit <= 0) return enter(state, who)
  const free = limit - state.inFlight
  const mine = state.waiting.get(who.id)
  const backInTime = mine !== undefined && mine.dueAt - DUE_EARLY_MS <= now
  // Back in its turn, a post may find the process busy twice as long: it has waited already (but
  // a crowd due back at the same second must not hold the process for seconds either).
  const waitedTooLong = maxWaitMs > 0 && waitedMs !== null && waitedMs > (backInTime ? 2 * maxWaitMs : maxWaitMs)
  let olderDue = 0
  let older = 0
  for (const [id, entry] of state.waiting) {
    if (id === who.id || entry.arrival > who.arrival || (entry.arrival === who.arrival && id > who.id)) continue
    older += 1
    if (entry.dueAt - DUE_EARLY_MS <= now && now <= entry.dueAt + BLOCKING_GRACE_MS) olderDue += 1
  }
  if (free > olderDue && !waitedTooLong) return enter(state, who)
  const position = older + 1
  const retryAfterSeconds = Math.min(MAX_RETRY_SECONDS, Math.max(1, Math.ceil(position / pace(state, now))))
  state.waiting.set(who.id, { arrival: who.arrival, dueAt: now + retryAfterSeconds * 1000 })
  return { admitted: false, position, retryAfterSeconds }
}
