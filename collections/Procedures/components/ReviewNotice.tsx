import type { FieldServerComponent } from 'payload'

import { formatDateFr } from '../../../src/lib/formatDateFr'
import { needsReview } from '../../../src/servicePublic/review'

/** At the top of a procedure's edit view: tells staff when its service-public.fr fiche changed since their last review. */
export const ReviewNotice: FieldServerComponent = ({ data }) => {
  const fiche = data?.servicePublic as { modifiedAt?: string | null; url?: string | null; code?: string | null } | undefined
  const reviewedAt = data?.servicePublicReviewedAt as string | null | undefined
  if (!fiche?.modifiedAt || !needsReview(fiche.modifiedAt, reviewedAt)) return null
  return (
    <div
      role="status"
      style={{ border: '2px solid var(--theme-warning-500, #b45309)', borderRadius: 4, padding: '0.75rem 1rem', margin: '0 0 1.5rem', background: 'var(--theme-warning-50, #fffbeb)' }}
    >
      <strong>Fiche service-public.fr à revoir.</strong>{' '}
      La fiche {fiche.code} a été modifiée le {formatDateFr(fiche.modifiedAt)}
      {reviewedAt ? `, après votre dernière relecture du ${formatDateFr(reviewedAt)}` : ', et n’a jamais été relue'}.{' '}
      {fiche.url ? (
        <a href={fiche.url} target="_blank" rel="noopener noreferrer">
          Lire la fiche (nouvel onglet)
        </a>
      ) : null}{' '}
      Vérifiez que cette démarche est toujours exacte, puis cochez « J’ai relu la fiche service-public.fr » et enregistrez.
    </div>
  )
}
