'use client'
import { useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Option = { value: string; label: string }
type Props = { agents: Array<{ id: number | string; label: string }>; statuses: Option[] }
type Report = { changed: Array<{ reference: string }>; refused: Array<{ reference: string | null; reason: string }> }

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-s, 4px)', padding: '0.75rem 1rem', margin: '0 0 1rem', background: 'var(--theme-elevation-50)' } as const
const row = { display: 'flex', flexWrap: 'wrap', gap: '0.75rem 1.25rem', alignItems: 'flex-end' } as const
const control = { display: 'flex', flexDirection: 'column', gap: '0.25rem' } as const
const input = { font: 'inherit', padding: '0.35rem 0.5rem', minHeight: '2.25rem', color: 'var(--theme-text)', background: 'var(--theme-input-bg, var(--theme-elevation-0))', border: '1px solid var(--theme-elevation-400)', borderRadius: '3px' } as const
const s = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

/**
 * The bulk assignment and status change of the selected rows. It posts to /api/submissions/bulk,
 * then says which requests changed and which were refused, with the server's French reason.
 */
export function BulkActionsForm({ agents, statuses }: Props) {
  const { getSelectedIds, count } = useSelection()
  const router = useRouter()
  const [status, setStatus] = useState('')
  const [assignee, setAssignee] = useState('')
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<Report | null>(null)
  const [problem, setProblem] = useState('')

  const apply = async (event: React.FormEvent) => {
    event.preventDefault()
    setProblem('')
    setReport(null)
    const ids = getSelectedIds()
    if (!ids.length) return setProblem('Cochez d’abord des demandes dans la liste.')
    if (!status && !assignee) return setProblem('Choisissez un nouveau statut ou un agent.')
    setBusy(true)
    try {
      const res = await fetch('/api/submissions/bulk', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ids, status: status || undefined, assignee: assignee || undefined, comment: comment || undefined }),
      })
      const json = await res.json().catch(() => null)
      if (!res.ok) setProblem(json?.errors?.[0]?.message ?? 'La modification groupée a échoué.')
      else {
        setReport(json as Report)
        router.refresh()
      }
    } catch {
      setProblem('Le serveur ne répond pas : réessayez.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={apply} style={box} aria-labelledby="bulk-title" className="bulk-actions">
      <h2 id="bulk-title" style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>
        Modifier les demandes cochées {count ? `(${s(count, 'sélectionnée', 'sélectionnées')})` : '(aucune sélectionnée)'}
      </h2>
      <div style={row}>
        <label style={control}>
          Nouveau statut
          <select name="bulk-status" value={status} onChange={(e) => setStatus(e.target.value)} style={input}>
            <option value="">— inchangé —</option>
            {statuses.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label style={control}>
          Attribuer à
          <select name="bulk-assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)} style={input}>
            <option value="">— inchangé —</option>
            {agents.map((a) => (
              <option key={a.id} value={String(a.id)}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label style={{ ...control, flex: '1 1 16rem' }}>
          Commentaire pour l’usager (facultatif ; le motif, obligatoire pour un refus)
          <input name="bulk-comment" value={comment} onChange={(e) => setComment(e.target.value)} style={input} />
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-medium" style={{ margin: 0 }} disabled={busy}>
          {busy ? 'Modification…' : 'Appliquer aux demandes cochées'}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {problem ? <p style={{ color: 'var(--theme-error-750)', margin: '0.5rem 0 0' }}>{problem}</p> : null}
        {report ? (
          <div className="bulk-report" style={{ marginTop: '0.5rem' }}>
            <p style={{ margin: 0 }}>
              <strong>{s(report.changed.length, 'demande modifiée', 'demandes modifiées')}</strong>
              {report.changed.length ? ` : ${report.changed.map((c) => c.reference).join(', ')}` : ''}.
            </p>
            {report.refused.length ? (
              <>
                <p style={{ margin: '0.25rem 0 0' }}>
                  <strong>{s(report.refused.length, 'demande refusée', 'demandes refusées')}</strong> :
                </p>
                <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.25rem' }}>
                  {report.refused.map((r, i) => (
                    <li key={`${r.reference}-${i}`}>
                      {r.reference ?? 'Demande inconnue'} — {r.reason}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  )
}
