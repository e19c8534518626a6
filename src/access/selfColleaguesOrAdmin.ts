import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/**
 * Staff accounts: admins read all; an agent reads itself and the agents of its own organisation
 * (their names appear as the assignee and authors of its requests), never another organisation's
 * staff, admins or communication staff; anybody else only itself. Decision 0056.
 */
export const selfColleaguesOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const self: Where = { id: { equals: user.id } }
  if (hasRole(user, 'agent') && user.organisation) {
    const organisation = typeof user.organisation === 'object' ? user.organisation.id : user.organisation
    const colleagues: Where = { and: [{ role: { equals: 'agent' } }, { organisation: { equals: organisation } }] }
    const selfOrColleagues: Where = { or: [self, colleagues] }
    return selfOrColleagues
  }
  return self
}
