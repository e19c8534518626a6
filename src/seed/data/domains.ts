import type { DomainSeed } from './types'

/** The seven domains under which the portal groups its procedures, in display order. */
export const domains: DomainSeed[] = [
  {
    slug: 'etat-civil',
    title: 'État civil',
    description:
      "Demandez un acte de naissance, de mariage ou de décès, préparez votre mariage ou votre PACS et effectuez les démarches liées à la famille et au cimetière.",
    icon: 'civil',
    order: 1,
  },
  {
    slug: 'citoyennete',
    title: 'Citoyenneté',
    description:
      "Inscrivez-vous sur les listes électorales, faites votre recensement citoyen, demandez vos titres d'identité et accomplissez vos formalités de citoyen.",
    icon: 'vote',
    order: 2,
  },
  {
    slug: 'reservation',
    title: 'Réservation',
    description:
      "Réservez une salle municipale, du matériel, un équipement sportif ou vos places de spectacle auprès de la ville.",
    icon: 'calendar',
    order: 3,
  },
  {
    slug: 'reglementation',
    title: 'Réglementation',
    description:
      "Obtenez les autorisations nécessaires sur la voie publique, déclarez vos manifestations, signalez un problème et gérez votre abonnement d'eau.",
    icon: 'rules',
    order: 4,
  },
  {
    slug: 'urbanisme',
    title: 'Urbanisme',
    description:
      "Consultez le plan local d'urbanisme et déposez vos demandes de certificat d'urbanisme, de déclaration préalable ou de permis.",
    icon: 'house',
    order: 5,
    seeAlso: [{ label: "Carte du plan local d'urbanisme : la zone et les règles de votre parcelle", href: '/urbanisme/plu' }],
  },
  {
    slug: 'social-solidarite',
    title: 'Social-Solidarité',
    description:
      "Le centre communal d'action sociale vous accompagne : aides financières, domiciliation, maintien à domicile, logement et prévention des risques.",
    icon: 'hands',
    order: 6,
  },
  {
    slug: 'emploi',
    title: 'Emploi',
    description:
      "Postulez aux offres de la ville, proposez votre candidature pour un stage, un apprentissage ou un job d'été et trouvez un accompagnement vers l'emploi.",
    icon: 'briefcase',
    order: 7,
  },
]
