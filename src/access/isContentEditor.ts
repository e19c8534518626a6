import type { Access } from 'payload'

import { hasRole } from './roles'

/** Content is edited by admins and communication staff; agents handle requests only. */
export const isContentEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'communication')
