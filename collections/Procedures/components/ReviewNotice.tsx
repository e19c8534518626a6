'use client'
import { useFormFields } from '@payloadcms/ui'

import { formatDateFr } from '../../../src/lib/formatDateFr'
import { needsReview } from '../../../src/servicePublic/review'

/**
 * At the top of a procedure's edit view: tells staff when its service-public.fr fiche changed
 * since their last review. Reads the form's own values, so it disappears as soon as the review is saved.
 */
export function ReviewNotice() {
  const modifiedAt = useFormFields(([fields]) => fields['servicePublic.modifiedAt']?.value as string | null | undefined)
  const code = useFormFields(([fields]) => fields['servicePublic.ficheCode']?.value as string | null | undefined)
  const url = useFormFields(([fields]) => fields['servicePublic.url']?.value as string | null | undefined)
  const reviewedAt = useFormFields(([fields]) => fields.servicePublicReviewedAt?.value as string | null | undefined)
  if (!modifiedAt || !needsReview(modifiedAt, reviewedAt)) return null
  return (
    <div
      role="status"
      style={{ border: '2px solid var(--theme-warning-500, #b45309)', borderRadius: 4, padding: '0.75rem 1rem', margin: '0 0 1.5rem', background: 'var(--theme-warning-50, #fffbeb)' }}
    >
      <strong>Fiche service-public.fr à revoir.</strong> La fiche {code} a été modifiée le {formatDateFr(modifiedAt)}
      {reviewedAt ? `, après votre dernière relecture du ${formatDateFr(reviewedAt)}` : ', et n’a jamais été relue'}.{' '}
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          Lire la fiche (nouvel onglet)
        </a>
      ) : null}{' '}
      Vérifiez que cette démarche est toujours exacte, puis cochez « J’ai relu la fiche service-public.fr » et enregistrez.
    </div>
  )
}
