import type { DomainIconName } from '../site/domainIcons'

const PATHS: Record<DomainIconName, string> = {
  civil: 'M8 7a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM2 21v-6a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v6Zm12 0v-5a5 5 0 0 0-1-3h5a4 4 0 0 1 4 4v4Z',
  vote: 'M4 10h16v11H4Zm3-7h10l2 5H5Zm3 11h4v2h-4Z',
  calendar: 'M3 5h18v16H3Zm2 5v9h14v-9ZM7 2h2v4H7Zm8 0h2v4h-2Zm-8 10h3v3H7Z',
  rules: 'M6 2h9l5 5v15H6Zm8 1v5h5M9 12h8v2H9Zm0 4h8v2H9Z',
  house: 'M12 3 2 12h3v9h6v-6h2v6h6v-9h3Z',
  hands: 'M12 21s-8-5-8-11a4.5 4.5 0 0 1 8-3 4.5 4.5 0 0 1 8 3c0 6-8 11-8 11Z',
  briefcase: 'M9 3h6a1 1 0 0 1 1 1v2h5v14H3V6h5V4a1 1 0 0 1 1-1Zm1 3h4V5h-4Z',
}

/** Decorative pictogram of a domain (hidden from assistive technologies). */
export function DomainIcon({ name }: { name: string | null | undefined }) {
  const d = PATHS[(name ?? 'rules') as DomainIconName] ?? PATHS.rules
  return (
    <svg className="domain-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" />
    </svg>
  )
}
