/**
 * The camera keeps reading while the ticket just judged is still before the lens: that same code
 * must not be sent again (a second, red "déjà contrôlé" for the ticket just let in). A code already
 * sent is held back while it stays in view, and sent again once it has been out of view for a
 * moment — a ticket shown again on purpose is judged again (decision 0073). Pure: times are given.
 */

/** Each code sent for judgement, with the last time (ms, a monotonic clock) a frame showed it. */
export type RecentCodes = ReadonlyMap<string, number>

/** How long a code must stay unseen before showing it again counts as a new scan. */
export const OUT_OF_VIEW_MS = 2_000

export const NO_RECENT_CODES: RecentCodes = new Map()

/**
 * A frame showed `code` at `now`: should it be sent for judgement? Returns the answer and the
 * memory to keep (codes out of view for long enough are forgotten, so the memory stays small).
 */
export function codeRead(recent: RecentCodes, code: string, now: number, outOfViewMs = OUT_OF_VIEW_MS): { send: boolean; recent: RecentCodes } {
  const lastSeen = recent.get(code)
  const send = lastSeen === undefined || now - lastSeen >= outOfViewMs
  return { send, recent: codeSeen(recent, code, now, outOfViewMs) }
}

/**
 * `code` is in view at `now` without being sent again: e.g. when its verdict comes back, so the
 * time the server took never counts as time out of view.
 */
export function codeSeen(recent: RecentCodes, code: string, now: number, outOfViewMs = OUT_OF_VIEW_MS): RecentCodes {
  const kept = [...recent].filter(([other, lastSeen]) => other !== code && now - lastSeen < outOfViewMs)
  return new Map([...kept, [code, now]])
}
