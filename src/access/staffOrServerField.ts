import type { FieldAccess } from 'payload'

/**
 * Internal settings (routing, retention, limits, e-mail templates): readable by any signed-in staff
 * member and by the server's own code (Local API, e.g. the citizen site and the submission service
 * reading a form as a visitor), never by an anonymous caller of the REST or GraphQL API, including
 * through depth population. Decision 0020.
 */
export const staffOrServerField: FieldAccess = ({ req }) => Boolean(req.user) || req.payloadAPI === 'local'
