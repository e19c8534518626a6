import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Directory entries: admins and communication staff see every entry; everybody else (visitors and
 * agents alike) only those whose `status` is "published".
 */
export const publishedEntryOrContentEditor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'communication')) return true
  return { status: { equals: 'published' } }
}
