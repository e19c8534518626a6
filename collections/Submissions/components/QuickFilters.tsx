type Props = { user?: { id?: number | string } | null }

import { QuickLinks } from '../../../src/admin/QuickLinks'
import { whereParams } from '../../../src/admin/whereParams'
import { dueWindow } from '../../../src/submissions/delays'
import { OPEN_STATUSES as OPEN } from '../../../src/submissions/workflow'

/** One-click views of the requests list: overdue, due within 7 days, assigned to me, not yet handled. */
export function QuickFilters({ user }: Props) {
  const { today, soonUntil: inWeek } = dueWindow()
  const link = (where: Record<string, unknown>) => `/admin/collections/submissions?${whereParams(where)}`
  const shortcuts = [
    // openDueDate: the due date of open requests only (indexed), see decision 0012.
    { label: 'En retard', href: link({ openDueDate: { less_than: today } }) },
    { label: 'Échéance dans 7 jours', href: link({ and: [{ openDueDate: { greater_than_equal: today } }, { openDueDate: { less_than: inWeek } }] }) },
    ...(user?.id ? [{ label: 'Qui me sont attribuées', href: link({ and: [{ assignee: { equals: user.id } }, { status: { in: OPEN } }] }) }] : []),
    { label: 'Non traitées (reçues)', href: link({ status: { equals: 'recue' } }) },
  ]
  return <QuickLinks links={shortcuts} />
}
