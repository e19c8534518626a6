/** Above the procedures list: one-click views of the procedures whose service-public.fr fiche needs a review. */
export function ReviewQuickFilter() {
  const base = '/admin/collections/procedures'
  const shortcuts = [
    { label: 'À revoir (fiche service-public.fr modifiée)', href: `${base}?where[servicePublicNeedsReview][equals]=true` },
    { label: 'Toutes les démarches', href: base },
  ]
  return (
    <nav aria-label="Filtres rapides" style={{ margin: '0 0 0.75rem' }}>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.25rem', listStyle: 'none', padding: 0, margin: 0 }}>
        {shortcuts.map((s) => (
          <li key={s.label}>
            <a href={s.href}>{s.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
