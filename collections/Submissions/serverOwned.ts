/**
 * Fields of a request that only the server writes (decision 0019). No client value reaches them:
 * field-level `update` access is false (REST, GraphQL, admin), and the workflow hook starts every
 * update from the stored values (Local API with overrideAccess included), then applies the
 * workflow operations (status change, reply, note, "dossier complet", citizen message).
 */
export const SERVER_OWNED_FIELDS = [
  'formVersion',
  'completeAt',
  'completeByName',
  'dueDate',
  'openDueDate',
  'firstResponseAt',
  'firstResponseDays',
  'closedAt',
  'closureDays',
  'messages',
  'notes',
  'history',
  'requesterEmailKey',
] as const

/** Set once when the request is stored, never changed afterwards. */
export const IMMUTABLE_FIELDS = [
  'reference',
  'followUpToken',
  'sendKey',
  'form',
  'organisation',
  'domain',
  'requesterName',
  'requesterEmail',
  'responseDelayDays',
  'silenceRule',
  'responseDelayValue',
  'responseDelayUnit',
  'answers',
  'files',
  'createdAt',
] as const

/** Field access of a server-owned field: written at creation by the server, never by an update. */
export const serverOnly = { update: () => false }
