/** Context flag of the importer's writes: only they may change a procedure's imported fiche. */
export const SERVICE_PUBLIC_IMPORT = 'servicePublicImport'

/**
 * A procedure is "à revoir" when its service-public.fr fiche had an important modification later
 * than the staff's last review (or was never reviewed). No imported fiche: nothing to review.
 */
export function needsReview(modifiedAt: string | null | undefined, reviewedAt: string | null | undefined): boolean {
  if (!modifiedAt) return false
  const modified = new Date(modifiedAt).getTime()
  if (Number.isNaN(modified)) return false
  if (!reviewedAt) return true
  const reviewed = new Date(reviewedAt).getTime()
  return Number.isNaN(reviewed) || modified > reviewed
}
