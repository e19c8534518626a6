import { hasRole } from '../access/roles'
import type { User } from '../payload-types'
import { mayCheckIn } from './doorAccess'

type Staff = Pick<User, 'role' | 'permissions' | 'organisation'> | null | undefined

const idOf = (value: unknown): number | string | null =>
  value && typeof value === 'object' ? ((value as { id?: number | string }).id ?? null) : ((value as number | string | null | undefined) ?? null)

/**
 * Who may read a session's attendees (the show's report, its CSV and XLSX exports): the people who
 * may let them in at the door — administrators and staff given the "billetterie" permission —, an
 * agent only for a show of its own organisation (the tickets' own read rule).
 */
export function mayReadAttendees(user: Staff, eventOrganisation: unknown): boolean {
  if (!mayCheckIn(user)) return false
  if (hasRole(user, 'agent')) return idOf(user?.organisation) !== null && String(idOf(user?.organisation)) === String(idOf(eventOrganisation))
  return true
}

/** Who may cancel a session: those who edit the shows (they close its sales, change its sessions). */
export const mayCancelSession = (user: Staff): boolean => hasRole(user, 'admin', 'communication')
