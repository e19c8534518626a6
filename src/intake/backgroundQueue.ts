/**
 * The work a form post leaves for after its answer (the e-mails and their PDFs), run one job per
 * turn of the event loop, in order (decision 0075). Next's `after()` starts each job as soon as
 * its response is sent: at a ticket opening dozens of orders' e-mails (≈ 50 ms of PDFs and
 * composing each, synchronous) then ran back to back and kept the process from reading the next
 * posts for a second or more. Queued, the posts waiting in the connections get their turn between
 * two jobs, and the e-mails all leave, a little later during a rush.
 */
type Job = () => Promise<void>

interface BackgroundQueue {
  jobs: Array<{ job: Job; done: () => void }>
  running: boolean
}

// On globalThis: Next.js may load this module once per route bundle; one queue per process.
const globalStore = globalThis as typeof globalThis & { __portailBackgroundQueue?: BackgroundQueue }
const queue = (globalStore.__portailBackgroundQueue ??= { jobs: [], running: false })

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

async function drain(): Promise<void> {
  queue.running = true
  try {
    while (queue.jobs.length) {
      await nextTurn()
      const { job, done } = queue.jobs.shift()!
      // A failing job has logged its own error (sendRecorded records failures): the next one runs.
      await job().catch(() => undefined)
      done()
    }
  } finally {
    queue.running = false
  }
}

/** Queues the job; resolves once it has run (whatever its outcome). */
export function runInBackground(job: Job): Promise<void> {
  return new Promise<void>((done) => {
    queue.jobs.push({ job, done })
    if (!queue.running) void drain()
  })
}

/** Jobs waiting for their turn. */
export const backgroundJobsWaiting = () => queue.jobs.length
