import type { OrganisationSeed } from './types'

/**
 * The three public bodies behind the portal of the (invented) town of Kerlann, Morbihan.
 * Names, addresses, e-mails and phone numbers are fictitious.
 */
export const organisations: OrganisationSeed[] = [
  {
    slug: 'commune',
    name: 'Ville de Kerlann',
    email: 'mairie@kerlann.fr',
    phone: '02 97 00 10 00',
    address: 'Hôtel de ville, 1 place de la Mairie, 56890 Kerlann',
    openingHours: [
      'Lundi - vendredi : 8 h 30 - 12 h 00, 13 h 30 - 17 h 30',
      "Samedi : 9 h 00 - 12 h 00 (état civil et titres d'identité uniquement, sur rendez-vous)",
      'Service urbanisme : lundi, mardi et jeudi, 8 h 30 - 12 h 00, ou sur rendez-vous',
    ].join('\n'),
  },
  {
    slug: 'ccas',
    name: "Centre communal d'action sociale de Kerlann",
    email: 'ccas@kerlann.fr',
    phone: '02 97 00 10 40',
    address: 'Maison des solidarités, 5 rue des Genêts, 56890 Kerlann',
    openingHours: [
      'Lundi, mardi, jeudi, vendredi : 9 h 00 - 12 h 00, 14 h 00 - 17 h 00',
      'Mercredi : 9 h 00 - 12 h 00',
      'Permanences sans rendez-vous : mardi et jeudi matin',
    ].join('\n'),
  },
  {
    slug: 'siaep',
    name: "Syndicat intercommunal d'alimentation en eau potable de la région de Kerlann",
    email: 'abonnes@siaep-kerlann.fr',
    phone: '02 97 00 30 00',
    address: "Espace Lann Vras, 12 rue de l'Étang, 56890 Kerlann",
    openingHours: [
      'Lundi - vendredi : 8 h 30 - 12 h 00, 13 h 30 - 17 h 00',
      "Urgences (fuite sur le réseau, absence d'eau) : astreinte 24 h/24 et 7 j/7 au 02 97 00 30 99",
    ].join('\n'),
  },
]
