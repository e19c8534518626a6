import type { Payload } from 'payload'

import { SECURE_TOKEN_PATTERN, sameSecret } from '../lib/secureToken'
import type { Submission } from '../payload-types'

/**
 * The request behind a follow-up link. The token is looked up by its indexed value, then
 * compared again in constant time; malformed tokens never reach the database.
 */
export async function findByFollowUpToken(payload: Payload, token: string): Promise<Submission | null> {
  if (!SECURE_TOKEN_PATTERN.test(token)) return null
  const { docs } = await payload.find({
    collection: 'submissions',
    where: { followUpToken: { equals: token } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const doc = docs[0] as (Submission & { followUpToken?: string }) | undefined
  if (!doc?.followUpToken || !sameSecret(doc.followUpToken, token)) return null
  return doc
}
