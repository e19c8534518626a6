/**
 * How long this process has gone without a turn of its event loop (decision 0075). With a
 * synchronous SQLite driver a post's handling hardly yields: posts are handled one after the
 * other, and while they are, the next ones wait unread in the connections. A timer that should
 * run every TICK_MS tells how long the loop has been busy: that is how long a post arriving now
 * has been kept waiting, at least (the same measure as toobusy-js's or @fastify/under-pressure's
 * event-loop delay, read at the moment of the decision instead of averaged).
 */
const TICK_MS = 10

interface LoopClock {
  lastTick: number
  timer?: ReturnType<typeof setInterval>
}

// On globalThis: Next.js may load this module once per route bundle; one clock per process.
const globalStore = globalThis as typeof globalThis & { __portailLoopClock?: LoopClock }

/** Milliseconds the event loop has been busy without a break, now (0 when it just turned). */
export function loopLagMs(now = performance.now()): number {
  let clock = globalStore.__portailLoopClock
  if (!clock) {
    clock = globalStore.__portailLoopClock = { lastTick: now }
    const started = clock
    started.timer = setInterval(() => (started.lastTick = performance.now()), TICK_MS)
    started.timer.unref?.()
  }
  return Math.max(0, now - clock.lastTick - TICK_MS)
}
