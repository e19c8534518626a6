import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Requests and their files: admins see all, an agent only its organisation's; communication staff
 * and anonymous visitors nothing (they read requests through no API at all).
 */
export const adminOrOwnOrganisation: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (hasRole(user, 'agent') && user.organisation) {
    const organisation = typeof user.organisation === 'object' ? user.organisation.id : user.organisation
    return { organisation: { equals: organisation } }
  }
  return false
}
