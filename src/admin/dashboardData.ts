import type { Payload, Where } from 'payload'

import type { Submission, User } from '../payload-types'
import { dueWindow } from '../submissions/delays'
import { weekBounds } from '../submissions/stats'
import { SUBMISSION_STATUSES } from '../submissions/statuses'
import { CLOSED_STATUSES, OPEN_STATUSES } from '../submissions/workflow'

const DAY = 86_400_000
type TimingField = 'firstResponseDays' | 'closureDays'

/**
 * Every figure of the agents' dashboard, read with the user's access rules (an agent sees its
 * organisation only). Only counts and single-row reads over indexed columns, and only over the
 * open requests or a recent window — never all the requests ever received — so the cost does not
 * grow with the years of history (bench/backoffice, decision 0012).
 */
export async function loadDashboard(payload: Payload, user: User, now = new Date()) {
  const asUser = { overrideAccess: false, user } as const
  const count = async (where: Where) => (await payload.count({ collection: 'submissions', where, ...asUser })).totalDocs
  const open: Where = { status: { in: OPEN_STATUSES } }
  const { today, soonUntil } = dueWindow(now)
  // openDueDate: the due date of open requests only (indexed), see decision 0012.
  const overdueWhere: Where = { openDueDate: { less_than: today } }
  const dueSoonWhere: Where = { and: [{ openDueDate: { greater_than_equal: today } }, { openDueDate: { less_than: soonUntil } }] }

  /** Median of a stored duration over requests received since `since`, read at the middle rows. */
  const medianOf = async (field: TimingField, since: string): Promise<number | null> => {
    const where: Where = { and: [{ createdAt: { greater_than_equal: since } }, { [field]: { exists: true } }] }
    const n = await count(where)
    if (!n) return null
    const valueAt = async (offset: number) => {
      // Paginated: without pagination MongoDB's adapter ignores `page` and reads the first row
      // (found by the int-mongodb run); the page's count is one more indexed count.
      const { docs } = await payload.find({ collection: 'submissions', where, sort: field, limit: 1, page: offset + 1, depth: 0, select: { [field]: true }, ...asUser })
      return Number((docs[0] as Partial<Submission> | undefined)?.[field] ?? 0)
    }
    const lower = Math.floor((n - 1) / 2)
    const upper = Math.floor(n / 2)
    const [a, b] = await Promise.all([valueAt(lower), lower === upper ? null : valueAt(upper)])
    return b === null ? a : (a + b) / 2
  }
  const delaysOver = async (days: number) => {
    const since = new Date(now.getTime() - days * DAY).toISOString()
    const [received, firstResponse, closure] = await Promise.all([
      count({ createdAt: { greater_than_equal: since } }),
      medianOf('firstResponseDays', since),
      medianOf('closureDays', since),
    ])
    return { count: received, firstResponse, closure }
  }
  const weeklyFlow = async (weeks: number) => {
    const bounds = weekBounds(weeks, now)
    return Promise.all(
      bounds.slice(0, -1).map(async (week, i) => {
        const range = (field: string): Where => ({ and: [{ [field]: { greater_than_equal: week } }, { [field]: { less_than: bounds[i + 1] } }] })
        const [received, closed] = await Promise.all([count(range('createdAt')), count({ and: [range('closedAt'), { status: { in: CLOSED_STATUSES } }] })])
        return { week, received, closed }
      }),
    )
  }

  const since90 = new Date(now.getTime() - 90 * DAY).toISOString()
  const domains = await payload.find({ collection: 'domains', limit: 100, depth: 0, sort: 'title', select: { title: true }, overrideAccess: true })
  const [byStatus, byDomain, d30, d90, flow, overdue, soon] = await Promise.all([
    // Open requests: all of them (the workload). Closed ones: those closed in the last 90 days.
    Promise.all(
      SUBMISSION_STATUSES.map(async (s) => {
        const closed = CLOSED_STATUSES.includes(s.value)
        const where: Where = closed ? { and: [{ status: { equals: s.value } }, { closedAt: { greater_than_equal: since90 } }] } : { status: { equals: s.value } }
        return { value: s.value, label: s.label, closed, where, count: await count(where) }
      }),
    ),
    Promise.all(
      domains.docs.map(async (d) => {
        const where: Where = { and: [{ domain: { equals: d.id } }, open] }
        return { id: d.id, title: d.title, where, count: await count(where) }
      }),
    ),
    delaysOver(30),
    delaysOver(90),
    weeklyFlow(12),
    payload.find({
      collection: 'submissions',
      where: overdueWhere,
      sort: 'openDueDate',
      limit: 10,
      depth: 0,
      select: { reference: true, requesterName: true, dueDate: true, status: true },
      ...asUser,
    }),
    count(dueSoonWhere),
  ])
  return {
    byStatus,
    byDomain: byDomain.filter((d) => d.count > 0).sort((a, b) => b.count - a.count),
    delays: { d30, d90 },
    flow,
    overdue: { total: overdue.totalDocs, docs: overdue.docs },
    dueSoon: soon,
    /** The filters behind the overdue and due-soon figures: their links open the list with them. */
    filters: { overdue: overdueWhere, dueSoon: dueSoonWhere },
  }
}

export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>
