import { Cron } from 'croner'

/** A job due this long after the tick that should have run it is late (a full batch may wait a tick or two). */
export const LATE_AFTER_MS = 15 * 60 * 1000
/** A job marked processing this long ago was left by a process that stopped (jobs here take seconds). */
export const PROCESSING_TOO_LONG_MS = 30 * 60 * 1000

/** What the rules read of a job (payload-jobs). */
export interface JobTiming {
  queue?: string | null
  waitUntil?: string | null
  createdAt: string
  processing?: boolean | null
  updatedAt: string
}

/** The cron that runs each queue in this process (Payload's `jobs.autoRun`); '*' for a cron running every queue. */
export type QueueCrons = Record<string, string>

const crons = new Map<string, Cron>()
const cronOf = (pattern: string) => {
  let cron = crons.get(pattern)
  // As Payload reads its autoRun crons (croner, sloppy ranges), never started: only asked for dates.
  if (!cron) crons.set(pattern, (cron = new Cron(pattern, { paused: true, sloppyRanges: true })))
  return cron
}

const firstTickFrom = (pattern: string, moment: Date) => cronOf(pattern).nextRun(new Date(moment.getTime() - 1000)) ?? moment

/**
 * When a pending job should have been run: the first tick of its queue's cron at or after the
 * moment it became due (waitUntil, else its creation) — and after the queues started running in
 * this process, for a job left from before a stop. The nightly queue runs hourly, so a job due at
 * 3:30 runs at 4:00: not late at 3:46. A queue no cron runs never runs: due is the deadline.
 */
export function expectedRun(job: Pick<JobTiming, 'queue' | 'waitUntil' | 'createdAt'>, queueCrons: QueueCrons, runningSince: Date): Date {
  const due = new Date(Math.max(Date.parse(job.waitUntil ?? job.createdAt), runningSince.getTime()))
  const pattern = queueCrons[job.queue ?? 'default'] ?? queueCrons['*']
  return pattern ? firstTickFrom(pattern, due) : due
}

/** Pending jobs whose queue's tick passed more than LATE_AFTER_MS ago (only meaningful when this process runs the queues). */
export function countLate(pending: JobTiming[], queueCrons: QueueCrons, now: Date, runningSince: Date): number {
  return pending.filter((job) => !job.processing && now.getTime() - expectedRun(job, queueCrons, runningSince).getTime() > LATE_AFTER_MS).length
}

/** Jobs marked processing for more than PROCESSING_TOO_LONG_MS: stuck whoever runs the queues (Payload never resets them). */
export function countProcessingTooLong(jobs: JobTiming[], now: Date): number {
  return jobs.filter((job) => job.processing && now.getTime() - new Date(job.updatedAt).getTime() > PROCESSING_TOO_LONG_MS).length
}
