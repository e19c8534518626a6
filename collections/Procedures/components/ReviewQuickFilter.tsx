import { QuickLinks } from '../../../src/admin/QuickLinks'

/** Above the procedures list: one-click view of the procedures whose service-public.fr fiche needs a review. */
export function ReviewQuickFilter() {
  const base = '/admin/collections/procedures'
  return (
    <QuickLinks
      links={[
        { label: 'À revoir (fiche service-public.fr modifiée)', href: `${base}?where[servicePublicNeedsReview][equals]=true` },
        { label: 'Toutes les démarches', href: base },
      ]}
    />
  )
}
