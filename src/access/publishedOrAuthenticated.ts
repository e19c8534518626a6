import type { Access } from 'payload'

/** Staff see drafts; everybody else sees published versions only. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
