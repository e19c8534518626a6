import type { Payload } from 'payload'

import type { User } from '../payload-types'
import { statusLabel } from '../submissions/statuses'
import { OPEN_STATUSES } from '../submissions/workflow'
import { loadDashboard } from './dashboardData'
import { whereParams } from './whereParams'

type Props = { payload: Payload; user?: { role?: string | null } | null }

const tiles = { display: 'flex', flexWrap: 'wrap', gap: '0.75rem', listStyle: 'none', padding: 0 } as const
const tile = { border: '1px solid var(--theme-elevation-150)', padding: '0.6rem 1rem', minWidth: '9rem' } as const
const fmtDays = (v: number | null) => (v === null ? '—' : `${v.toFixed(1).replace('.', ',')} j`)
const dateFr = (iso: string) => new Date(iso).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })

/**
 * The agents' landing page (above Payload's dashboard): requests of their organisation by status
 * and domain, response and closure medians, overdue requests, weekly received vs closed.
 * Every query runs with the user's access rules, so an agent sees its organisation only.
 */
export async function RequestsDashboard({ payload, user }: Props) {
  if (!user || user.role === 'communication') return null
  const { byStatus, byDomain, delays, flow, overdue, dueSoon } = await loadDashboard(payload, user as User)
  const d30 = delays.d30
  const d90 = delays.d90
  const max = Math.max(1, ...flow.flatMap((w) => [w.received, w.closed]))
  const barW = 14
  const chartH = 120

  return (
    <section className="requests-dashboard" aria-labelledby="tableau-de-bord" style={{ marginBottom: '2.5rem' }}>
      <h2 id="tableau-de-bord">Demandes {user.role === 'admin' ? 'de toutes les organisations' : 'de votre organisation'}</h2>
      <h3>En cours</h3>
      <ul style={tiles}>
        {byStatus
          .filter((s) => !s.closed)
          .map((s) => (
            <li key={s.value} style={tile}>
              <a href={`/admin/collections/submissions?${whereParams(s.where)}`}>
                <strong style={{ fontSize: '1.5rem', display: 'block' }}>{s.count}</strong>
                {s.label}
              </a>
            </li>
          ))}
        <li style={{ border: '2px solid #b3261e', padding: '0.6rem 1rem', minWidth: '9rem' }}>
          <strong style={{ fontSize: '1.5rem', display: 'block' }}>{overdue.total}</strong>
          En retard
        </li>
        <li style={{ border: '2px solid #8a5a00', padding: '0.6rem 1rem', minWidth: '9rem' }}>
          <strong style={{ fontSize: '1.5rem', display: 'block' }}>{dueSoon}</strong>
          Échéance dans 7 jours
        </li>
      </ul>
      <h3>Closes ces 90 derniers jours</h3>
      <ul style={tiles}>
        {byStatus
          .filter((s) => s.closed)
          .map((s) => (
            <li key={s.value} style={tile}>
              <a href={`/admin/collections/submissions?${whereParams(s.where)}`}>
                <strong style={{ fontSize: '1.5rem', display: 'block' }}>{s.count}</strong>
                {s.label}
              </a>
            </li>
          ))}
      </ul>

      <h3>Délais (médianes)</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Période</th>
            <th scope="col">Demandes reçues</th>
            <th scope="col">Première réponse</th>
            <th scope="col">Clôture</th>
          </tr>
        </thead>
        <tbody>
          {[
            ['30 derniers jours', d30],
            ['90 derniers jours', d90],
          ].map(([label, d]) => {
            const v = d as typeof d30
            return (
              <tr key={label as string}>
                <th scope="row">{label as string}</th>
                <td>{v.count}</td>
                <td>{fmtDays(v.firstResponse)}</td>
                <td>{fmtDays(v.closure)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>

      {byDomain.length ? (
        <>
          <h3>En cours, par domaine</h3>
          <ul>
            {byDomain.map((d) => (
              <li key={d.id}>
                <a href={`/admin/collections/submissions?${whereParams({ and: [{ domain: { equals: d.id } }, { status: { in: OPEN_STATUSES } }] })}`}>{d.title}</a> : {d.count}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>En retard</h3>
      {overdue.docs.length ? (
        <ul>
          {overdue.docs.map((d) => (
            <li key={d.id}>
              <a href={`/admin/collections/submissions/${d.id}`}>{d.reference}</a> — {d.requesterName ?? 'demandeur inconnu'} — due le{' '}
              {d.dueDate ? dateFr(d.dueDate) : '?'} ({statusLabel(d.status)})
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucune demande en retard.</p>
      )}

      <h3 id="flux-hebdo">Reçues et closes par semaine (12 semaines)</h3>
      <figure aria-labelledby="flux-hebdo" style={{ margin: 0 }}>
        <svg role="img" aria-label="Graphique : demandes reçues et closes par semaine ; les valeurs sont dans le tableau qui suit." width={flow.length * (barW * 2 + 10) + 10} height={chartH + 20}>
          {flow.map((w, i) => {
            const x = 10 + i * (barW * 2 + 10)
            const hr = (w.received / max) * chartH
            const hc = (w.closed / max) * chartH
            return (
              <g key={w.week}>
                <rect x={x} y={chartH - hr} width={barW} height={hr} fill="#1f4e8c" />
                <rect x={x + barW} y={chartH - hc} width={barW} height={hc} fill="#2f5d3a" />
              </g>
            )
          })}
        </svg>
        <figcaption>Bleu : reçues. Vert : closes.</figcaption>
      </figure>
      <details>
        <summary>Voir les données du graphique</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Semaine du</th>
              <th scope="col">Reçues</th>
              <th scope="col">Closes</th>
            </tr>
          </thead>
          <tbody>
            {flow.map((w) => (
              <tr key={w.week}>
                <th scope="row">{dateFr(w.week)}</th>
                <td>{w.received}</td>
                <td>{w.closed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}
