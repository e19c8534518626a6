import type { Payload, TypedUser } from 'payload'

import { SUBMISSION_STATUSES } from '../../../src/submissions/statuses'
import { BulkActionsForm } from './BulkActionsForm'

type Props = { payload: Payload; user?: TypedUser | null }

/**
 * Above the requests list: assign or move the selected requests at once. The agents offered are
 * those the user may read (an agent: its organisation's); the server still checks every request.
 */
export async function BulkActions({ payload, user }: Props) {
  if (!user) return null
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { equals: 'agent' } },
    sort: 'name',
    limit: 200,
    depth: 1,
    select: { name: true, organisation: true },
    overrideAccess: false,
    user,
  })
  const agents = docs.map((a) => {
    const organisation = a.organisation && typeof a.organisation === 'object' ? a.organisation.name : null
    return { id: a.id, label: user.role === 'admin' && organisation ? `${a.name} (${organisation})` : a.name }
  })
  // "Demander un complément" lists the missing pieces of one request: from its page, never in bulk.
  return <BulkActionsForm agents={agents} statuses={SUBMISSION_STATUSES.filter(({ value }) => value !== 'attente_usager').map(({ value, label }) => ({ value, label }))} />
}
