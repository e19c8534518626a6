/** Below this many megabytes free on the data or uploads disk, the portal is not ready. */
export const DEFAULT_MIN_FREE_DISK_MB = 500

/** HEALTH_MIN_FREE_DISK_MB, read at each check; a value that is not a whole number ≥ 0 keeps the default. */
export function minFreeDiskMb(env: Record<string, string | undefined> = process.env): number {
  const raw = env.HEALTH_MIN_FREE_DISK_MB?.trim()
  if (!raw || !/^\d+$/.test(raw)) return DEFAULT_MIN_FREE_DISK_MB
  return Number(raw)
}
