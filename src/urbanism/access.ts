import type { Access, Where } from 'payload'

import { hasRole } from '../access/roles'
import { currentRevisionId } from './currentRevision'

/**
 * Rows of a PLU revision (zones, prescriptions, information): staff read every revision; the
 * public reads only the current one's rows (decision 0061). No current revision: nothing public.
 */
export const currentRevisionOrStaff: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'communication', 'agent')) return true
  const current = await currentRevisionId(req.payload)
  return current === null ? false : ({ revision: { equals: current } } satisfies Where)
}

/** The revisions themselves: staff see all; the public only the current one. */
export const currentRevisionItselfOrStaff: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'communication', 'agent')) return true
  const current = await currentRevisionId(req.payload)
  return current === null ? false : ({ id: { equals: current } } satisfies Where)
}
