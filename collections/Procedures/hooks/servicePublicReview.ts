import type { CollectionBeforeChangeHook } from 'payload'

import { needsReview, SERVICE_PUBLIC_IMPORT } from '../../../src/servicePublic/review'
import { EMPTY_FICHE, type StoredFiche } from '../../../src/servicePublic/storedFiche'

type ReviewData = {
  servicePublicCode?: string | null
  servicePublic?: StoredFiche | null
  servicePublicReviewedAt?: string | null
  servicePublicMarkReviewed?: boolean | null
  servicePublicNeedsReview?: boolean | null
}

/**
 * The imported fiche is the importer's alone: any other write (admin, REST, GraphQL) keeps the
 * stored one. A fiche only belongs to the code it was imported for: when staff change or empty
 * the procedure's code (or the stored fiche is another code's, e.g. a pending draft citing a new
 * code), the fiche and the review date of it are dropped, until the next import brings the new
 * code's fiche. Then "J'ai relu la fiche" stamps the review date now (the box never stays ticked),
 * then the stored "à revoir" flag is recomputed from the fiche's modification date and the last
 * review, so the admin list can filter on it (a where cannot compare two columns).
 */
export const servicePublicReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const next = data as ReviewData
  const before = (originalDoc ?? {}) as ReviewData
  const byImporter = Boolean(req.context?.[SERVICE_PUBLIC_IMPORT])
  if (!byImporter) {
    if (before.servicePublic) next.servicePublic = before.servicePublic
    else delete next.servicePublic
  }
  const code = (next.servicePublicCode !== undefined ? next.servicePublicCode : before.servicePublicCode) || null
  // The importer's own writes keep their code (the published rewrite may be compared with a draft).
  // Only a code that replaces another one has an old fiche and review to drop (not a first code).
  const codeChanged = !byImporter && next.servicePublicCode !== undefined && Boolean(before.servicePublicCode) && code !== before.servicePublicCode
  const fiche = next.servicePublic !== undefined ? next.servicePublic : before.servicePublic
  const otherCodesFiche = Boolean(fiche?.ficheCode) && fiche!.ficheCode !== code
  if (codeChanged || otherCodesFiche) {
    next.servicePublic = { ...EMPTY_FICHE }
    next.servicePublicReviewedAt = null
  } else if (next.servicePublicMarkReviewed) {
    next.servicePublicReviewedAt = new Date().toISOString()
  }
  next.servicePublicMarkReviewed = false
  const modifiedAt = next.servicePublic !== undefined ? next.servicePublic?.modifiedAt : before.servicePublic?.modifiedAt
  const reviewedAt = next.servicePublicReviewedAt !== undefined ? next.servicePublicReviewedAt : before.servicePublicReviewedAt
  next.servicePublicNeedsReview = needsReview(modifiedAt, reviewedAt)
  return data
}
