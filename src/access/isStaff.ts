import type { Access } from 'payload'

import { hasRole } from './roles'

/** Any signed-in member of staff (admin, communication, agent). */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'communication', 'agent')
