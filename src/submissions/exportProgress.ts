/**
 * Progress of the exports running in this server process, so the admin page can show "12 000 /
 * 100 000 lignes" while the browser downloads the file. Keyed by an id the page chose, readable
 * only by the user who started the export; forgotten ten minutes after the last update.
 */
export interface ExportProgress {
  userId: string
  total: number
  done: number
  finished: boolean
  updatedAt: number
}

const KEEP_MS = 10 * 60_000
const ID = /^[A-Za-z0-9_-]{8,64}$/
const store = ((globalThis as { __exportProgress?: Map<string, ExportProgress> }).__exportProgress ??= new Map())

export const isProgressId = (value: unknown): value is string => typeof value === 'string' && ID.test(value)

function forgetOld(now: number) {
  for (const [id, p] of store) if (now - p.updatedAt > KEEP_MS) store.delete(id)
}

export function startProgress(id: string, userId: string | number, total: number) {
  const now = Date.now()
  forgetOld(now)
  store.set(id, { userId: String(userId), total, done: 0, finished: false, updatedAt: now })
}

export function advanceProgress(id: string, rows: number, finished = false) {
  const p = store.get(id)
  if (!p) return
  p.done += rows
  p.finished = finished
  p.updatedAt = Date.now()
}

export function readProgress(id: string, userId: string | number): ExportProgress | null {
  const p = store.get(id)
  return p && p.userId === String(userId) ? p : null
}
