export interface QuickLink {
  label: string
  href: string
}

/** A row of one-click views above an admin list (requests, procedures). */
export function QuickLinks({ links }: { links: QuickLink[] }) {
  return (
    <nav aria-label="Filtres rapides" style={{ margin: '0 0 0.75rem' }}>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.25rem', listStyle: 'none', padding: 0, margin: 0 }}>
        {links.map((s) => (
          <li key={s.label}>
            <a href={s.href}>{s.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
