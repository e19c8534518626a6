/** Icon names a domain can use; their drawings are in DomainIcon.tsx. */
export const DOMAIN_ICONS = {
  civil: 'Famille (état civil)',
  vote: 'Urne (citoyenneté)',
  calendar: 'Calendrier (réservation)',
  rules: 'Document officiel (réglementation)',
  house: 'Maison (urbanisme)',
  hands: 'Mains tendues (solidarité)',
  briefcase: 'Mallette (emploi)',
} as const

export type DomainIconName = keyof typeof DOMAIN_ICONS

export const DOMAIN_ICON_OPTIONS = Object.entries(DOMAIN_ICONS).map(([value, label]) => ({ value, label }))
