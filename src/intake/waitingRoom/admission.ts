/**
 * The waiting room of form posts (decision 0075), one per web process: at most `limit` posts are
 * handled at once; a post beyond that is not handled but answered at once with its place in line
 * and when to come back, so that during a ticket opening every answer comes quickly and the
 * posts being handled are not slowed down by a crowd waiting inside the server.
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
const MAX_RETRY_SECONDS = 20

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

export function newWaitingRoomState(): WaitingRoomState {
  return { inFlight: 0, waiting: new Map(), completions: [] }
}

/** Handled posts per second lately (at least 1, so that a first wait is short). */
function pace(state: WaitingRoomState, now: number): number {
  while (state.completions.length && state.completions[0] < now - PACE_WINDOW_MS) state.completions.shift()
  return Math.max(1, state.completions.length / (PACE_WINDOW_MS / 1000))
}

/**
 * Admits the post (call `leave` once it is answered, whatever happens) or gives its place in
 * line and the seconds after which to try again. `limit` 0 or less: every post is admitted.
 * `postsAhead`: the posts that reached the server before this one and are not answered yet.
 */
export function admit(state: WaitingRoomState, limit: number, who: Arrival, now = Date.now(), postsAhead: number | null = null): Admission {
  for (const [id, entry] of state.waiting) if (entry.dueAt + FORGOTTEN_AFTER_MS < now) state.waiting.delete(id)
  // Busy: the posts being handled, or, when the web server numbered the posts, every one that
  // came before this one and is still in the server (handled or waiting for its turn).
  const busy = Math.max(state.inFlight, postsAhead ?? 0)
  const free = limit > 0 ? limit - busy : Number.POSITIVE_INFINITY
  let olderDue = 0
  let older = 0
  for (const [id, entry] of state.waiting) {
    if (id === who.id || entry.arrival > who.arrival || (entry.arrival === who.arrival && id > who.id)) continue
    older += 1
    if (entry.dueAt - DUE_EARLY_MS <= now && now <= entry.dueAt + BLOCKING_GRACE_MS) olderDue += 1
  }
  if (free > olderDue) {
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
  const position = older + 1
  const retryAfterSeconds = Math.min(MAX_RETRY_SECONDS, Math.max(1, Math.ceil(position / pace(state, now))))
  state.waiting.set(who.id, { arrival: who.arrival, dueAt: now + retryAfterSeconds * 1000 })
  return { admitted: false, position, retryAfterSeconds }
}
