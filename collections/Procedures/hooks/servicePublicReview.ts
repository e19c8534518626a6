import type { CollectionBeforeChangeHook } from 'payload'

import { needsReview, SERVICE_PUBLIC_IMPORT } from '../../../src/servicePublic/review'

type ReviewData = {
  servicePublic?: { modifiedAt?: string | null } | null
  servicePublicReviewedAt?: string | null
  servicePublicMarkReviewed?: boolean | null
  servicePublicNeedsReview?: boolean | null
}

/**
 * The imported fiche is the importer's alone: any other write (admin, REST, GraphQL) keeps the
 * stored one. Then "J'ai relu la fiche" stamps the review date now (the box never stays ticked), then the stored
 * "à revoir" flag is recomputed from the fiche's modification date and the last review, so the
 * admin list can filter on it (a where cannot compare two columns).
 */
export const servicePublicReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const next = data as ReviewData
  const before = (originalDoc ?? {}) as ReviewData
  if (!req.context?.[SERVICE_PUBLIC_IMPORT]) {
    if (before.servicePublic) next.servicePublic = before.servicePublic
    else delete next.servicePublic
  }
  if (next.servicePublicMarkReviewed) next.servicePublicReviewedAt = new Date().toISOString()
  next.servicePublicMarkReviewed = false
  const modifiedAt = next.servicePublic !== undefined ? next.servicePublic?.modifiedAt : before.servicePublic?.modifiedAt
  const reviewedAt = next.servicePublicReviewedAt !== undefined ? next.servicePublicReviewedAt : before.servicePublicReviewedAt
  next.servicePublicNeedsReview = needsReview(modifiedAt, reviewedAt)
  return data
}
