/** Below this many megabytes free on the data or uploads disk, the portal is not ready. */
export const DEFAULT_MIN_FREE_DISK_MB = 500

/** HEALTH_MIN_FREE_DISK_MB, read at each check; a value that is not a whole number ≥ 0 keeps the default. */
export function minFreeDiskMb(env: Record<string, string | undefined> = process.env): number {
  const raw = env.HEALTH_MIN_FREE_DISK_MB?.trim()
  if (!raw || !/^\d+$/.test(raw)) return DEFAULT_MIN_FREE_DISK_MB
  return Number(raw)
}

/** How long a readiness report is reused (HEALTH_REPORT_REUSE_MS, default 1000 ms): a burst of requests, or a hostile loop, runs the checks this often at most. */
export function reportReuseMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.HEALTH_REPORT_REUSE_MS?.trim()
  return raw && /^\d+$/.test(raw) ? Number(raw) : 1000
}
