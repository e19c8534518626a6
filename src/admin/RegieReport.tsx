import { numericDateFr } from '../lib/calendarDate'
import { formatAmountFr } from '../lib/formatAmountFr'
import type { RegieSums, RegieTotals } from '../payment/regieTotals'
import { caption, cell, headCell, numberCell, scroller, table } from './tableStyles'

export interface RegieReportProps {
  totals: RegieTotals
  /** "novembre 2026" */
  monthLabel: string
  /** "/api/payments/regie.csv" */
  csvBase: string
  /** The month's days, for the whole month's CSV */
  first: string
  last: string
}

const count = (n: number) => n.toLocaleString('fr-FR')
// A sum, never "gratuit": nothing is "0,00 €".
const sum = (cents: number) => formatAmountFr(cents)
const weekday = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', timeZone: 'UTC' })

function SumsCells({ sums }: { sums: RegieSums }) {
  return (
    <>
      <td style={numberCell}>{count(sums.payments)}</td>
      <td style={numberCell}>{sum(sums.creditedCents)}</td>
      <td style={numberCell}>{sums.refunds ? `${count(sums.refunds)} — ${sum(sums.refundedCents)}` : '—'}</td>
      <td style={{ ...numberCell, fontWeight: 600 }}>{sum(sums.netCents)}</td>
    </>
  )
}

function SumsHead({ first }: { first: string }) {
  return (
    <tr>
      <th scope="col" style={headCell}>{first}</th>
      <th scope="col" style={headCell}>Paiements</th>
      <th scope="col" style={headCell}>Encaissé</th>
      <th scope="col" style={headCell}>Remboursements</th>
      <th scope="col" style={headCell}>Net</th>
    </tr>
  )
}

/** The régie's month: totals per day (each with its CSV) and per service, in two accessible tables. */
export function RegieReport({ totals, monthLabel, csvBase, first, last }: RegieReportProps) {
  if (!totals.days.length) return <p>Aucun paiement encaissé ni remboursement enregistré en {monthLabel}.</p>
  return (
    <>
      <p>
        <a href={`${csvBase}?du=${first}&au=${last}`} download>
          Télécharger tout le mois (CSV)
        </a>
      </p>
      <div style={scroller}>
        <table style={table}>
          <caption style={caption}>Totaux par jour — {monthLabel}</caption>
          <thead>
            <SumsHead first="Jour" />
          </thead>
          <tbody>
            {totals.days.map((d) => (
              <tr key={d.day}>
                <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                  {weekday.format(new Date(`${d.day}T00:00:00Z`))} {numericDateFr(d.day)} —{' '}
                  <a href={`${csvBase}?jour=${d.day}`} download aria-label={`Export CSV du ${numericDateFr(d.day)}`}>
                    CSV
                  </a>
                </th>
                <SumsCells sums={d} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" style={headCell}>Total du mois</th>
              <SumsCells sums={totals.total} />
            </tr>
          </tfoot>
        </table>
      </div>
      <div style={scroller}>
        <table style={table}>
          <caption style={caption}>Totaux par service — {monthLabel}</caption>
          <thead>
            <SumsHead first="Service" />
          </thead>
          <tbody>
            {totals.services.map((s) => (
              <tr key={String(s.id)}>
                <th scope="row" style={{ ...cell, fontWeight: 400 }}>{s.name}</th>
                <SumsCells sums={s} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-description">
        Un paiement compte le jour où il est encaissé ; un remboursement, le jour où il est enregistré (en négatif dans l’export). Heures de Paris.
      </p>
    </>
  )
}
