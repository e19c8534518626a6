import type { Payload, Where } from 'payload'

import { dateNumericFr } from '../lib/dateTimeNumericFr'
import type { User } from '../payload-types'
import { statusLabel } from '../submissions/statuses'
import { loadDashboard } from './dashboardData'
import { cell, headCell, numberCell, table } from './tableStyles'
import { WeeklyFlowChart } from './WeeklyFlowChart'
import { whereParams } from './whereParams'

type Props = { payload: Payload; user?: { role?: string | null } | null }

// Payload's own spacing and theme variables: the cards follow its light and dark modes.
const section = { margin: '0 0 calc(var(--base) * 1.5)' } as const
const h3 = { fontSize: '1.15rem', margin: '0 0 calc(var(--base) * 0.5)' } as const
const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))', gap: 'calc(var(--base) * 0.5)', listStyle: 'none', padding: 0, margin: 0 } as const
const card = {
  display: 'block',
  height: '100%',
  padding: 'calc(var(--base) * 0.75)',
  background: 'var(--theme-elevation-50)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
  color: 'var(--theme-text)',
  textDecoration: 'none',
} as const
const TONE = {
  late: { borderLeft: '4px solid var(--theme-error-500)' },
  soon: { borderLeft: '4px solid var(--theme-warning-600)' },
  plain: {},
} as const
const figure = { display: 'block', fontSize: '2rem', fontWeight: 600, lineHeight: 1.1, fontVariantNumeric: 'tabular-nums' } as const
const fmtDays = (v: number | null) => (v === null ? '—' : `${v.toFixed(1).replace('.', ',')} j`)
const listHref = (where: Where) => `/admin/collections/submissions?${whereParams(where)}`

function Figure({ count, label, where, tone = 'plain' }: { count: number; label: string; where: Where; tone?: keyof typeof TONE }) {
  return (
    <li>
      <a href={listHref(where)} style={{ ...card, ...TONE[tone] }} className="dashboard-figure">
        <span style={figure}>{count}</span>
        <span style={{ textDecoration: 'underline' }}>{label}</span>
      </a>
    </li>
  )
}

/**
 * The agents' landing page (above Payload's dashboard): requests of their organisation by status
 * and domain, each figure a link to the list filtered the same way; response and closure medians;
 * overdue requests; weekly received vs closed. Every query runs with the user's access rules, so
 * an agent sees its organisation only.
 */
export async function RequestsDashboard({ payload, user }: Props) {
  if (!user || user.role === 'communication') return null
  const { byStatus, byDomain, delays, flow, overdue, dueSoon, filters } = await loadDashboard(payload, user as User)
  const periods = [
    ['30 derniers jours', delays.d30],
    ['90 derniers jours', delays.d90],
  ] as const

  return (
    <section className="requests-dashboard" aria-labelledby="tableau-de-bord" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="tableau-de-bord" style={{ margin: '0 0 var(--base)' }}>
        Demandes {user.role === 'admin' ? 'de toutes les organisations' : 'de votre organisation'}
      </h2>

      <section aria-labelledby="dash-open" style={section}>
        <h3 id="dash-open" style={h3}>
          En cours
        </h3>
        <ul style={grid}>
          {byStatus
            .filter((s) => !s.closed)
            .map((s) => (
              <Figure key={s.value} count={s.count} label={s.label} where={s.where} />
            ))}
          <Figure count={overdue.total} label="En retard" where={filters.overdue} tone="late" />
          <Figure count={dueSoon} label="Échéance dans 7 jours" where={filters.dueSoon} tone="soon" />
        </ul>
      </section>

      <section aria-labelledby="dash-closed" style={section}>
        <h3 id="dash-closed" style={h3}>
          Closes ces 90 derniers jours
        </h3>
        <ul style={grid}>
          {byStatus
            .filter((s) => s.closed)
            .map((s) => (
              <Figure key={s.value} count={s.count} label={s.label} where={s.where} />
            ))}
        </ul>
      </section>

      {byDomain.length ? (
        <section aria-labelledby="dash-domains" style={section}>
          <h3 id="dash-domains" style={h3}>
            En cours, par domaine
          </h3>
          <ul style={grid}>
            {byDomain.map((d) => (
              <Figure key={d.id} count={d.count} label={d.title} where={d.where} />
            ))}
          </ul>
        </section>
      ) : null}

      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(22rem, 1fr))', gap: 'var(--base) calc(var(--base) * 1.5)' }}>
        <section aria-labelledby="dash-delays" style={section}>
          <h3 id="dash-delays" style={h3}>
            Délais (médianes)
          </h3>
          <table style={table}>
            <thead>
              <tr>
                <th scope="col" style={headCell}>
                  Période
                </th>
                <th scope="col" style={{ ...headCell, textAlign: 'right' }}>
                  Demandes reçues
                </th>
                <th scope="col" style={{ ...headCell, textAlign: 'right' }}>
                  Première réponse
                </th>
                <th scope="col" style={{ ...headCell, textAlign: 'right' }}>
                  Clôture
                </th>
              </tr>
            </thead>
            <tbody>
              {periods.map(([label, d]) => (
                <tr key={label}>
                  <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
                    {label}
                  </th>
                  <td style={numberCell}>{d.count}</td>
                  <td style={numberCell}>{fmtDays(d.firstResponse)}</td>
                  <td style={numberCell}>{fmtDays(d.closure)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="dash-overdue" style={section}>
          <h3 id="dash-overdue" style={h3}>
            En retard
          </h3>
          {overdue.docs.length ? (
            <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
              {overdue.docs.map((d) => (
                <li key={d.id} style={{ marginBottom: '0.25rem' }}>
                  <a href={`/admin/collections/submissions/${d.id}`}>{d.reference}</a> — {d.requesterName ?? 'demandeur inconnu'} — due le {d.dueDate ? dateNumericFr(d.dueDate) : '?'} (
                  {statusLabel(d.status)})
                </li>
              ))}
            </ul>
          ) : (
            <p style={{ margin: 0 }}>Aucune demande en retard.</p>
          )}
          {overdue.total > overdue.docs.length ? (
            <p style={{ margin: '0.5rem 0 0' }}>
              <a href={listHref(filters.overdue)}>Voir les {overdue.total} demandes en retard</a>
            </p>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="flux-hebdo" style={section}>
        <h3 id="flux-hebdo" style={h3}>
          Reçues et closes par semaine (12 semaines)
        </h3>
        <WeeklyFlowChart flow={flow} headingId="flux-hebdo" />
      </section>
    </section>
  )
}
