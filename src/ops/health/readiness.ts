import type { Payload } from 'payload'

import { databaseCheck } from './checks/database'
import { databaseFileCheck } from './checks/databaseFile'
import { diskCheck } from './checks/disk'
import { jobsCheck } from './checks/jobs'
import { migrationsCheck } from './checks/migrations'
import { uploadsCheck } from './checks/uploads'
import { DeadlineExceeded, withDeadline } from './deadline'
import { reportReuseMs } from './settings'
import type { CheckResult, HealthCheck } from './types'
import { appVersion } from './version'

/** Every check answers within this, or counts as failed: a hung database gives a 503, not a hang. */
export const CHECK_DEADLINE_MS = 2000

export const CHECKS: HealthCheck[] = [databaseCheck, databaseFileCheck, migrationsCheck, uploadsCheck, diskCheck, jobsCheck]

export interface ReadinessReport {
  status: 'ok' | 'fail'
  message: string
  version: string
  checkedAt: string
  checks: Record<string, CheckResult>
}

interface State {
  report?: ReadinessReport
  reportedAt: number
  running?: Promise<ReadinessReport>
  /** A check that outlived its deadline is awaited again, never started a second time (no pile-up on a hung disk). */
  unfinished: Map<string, Promise<CheckResult>>
  failing: Set<string>
  /** The error a check threw last, for the server's log only (it may name paths or addresses). */
  errors: Map<string, unknown>
}

const states = new WeakMap<Payload, State>()
const stateOf = (payload: Payload): State => {
  let state = states.get(payload)
  if (!state) states.set(payload, (state = { reportedAt: 0, unfinished: new Map(), failing: new Set(), errors: new Map() }))
  return state
}

async function runCheck(payload: Payload, check: HealthCheck, state: State): Promise<CheckResult> {
  let work = state.unfinished.get(check.name)
  if (!work) {
    work = check.run(payload).catch((error: unknown): CheckResult => {
      state.errors.set(check.name, error)
      return { ok: false, message: check.failure }
    })
    state.unfinished.set(check.name, work)
    const started = work
    void started.finally(() => {
      if (state.unfinished.get(check.name) === started) state.unfinished.delete(check.name)
    })
  }
  try {
    return await withDeadline(work, CHECK_DEADLINE_MS)
  } catch (error) {
    if (error instanceof DeadlineExceeded) return { ok: false, message: `${check.failure} (pas de réponse en ${CHECK_DEADLINE_MS / 1000} s)` }
    throw error
  }
}

/** Logs a check turning bad or good again, once: a monitor asking every 10 s does not fill the logs. */
function logChanges(payload: Payload, state: State, checks: Record<string, CheckResult>): void {
  for (const [name, result] of Object.entries(checks)) {
    if (!result.ok && !state.failing.has(name)) {
      state.failing.add(name)
      payload.logger.warn({ check: name, err: state.errors.get(name) }, `Santé : ${result.message ?? name}`)
    } else if (result.ok && state.failing.delete(name)) {
      payload.logger.info({ check: name }, `Santé : ${name} de nouveau en ordre.`)
    }
  }
}

async function runChecks(payload: Payload, state: State): Promise<ReadinessReport> {
  const applicable = CHECKS.filter((check) => check.appliesTo(payload))
  const results = await Promise.all(applicable.map((check) => runCheck(payload, check, state)))
  const checks = Object.fromEntries(applicable.map((check, i) => [check.name, results[i]!]))
  logChanges(payload, state, checks)
  state.errors.clear()
  const failed = applicable.filter((_, i) => !results[i]!.ok).map((check) => check.name)
  return {
    status: failed.length ? 'fail' : 'ok',
    message: failed.length ? `Le portail n’est pas prêt : ${failed.join(', ')}.` : 'Le portail est prêt.',
    version: appVersion,
    checkedAt: new Date().toISOString(),
    checks,
  }
}

/**
 * Whether the portal can serve its citizens and staff: every check, run in parallel, each within
 * CHECK_DEADLINE_MS. Concurrent callers share one run; a report is reused for reportReuseMs() (a second by default).
 */
export async function readiness(payload: Payload): Promise<ReadinessReport> {
  const state = stateOf(payload)
  if (state.report && Date.now() - state.reportedAt < reportReuseMs()) return state.report
  state.running ??= runChecks(payload, state)
    .then((report) => {
      state.report = report
      state.reportedAt = Date.now()
      return report
    })
    .finally(() => {
      state.running = undefined
    })
  return state.running
}
