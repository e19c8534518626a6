type Props = { user?: { id?: number | string } | null }

import { QuickLinks } from '../../../src/admin/QuickLinks'
import { dueWindow } from '../../../src/submissions/delays'
import { CLOSED_STATUSES as CLOSED } from '../../../src/submissions/workflow'

/** where → "where[and][0][dueDate][less_than]=…" (the query format Payload's list reads). */
function whereParams(where: Record<string, unknown>): string {
  const params = new URLSearchParams()
  const walk = (value: unknown, key: string) => {
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${key}[${k}]`)
    else params.append(key, String(value))
  }
  walk(where, 'where')
  return params.toString()
}

/** One-click views of the requests list: overdue, due within 7 days, assigned to me, not yet handled. */
export function QuickFilters({ user }: Props) {
  const { today, soonUntil: inWeek } = dueWindow()
  const link = (where: Record<string, unknown>) => `/admin/collections/submissions?${whereParams(where)}`
  const shortcuts = [
    { label: 'En retard', href: link({ and: [{ dueDate: { less_than: today } }, { status: { not_in: CLOSED } }] }) },
    { label: 'Échéance dans 7 jours', href: link({ and: [{ dueDate: { greater_than_equal: today } }, { dueDate: { less_than: inWeek } }, { status: { not_in: CLOSED } }] }) },
    ...(user?.id ? [{ label: 'Qui me sont attribuées', href: link({ and: [{ assignee: { equals: user.id } }, { status: { not_in: CLOSED } }] }) }] : []),
    { label: 'Non traitées (reçues)', href: link({ status: { equals: 'recue' } }) },
  ]
  return <QuickLinks links={shortcuts} />
}
