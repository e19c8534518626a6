import { CLOSED_STATUSES } from './workflow'

/** Response times of one request, computed from plain request rows (pure, unit-tested). */
export interface RequestRow {
  createdAt: string
  status: string
  history?: Array<{ at?: string | null; to?: string | null }> | null
  messages?: Array<{ at?: string | null; direction?: string | null }> | null
  dueDate?: string | null
}

export function median(values: number[]): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const DAY = 86_400_000

/** First response = first status change or first reply by the service, whichever is first. */
export function firstResponseAt(row: RequestRow): string | null {
  const times = [
    ...(row.history ?? []).map((h) => h.at),
    ...(row.messages ?? []).filter((m) => m.direction === 'agent').map((m) => m.at),
  ].filter((t): t is string => Boolean(t))
  if (!times.length) return null
  return new Date(Math.min(...times.map((t) => Date.parse(t)))).toISOString()
}

export function firstResponseDays(row: RequestRow): number | null {
  const at = firstResponseAt(row)
  return at ? (Date.parse(at) - Date.parse(row.createdAt)) / DAY : null
}

export function closedAt(row: RequestRow): string | null {
  if (!CLOSED_STATUSES.includes(row.status as never)) return null
  const entry = [...(row.history ?? [])].reverse().find((h) => h.to && CLOSED_STATUSES.includes(h.to as never))
  return entry?.at ?? null
}

export function closureDays(row: RequestRow): number | null {
  const at = closedAt(row)
  return at ? (Date.parse(at) - Date.parse(row.createdAt)) / DAY : null
}

/**
 * The columns stored on each request so the dashboard reads them through indexes instead of
 * loading every request's history (see decision 0012). `openDueDate` is the due date while the
 * request is open, empty once closed: "overdue" then reads only open requests.
 */
export function responseTimings(row: RequestRow) {
  return {
    openDueDate: CLOSED_STATUSES.includes(row.status as never) ? null : (row.dueDate ?? null),
    firstResponseAt: firstResponseAt(row),
    firstResponseDays: firstResponseDays(row),
    closedAt: closedAt(row),
    closureDays: closureDays(row),
  }
}

/** Monday (UTC) of the week of a date, as YYYY-MM-DD. */
export function weekOf(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7))
  return d.toISOString().slice(0, 10)
}

/** The Mondays of the last `weeks` weeks (oldest first) and the Monday after the current week. */
export function weekBounds(weeks: number, now = new Date()): string[] {
  const current = new Date(`${weekOf(now)}T00:00:00Z`)
  return Array.from({ length: weeks + 1 }, (_, i) => new Date(current.getTime() - (weeks - 1 - i) * 7 * DAY).toISOString().slice(0, 10))
}
