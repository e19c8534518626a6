import type { Payload } from 'payload'

import { isoDateOf, parisInstant } from '../lib/calendarDate'
import type { User } from '../payload-types'
import { regieScope } from '../payment/staffAccess'
import { REGIE_PATH } from './paths'
import { QuickLinks } from './QuickLinks'
import { whereParams } from './whereParams'

type Props = { payload: Payload; user?: User | null }

/**
 * Above the payments list: one-click views (by state, paid today or this month, to deal with, by
 * service for administrators), the régie's totals and today's CSV. The list's own filters and its
 * search (refdet, request number) do the rest.
 */
export async function PaymentQuickFilters({ payload, user }: Props) {
  const scope = regieScope(user)
  const admin = payload.config.routes.admin
  const list = `${admin}/collections/payments`
  const link = (where: Record<string, unknown>) => `${list}?${whereParams(where)}`
  const today = isoDateOf(new Date())
  const links = [
    { label: 'Payés aujourd’hui', href: link({ paidAt: { greater_than_equal: parisInstant(today).toISOString() } }) },
    { label: 'Payés ce mois-ci', href: link({ paidAt: { greater_than_equal: parisInstant(`${today.slice(0, 7)}-01`).toISOString() } }) },
    { label: 'En cours', href: link({ state: { equals: 'en_attente' } }) },
    { label: 'Refusés ou abandonnés', href: link({ state: { in: ['refusee', 'abandonnee'] } }) },
    { label: 'Remboursés', href: link({ state: { equals: 'remboursee' } }) },
    { label: 'À traiter', href: link({ problem: { exists: true } }) },
  ]
  if (scope?.organisation === null) {
    const { docs } = await payload.find({ collection: 'organisations', select: { name: true }, sort: 'name', limit: 20, depth: 0, overrideAccess: true })
    for (const o of docs) links.push({ label: `Service : ${o.name}`, href: link({ organisation: { equals: o.id } }) })
  }
  return (
    <>
      {scope ? (
        <p style={{ margin: '0 0 0.75rem' }}>
          <a href={`${admin}${REGIE_PATH}`}>Régie : totaux par jour et par service</a> ·{' '}
          <a href={`${payload.config.routes.api}/payments/regie.csv?jour=${today}`} download>
            Export CSV du jour
          </a>
        </p>
      ) : null}
      <QuickLinks links={links} />
    </>
  )
}
