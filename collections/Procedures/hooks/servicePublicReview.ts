import type { CollectionBeforeChangeHook } from 'payload'

import { needsReview } from '../../../src/servicePublic/review'

type ReviewData = {
  servicePublic?: { modifiedAt?: string | null } | null
  servicePublicReviewedAt?: string | null
  servicePublicMarkReviewed?: boolean | null
  servicePublicNeedsReview?: boolean | null
}

/**
 * "J'ai relu la fiche" stamps the review date now (the box never stays ticked), then the stored
 * "à revoir" flag is recomputed from the fiche's modification date and the last review, so the
 * admin list can filter on it (a where cannot compare two columns).
 */
export const servicePublicReview: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const next = data as ReviewData
  const before = (originalDoc ?? {}) as ReviewData
  if (next.servicePublicMarkReviewed) next.servicePublicReviewedAt = new Date().toISOString()
  next.servicePublicMarkReviewed = false
  const modifiedAt = next.servicePublic !== undefined ? next.servicePublic?.modifiedAt : before.servicePublic?.modifiedAt
  const reviewedAt = next.servicePublicReviewedAt !== undefined ? next.servicePublicReviewedAt : before.servicePublicReviewedAt
  next.servicePublicNeedsReview = needsReview(modifiedAt, reviewedAt)
  return data
}
