/** Admin navigation groups (French, as staff read them). */
export const GROUPS = {
  procedures: 'Démarches',
  directories: 'Annuaires',
  requests: 'Demandes',
  booking: 'Réservations',
  payments: 'Paiements',
  urbanism: 'Urbanisme',
  media: 'Médias',
  settings: 'Réglages',
} as const
