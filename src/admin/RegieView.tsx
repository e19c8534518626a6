import type { AdminViewServerProps } from 'payload'

import type { User } from '../payload-types'
import { regieLines } from '../payment/regieLedger'
import { monthPeriod, readRegieMonth, shiftMonth } from '../payment/regiePeriod'
import { regieTotals } from '../payment/regieTotals'
import { regieScope } from '../payment/staffAccess'
import { AdminPage } from './AdminPage'
import { REGIE_PATH } from './paths'
import { RegieReport } from './RegieReport'

const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const monthLabelOf = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`))

/**
 * Admin › Régie: a month of online payments per day and per service (credited, refunded, net), each
 * day linking to its CSV for the cash office. A server page: the month is in its address (?mois=2026-11).
 */
export async function RegieView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = (req.user as User | null) ?? null
  const adminRoute = req.payload.config.routes.admin
  const month = readRegieMonth((searchParams ?? {}).mois, new Date())
  const period = monthPeriod(month)
  const scope = regieScope(user)
  const totals = scope ? regieTotals(await regieLines(req.payload, scope, period)) : null
  const base = `${adminRoute}${REGIE_PATH}`
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams} title="Régie — paiements en ligne">
      {totals ? (
        <>
          <nav aria-label="Mois" style={{ display: 'flex', gap: '1.25rem', alignItems: 'baseline', flexWrap: 'wrap', margin: '0 0 1rem' }}>
            <a href={`${base}?mois=${shiftMonth(month, -1)}`}>← {monthLabelOf(shiftMonth(month, -1))}</a>
            <strong aria-current="page">{monthLabelOf(month)}</strong>
            <a href={`${base}?mois=${shiftMonth(month, 1)}`}>{monthLabelOf(shiftMonth(month, 1))} →</a>
            <form method="get" action={base} style={{ display: 'flex', gap: '0.5rem', alignItems: 'baseline' }}>
              <label htmlFor="regie-mois">Autre mois</label>
              <input id="regie-mois" name="mois" type="month" placeholder="AAAA-MM" defaultValue={month} />
              <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
                Afficher
              </button>
            </form>
          </nav>
          {scope?.organisation !== null ? <p className="field-description">Paiements de votre service uniquement.</p> : null}
          <RegieReport totals={totals} monthLabel={monthLabelOf(month)} csvBase={`${req.payload.config.routes.api}/payments/regie.csv`} first={period.first} last={period.last} />
          <p>
            <a href={`${adminRoute}/collections/payments`}>Liste des paiements</a>
          </p>
        </>
      ) : (
        <p>La régie est réservée aux administrateurs et aux agents des services.</p>
      )}
    </AdminPage>
  )
}
