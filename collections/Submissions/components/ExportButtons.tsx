'use client'
import { useEffect, useRef, useState } from 'react'

type Progress = { total: number; done: number; finished: boolean }
type Props = { forms: Array<{ slug: string; title: string }> }

const fr = (n: number) => n.toLocaleString('fr-FR')

/** The list's current filters (where[...] parameters), so the export holds what the agent sees. */
function listFilters(): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of new URLSearchParams(window.location.search)) if (key.startsWith('where')) params.append(key, value)
  return params
}

/**
 * Export links (CSV and XLSX, all requests or one form with its columns). The browser downloads
 * the file itself; meanwhile the page polls the server and shows how many rows are written.
 */
export function ExportButtons({ forms }: Props) {
  const [progress, setProgress] = useState<Progress | null>(null)
  const timer = useRef<ReturnType<typeof setInterval> | null>(null)
  useEffect(() => () => void (timer.current && clearInterval(timer.current)), [])

  const start = (event: React.MouseEvent<HTMLAnchorElement>, base: string) => {
    const id = crypto.randomUUID()
    const params = listFilters()
    const url = new URL(base, window.location.origin)
    for (const [k, v] of params) url.searchParams.append(k, v)
    url.searchParams.set('progress', id)
    event.currentTarget.href = url.pathname + url.search
    setProgress({ total: 0, done: 0, finished: false })
    if (timer.current) clearInterval(timer.current)
    timer.current = setInterval(async () => {
      const res = await fetch(`/api/submissions/export-progress?id=${id}`, { credentials: 'include' }).catch(() => null)
      if (!res?.ok) return
      const next = (await res.json()) as Progress
      setProgress(next)
      if (next.finished && timer.current) clearInterval(timer.current)
    }, 400)
  }

  const link = (base: string, label: string) => (
    <a href={base} download onClick={(e) => start(e, base)}>
      {label}
    </a>
  )
  const targets = [{ slug: '', title: 'Toutes les demandes affichées' }, ...forms]
  return (
    <>
      <ul>
        {targets.map((t) => {
          const query = t.slug ? `?form=${encodeURIComponent(t.slug)}` : ''
          return (
            <li key={t.slug || 'all'}>
              {t.title}
              {t.slug ? ' (une colonne par question)' : ''} : {link(`/api/submissions/export.xlsx${query}`, 'Excel (XLSX)')} ·{' '}
              {link(`/api/submissions/export.csv${query}`, 'CSV')}
            </li>
          )
        })}
      </ul>
      <div role="status" className="export-progress">
        {progress ? (
          progress.finished ? (
            <p>Export terminé : {fr(progress.done)} lignes.</p>
          ) : (
            <p>
              <label>
                Export en cours : {fr(progress.done)} / {fr(progress.total)} lignes{' '}
                <progress max={progress.total || 1} value={progress.done} />
              </label>
            </p>
          )
        ) : null}
      </div>
    </>
  )
}
