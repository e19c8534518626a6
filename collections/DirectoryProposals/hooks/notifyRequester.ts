import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { decisionEmail } from '../../../src/directory/decisionEmail'

type EntryRef = { relationTo?: 'associations' | 'businesses'; value?: number | string | { id: number | string; slug?: string | null } | null } | null | undefined

/** The slug of the proposal's entry, whether the relationship comes populated or as an id. */
async function entrySlugOf(payload: Payload, ref: EntryRef, req: PayloadRequest): Promise<string | null> {
  const value = ref?.value
  if (!ref?.relationTo || value === null || value === undefined) return null
  if (typeof value === 'object') return value.slug ?? null
  const entry = await payload.findByID({ collection: ref.relationTo, id: value, depth: 0, overrideAccess: true, disableErrors: true, req })
  return (entry?.slug as string | undefined) ?? null
}

/** Once a proposal is decided, its requester is told (approved: link to the entry; refused: the reason). */
export const notifyRequester: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  if ((previousDoc?.decision ?? 'pending') !== 'pending' || doc.decision === 'pending') return doc
  if (!doc.requesterEmail) return doc
  try {
    const entrySlug = doc.decision === 'approved' ? await entrySlugOf(req.payload, doc.entry, req) : null
    await req.payload.sendEmail({ to: doc.requesterEmail, ...decisionEmail(doc, entrySlug) })
  } catch (err) {
    req.payload.logger.error({ err, proposal: doc.id }, 'Directory decision e-mail failed')
  }
  return doc
}
