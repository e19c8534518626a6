import { hasRole } from '../access/roles'
import type { User } from '../payload-types'

type Staff = Pick<User, 'role' | 'organisation'> | null | undefined

const idOf = (value: unknown): number | string | null =>
  value && typeof value === 'object' ? ((value as { id?: number | string }).id ?? null) : ((value as number | string | null | undefined) ?? null)

/** Whose payments a user may see in the régie: every service's (administrators), one service's (an agent), or none. */
export type RegieScope = { organisation: number | string | null } | null

/**
 * The payments' own read rule (adminOrOwnOrganisation) for the régie's export and totals:
 * administrators see every service, an agent its own organisation only, anyone else nothing.
 */
export function regieScope(user: Staff): RegieScope {
  if (hasRole(user, 'admin')) return { organisation: null }
  const organisation = idOf(user?.organisation)
  if (hasRole(user, 'agent') && organisation !== null) return { organisation }
  return null
}

/** Who may record a refund of a payment: administrators, and agents of the payment's organisation. */
export function mayRecordRefund(user: Staff, paymentOrganisation: unknown): boolean {
  const scope = regieScope(user)
  if (!scope) return false
  return scope.organisation === null || String(scope.organisation) === String(idOf(paymentOrganisation))
}
