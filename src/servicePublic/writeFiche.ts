import type { Payload, PayloadRequest } from 'payload'

import type { StoredFiche } from './storedFiche'

type ProcedureDoc = Record<string, unknown> & { _status?: 'draft' | 'published' | null; servicePublicNeedsReview?: boolean | null }

const withoutMeta = ({ id: _id, createdAt: _c, updatedAt: _u, ...fields }: ProcedureDoc) => fields

/**
 * Stores an imported fiche on a procedure without touching the staff's editorial state. Payload
 * updates start from the latest version, so a plain update would publish a pending draft: when
 * one exists, the published document is rewritten from its own content, then the draft is saved
 * again on top (still the latest version, fiche included). A never-published procedure gets the
 * fiche in its draft. `req` carries the importer's context flag (and transaction, if any).
 * Returns whether the procedure is "à revoir" afterwards.
 */
export async function writeFiche(payload: Payload, id: number | string, value: StoredFiche, req: PayloadRequest): Promise<boolean> {
  const common = { collection: 'procedures' as const, id, depth: 0, overrideAccess: true, req }
  const main = (await payload.findByID({ ...common })) as unknown as ProcedureDoc
  const latest = (await payload.findByID({ ...common, draft: true })) as unknown as ProcedureDoc
  if (main._status !== 'published') {
    const saved = (await payload.update({ ...common, draft: true, data: { servicePublic: value, _status: 'draft' } as never })) as unknown as ProcedureDoc
    return Boolean(saved.servicePublicNeedsReview)
  }
  const pendingDraft = latest._status === 'draft'
  const published = (await payload.update({
    ...common,
    data: { ...(pendingDraft ? withoutMeta(main) : {}), servicePublic: value, _status: 'published' } as never,
  })) as unknown as ProcedureDoc
  if (pendingDraft) {
    await payload.update({ ...common, draft: true, data: { ...withoutMeta(latest), servicePublic: value, _status: 'draft' } as never })
  }
  return Boolean(published.servicePublicNeedsReview)
}
