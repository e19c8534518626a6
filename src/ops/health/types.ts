import type { Payload } from 'payload'

/**
 * The outcome of one readiness check: `ok`, a short French `message` when it fails (or has
 * something to say), and cheap figures. Never a path, a connection string, an address or a trace.
 */
export interface CheckResult {
  ok: boolean
  message?: string
  [figure: string]: string | number | boolean | undefined
}

/** One readiness check: what it verifies, for which database, and what to say if it throws. */
export interface HealthCheck {
  name: string
  /** Whether the check means anything on this database (the SQLite file has no MongoDB twin). */
  appliesTo: (payload: Payload) => boolean
  run: (payload: Payload) => Promise<CheckResult>
  /** Said when `run` throws: the error itself may hold paths or addresses, so it is never shown. */
  failure: string
}
