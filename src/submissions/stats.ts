import { CLOSED_STATUSES } from './workflow'

/** Figures of the agents' dashboard, computed from plain request rows (pure, unit-tested). */
export interface RequestRow {
  createdAt: string
  status: string
  history?: Array<{ at?: string | null; to?: string | null }> | null
  messages?: Array<{ at?: string | null; direction?: string | null }> | null
}

export function median(values: number[]): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const DAY = 86_400_000

/** First response = first status change or first reply by the service, whichever is first. */
export function firstResponseDays(row: RequestRow): number | null {
  const times = [
    ...(row.history ?? []).map((h) => h.at),
    ...(row.messages ?? []).filter((m) => m.direction === 'agent').map((m) => m.at),
  ]
    .filter((t): t is string => Boolean(t))
    .map((t) => Date.parse(t))
  if (!times.length) return null
  return (Math.min(...times) - Date.parse(row.createdAt)) / DAY
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

/** Medians (in days) over the requests received in the last `days` days. */
export function delaysOver(rows: RequestRow[], days: number, now = new Date()) {
  const since = now.getTime() - days * DAY
  const recent = rows.filter((r) => Date.parse(r.createdAt) >= since)
  return {
    count: recent.length,
    firstResponse: median(recent.map(firstResponseDays).filter((v): v is number => v !== null)),
    closure: median(recent.map(closureDays).filter((v): v is number => v !== null)),
  }
}

/** Monday (UTC) of the week of a date, as YYYY-MM-DD. */
export function weekOf(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7))
  return d.toISOString().slice(0, 10)
}

/** Received and closed per week over the last `weeks` weeks, oldest first. */
export function weeklyFlow(rows: RequestRow[], weeks: number, now = new Date()) {
  const keys: string[] = []
  for (let i = weeks - 1; i >= 0; i -= 1) keys.push(weekOf(new Date(now.getTime() - i * 7 * DAY)))
  const buckets = new Map(keys.map((k) => [k, { week: k, received: 0, closed: 0 }]))
  for (const row of rows) {
    const received = buckets.get(weekOf(new Date(row.createdAt)))
    if (received) received.received += 1
    const closed = closedAt(row)
    const closedBucket = closed ? buckets.get(weekOf(new Date(closed))) : undefined
    if (closedBucket) closedBucket.closed += 1
  }
  return keys.map((k) => buckets.get(k)!)
}
