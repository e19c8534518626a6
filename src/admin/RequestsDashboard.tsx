import type { Payload, Where } from 'payload'

import { dueWindow } from '../submissions/delays'
import { SUBMISSION_STATUSES, statusLabel } from '../submissions/statuses'
import { delaysOver, type RequestRow, weeklyFlow } from '../submissions/stats'
import { CLOSED_STATUSES } from '../submissions/workflow'

type Props = { payload: Payload; user?: { role?: string | null } | null }

const DAY = 86_400_000
const fmtDays = (v: number | null) => (v === null ? '—' : `${v.toFixed(1).replace('.', ',')} j`)
const dateFr = (iso: string) => new Date(iso).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })

/**
 * The agents' landing page (above Payload's dashboard): requests of their organisation by status
 * and domain, response and closure medians, overdue requests, weekly received vs closed.
 * Every query runs with the user's access rules, so an agent sees its organisation only.
 */
export async function RequestsDashboard({ payload, user }: Props) {
  if (!user || user.role === 'communication') return null
  const asUser = { overrideAccess: false, user } as const
  const open: Where = { status: { not_in: CLOSED_STATUSES } }
  const now = new Date()
  const { today, soonUntil } = dueWindow(now)

  const [byStatus, rows, overdue, soon, forms] = await Promise.all([
    Promise.all(SUBMISSION_STATUSES.map(async (s) => ({ ...s, count: (await payload.count({ collection: 'submissions', where: { status: { equals: s.value } }, ...asUser })).totalDocs }))),
    payload
      .find({
        collection: 'submissions',
        where: { createdAt: { greater_than: new Date(now.getTime() - 90 * DAY).toISOString() } },
        select: { createdAt: true, status: true, history: true, messages: true },
        pagination: false,
        limit: 0,
        depth: 0,
        ...asUser,
      })
      .then((r) => r.docs as unknown as RequestRow[]),
    payload.find({
      collection: 'submissions',
      where: { and: [open, { dueDate: { less_than: today } }] },
      sort: 'dueDate',
      limit: 10,
      depth: 0,
      select: { reference: true, requesterName: true, dueDate: true, status: true },
      ...asUser,
    }),
    payload.count({ collection: 'submissions', where: { and: [open, { dueDate: { greater_than_equal: today } }, { dueDate: { less_than: soonUntil } }] }, ...asUser }),
    payload.find({ collection: 'procedures', where: { form: { exists: true } }, depth: 1, limit: 200, select: { form: true, domain: true }, overrideAccess: true }),
  ])

  const domainOfForm = new Map<number | string, string>()
  for (const p of forms.docs) {
    const formId = typeof p.form === 'object' ? p.form?.id : p.form
    const domain = typeof p.domain === 'object' ? p.domain?.title : null
    if (formId && domain) domainOfForm.set(formId, domain)
  }
  const byDomain = new Map<string, number>()
  for (const [formId, domain] of domainOfForm) {
    const { totalDocs } = await payload.count({ collection: 'submissions', where: { form: { equals: formId } }, ...asUser })
    if (totalDocs) byDomain.set(domain, (byDomain.get(domain) ?? 0) + totalDocs)
  }
  const d30 = delaysOver(rows, 30, now)
  const d90 = delaysOver(rows, 90, now)
  const flow = weeklyFlow(rows, 12, now)
  const max = Math.max(1, ...flow.flatMap((w) => [w.received, w.closed]))
  const barW = 14
  const chartH = 120

  return (
    <section className="requests-dashboard" aria-labelledby="tableau-de-bord" style={{ marginBottom: '2.5rem' }}>
      <h2 id="tableau-de-bord">Demandes {user.role === 'admin' ? 'de toutes les organisations' : 'de votre organisation'}</h2>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', listStyle: 'none', padding: 0 }}>
        {byStatus.map((s) => (
          <li key={s.value} style={{ border: '1px solid var(--theme-elevation-150)', padding: '0.6rem 1rem', minWidth: '9rem' }}>
            <a href={`/admin/collections/submissions?where[status][equals]=${s.value}`}>
              <strong style={{ fontSize: '1.5rem', display: 'block' }}>{s.count}</strong>
              {s.label}
            </a>
          </li>
        ))}
        <li style={{ border: '2px solid #b3261e', padding: '0.6rem 1rem', minWidth: '9rem' }}>
          <strong style={{ fontSize: '1.5rem', display: 'block' }}>{overdue.totalDocs}</strong>
          En retard
        </li>
        <li style={{ border: '2px solid #8a5a00', padding: '0.6rem 1rem', minWidth: '9rem' }}>
          <strong style={{ fontSize: '1.5rem', display: 'block' }}>{soon.totalDocs}</strong>
          Échéance dans 7 jours
        </li>
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

      {byDomain.size ? (
        <>
          <h3>Par domaine</h3>
          <ul>
            {[...byDomain].sort((a, b) => b[1] - a[1]).map(([domain, count]) => (
              <li key={domain}>
                {domain} : {count}
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
