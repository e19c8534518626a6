import type { Payload, PayloadRequest } from 'payload'

export type RevisionId = number | string

/**
 * The PLU revision in force: the most recently activated revision whose state is "current".
 * Switching revisions writes the new one "current" (one document write) before the old one
 * becomes "previous", so a reader in between still sees exactly one revision (decision 0061).
 */
export async function currentRevisionId(payload: Payload, req?: PayloadRequest): Promise<RevisionId | null> {
  const found = await payload.find({
    collection: 'plu-revisions',
    where: { state: { equals: 'current' } },
    sort: '-activatedAt',
    limit: 1,
    depth: 0,
    pagination: false,
    select: { activatedAt: true },
    overrideAccess: true,
    req,
  })
  return found.docs[0]?.id ?? null
}
