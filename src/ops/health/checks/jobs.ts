import type { Payload, Where } from 'payload'

import { countLate, countProcessingTooLong, LATE_AFTER_MS, PROCESSING_TOO_LONG_MS, type QueueCrons } from '../stuckJobs'
import type { CheckResult, HealthCheck } from '../types'

/** Enough to tell stuck from fine: a healthy queue holds a handful of jobs at most. */
const LOOKED_AT = 50

/**
 * From when this process is taken to run the queues: its first health check (Payload starts its
 * crons when it starts, at the latest on that request). Jobs left from before a stop are not late
 * until the first tick after it.
 */
const runningSince = new WeakMap<Payload, Date>()

/** Whether this process runs the queues (Payload's own rule: autoRun crons and shouldAutoRun), and with which crons. */
async function queueRunner(payload: Payload): Promise<{ running: boolean; crons: QueueCrons }> {
  const jobs = payload.config.jobs
  const autoRun = typeof jobs.autoRun === 'function' ? await jobs.autoRun(payload) : jobs.autoRun
  const crons: QueueCrons = {}
  for (const entry of autoRun ?? []) crons[entry.allQueues ? '*' : (entry.queue ?? 'default')] ??= entry.cron ?? '* * * * *'
  const running = Boolean(jobs.enabled && autoRun?.length) && (jobs.shouldAutoRun ? await jobs.shouldAutoRun(payload) : true)
  return { running, crons }
}

const find = (payload: Payload, where: Where) =>
  payload.find({
    collection: 'payload-jobs',
    where,
    limit: LOOKED_AT,
    sort: 'createdAt',
    depth: 0,
    overrideAccess: true,
    select: { queue: true, waitUntil: true, processing: true, createdAt: true, updatedAt: true },
  })

/**
 * The jobs queue (payload-jobs) is not stuck: no job marked processing for half an hour (its
 * process stopped mid-job: Payload never resumes it, nor schedules that task again on its queue),
 * and, when this process runs the queues, no job still waiting a quarter of an hour after the tick
 * of its queue that should have run it (stuckJobs.ts). Two indexed queries, a few rows.
 */
async function checkJobs(payload: Payload): Promise<CheckResult> {
  const now = new Date()
  const { running, crons } = await queueRunner(payload)
  if (running && !runningSince.has(payload)) runningSince.set(payload, now)
  const lateCutoff = new Date(now.getTime() - LATE_AFTER_MS).toISOString()
  const [pending, processing] = await Promise.all([
    running
      ? find(payload, {
          and: [
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
            { processing: { equals: false } },
            { or: [{ waitUntil: { less_than: lateCutoff } }, { and: [{ waitUntil: { exists: false } }, { createdAt: { less_than: lateCutoff } }] }] },
          ],
        })
      : null,
    find(payload, { and: [{ processing: { equals: true } }, { updatedAt: { less_than: new Date(now.getTime() - PROCESSING_TOO_LONG_MS).toISOString() } }] }),
  ])
  const late = pending ? countLate(pending.docs, crons, now, runningSince.get(payload) ?? now) : 0
  const tooLong = countProcessingTooLong(processing.docs, now)
  const figures = { autorun: running, late, processingTooLong: tooLong }
  const problems = [
    ...(tooLong ? [`${tooLong} tâche${tooLong > 1 ? 's' : ''} en cours depuis plus de ${PROCESSING_TOO_LONG_MS / 60000} min (processus arrêté pendant la tâche ?)`] : []),
    ...(late ? [`${late} tâche${late > 1 ? 's' : ''} en retard de plus de ${LATE_AFTER_MS / 60000} min`] : []),
  ]
  if (problems.length) return { ok: false, ...figures, message: `File des tâches bloquée : ${problems.join(' ; ')}.` }
  if (!running) return { ok: true, ...figures, message: 'Les tâches de fond ne tournent pas dans ce processus (hors production ou JOBS_AUTORUN=false) : retards non vérifiés.' }
  return { ok: true, ...figures }
}

export const jobsCheck: HealthCheck = {
  name: 'jobs',
  appliesTo: () => true,
  failure: 'La file des tâches ne peut pas être lue.',
  run: checkJobs,
}
