import type { CollectionAfterChangeHook } from 'payload'

import { decisionEmail } from '../../../src/directory/decisionEmail'

/** Once a proposal is decided, its requester is told (approved: link to the entry; refused: the reason). */
export const notifyRequester: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  if ((previousDoc?.decision ?? 'pending') !== 'pending' || doc.decision === 'pending') return doc
  if (!doc.requesterEmail) return doc
  try {
    await req.payload.sendEmail({ to: doc.requesterEmail, ...decisionEmail(doc) })
  } catch (err) {
    req.payload.logger.error({ err, proposal: doc.id }, 'Directory decision e-mail failed')
  }
  return doc
}
