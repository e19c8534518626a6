/** Globals of the demo town: identity, navigation, home text and graphic charter. */
export const TOWN_NAME = 'Kerlann'

export const siteSeed = {
  townName: TOWN_NAME,
  address: 'Hôtel de ville\n1 place de la Mairie\n56890 Kerlann',
  phone: '02 97 60 00 00',
  openingHours: 'Lundi au vendredi : 8 h 30 – 12 h 00 et 13 h 30 – 17 h 30\nSamedi : 9 h 00 – 12 h 00 (état civil uniquement)',
  contactEmail: 'mairie@kerlann.fr',
  // Kerlann is in the Morbihan: the administrative court of Rennes (that of Saint-Avé too).
  appeals: {
    courtName: 'Tribunal administratif de Rennes',
    courtAddress: '3 contour de la Motte\nCS 44416\n35044 Rennes Cedex',
    onlineAppeal: 'www.telerecours.fr',
  },
  navigation: [
    { label: 'Démarches', href: '/demarches' },
    { label: 'Imprimés', href: '/documents' },
    { label: 'Annuaire', href: '/annuaire' },
    { label: 'Carte du PLU', href: '/urbanisme/plu' },
    { label: 'Rechercher', href: '/recherche' },
    { label: 'Nous contacter', href: '/formulaires/contacter-la-mairie' },
  ],
  heroTitle: 'Vos démarches en ligne, 24 h/24',
  heroText:
    "Demandez un acte d'état civil, réservez une salle, déposez une demande d'urbanisme ou contactez le CCAS sans vous déplacer.",
  alert: {
    enabled: true,
    level: 'info' as const,
    text: 'Élections municipales : inscriptions sur les listes électorales ouvertes jusqu’au 6 février.',
    href: '/demarches/citoyennete',
  },
  /** Slugs of procedures, in order; those missing from the seed are skipped. */
  mostRequestedSlugs: [
    'acte-de-naissance',
    'inscription-listes-electorales',
    'reservation-salle-municipale',
    'carte-nationale-identite',
    'declaration-prealable-travaux',
    'aide-financiere-ccas',
  ],
}

export const charterSeed = {
  primaryColor: '#1f4e8c',
  secondaryColor: '#2f5d3a',
  accentColor: '#a4262c',
  font: 'atkinson-hyperlegible',
  footerText:
    'Ville de Kerlann — Portail citoyen. Les informations pratiques sont tenues à jour par le service communication.',
  socialLinks: [
    { network: 'facebook' as const, url: 'https://www.facebook.com/villedekerlann' },
    { network: 'instagram' as const, url: 'https://www.instagram.com/villedekerlann' },
  ],
}

/** Logo drawn as SVG, rasterised by sharp during the seed. */
export const logoSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240">
  <rect width="240" height="240" rx="36" fill="#1f4e8c"/>
  <path d="M40 170 L120 60 L200 170 Z" fill="#ffffff"/>
  <path d="M40 190 Q80 170 120 190 T200 190" stroke="#ffffff" stroke-width="10" fill="none"/>
  <circle cx="170" cy="70" r="18" fill="#f2c94c"/>
</svg>`
