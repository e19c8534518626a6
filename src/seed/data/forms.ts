import type { PriceConfig } from '../../payment/formPrice'
import type { LegalDelay } from '../../submissions/delays'
import type { SilenceRule } from '../../submissions/implicitDecision'
import type { OrganisationSlug } from './types'
import { f, optional, when } from './formBuilders'

export interface FormSeed {
  slug: string
  title: string
  organisation: OrganisationSlug
  /** Procedures (by slug) whose "Faire la démarche en ligne" opens this form */
  procedures: string[]
  intro: string
  confirmationText: string
  /** What silence means and the legal delay (decision 0050: the demo town's choices) */
  silenceRule: SilenceRule
  responseDelay: LegalDelay
  /** Appeal routes of the procedure's own code, replacing the receipt's general ones */
  appealRoutes?: string
  /** Each request also becomes a directory proposal (collections/DirectoryProposals) */
  directory?: 'associations' | 'businesses'
  /** A paid démarche: its price, paid online after the send (collections/Forms/paymentFields.ts) */
  payment?: PriceConfig
  steps: Array<{ title: string; fields: Array<Record<string, unknown>> }>
}

const RGPD =
  "J'accepte que mes données soient traitées par la mairie de Kerlann pour répondre à ma demande (durée de conservation indiquée dans la politique de confidentialité)."

export const forms: FormSeed[] = [
  {
    slug: 'contacter-la-mairie',
    title: 'Contacter la mairie',
    organisation: 'commune',
    procedures: ['ecrire-a-la-mairie'],
    intro: 'Une question, une suggestion ? Écrivez-nous : le service concerné vous répond sous 15 jours.',
    confirmationText: 'Votre message a bien été transmis au service concerné.',
    silenceRule: 'sans_objet',
    responseDelay: { value: 15, unit: 'jours' },
    steps: [
      {
        title: 'Votre message',
        fields: [
          f.text('Nom', { name: 'nom', autocomplete: 'family-name', width: 'half' }),
          f.text('Prénom', { name: 'prenom', autocomplete: 'given-name', width: 'half' }),
          f.email(),
          f.telephone('Téléphone', optional),
          f.select('Objet', ['État civil', 'Urbanisme', 'Voirie et propreté', 'Écoles et jeunesse', 'Autre']),
          f.textarea('Message', { maxLength: 3000 }),
          f.consent(RGPD),
        ],
      },
    ],
  },
  {
    slug: 'acte-de-naissance',
    title: "Demande d'acte de naissance",
    organisation: 'commune',
    procedures: ['acte-de-naissance'],
    intro: "Pour une personne née à Kerlann. L'acte est envoyé gratuitement par courrier à l'adresse indiquée.",
    confirmationText: "Votre demande d'acte de naissance est enregistrée. L'acte vous sera envoyé par courrier sous une semaine environ.",
    silenceRule: 'acceptation',
    responseDelay: { value: 2, unit: 'mois' },
    steps: [
      {
        title: "L'acte demandé",
        fields: [
          f.radio('Type de document', ['Copie intégrale', 'Extrait avec filiation', 'Extrait sans filiation'], { name: 'type_acte' }),
          f.number('Nombre d’exemplaires', { name: 'exemplaires', min: 1, max: 5, step: 1, defaultValue: '1', width: 'half' }),
          f.identity('Personne concernée par l’acte', { name: 'titulaire' }),
          f.text('Nom et prénom du père ou du premier parent', { name: 'parent_1', ...optional }),
          f.text('Nom et prénom de la mère ou du second parent', { name: 'parent_2', ...optional }),
        ],
      },
      {
        title: 'Vos coordonnées',
        fields: [
          f.radio('Vous êtes', ['La personne concernée', 'Son parent', 'Son enfant', 'Son époux ou épouse', 'Autre'], { name: 'qualite' }),
          f.text('Précisez votre qualité', { name: 'qualite_autre', ...when([{ field: 'qualite', operator: 'equals', value: 'autre' }]) }),
          f.text('Votre nom et prénom', { name: 'nom' }),
          f.address('Adresse d’envoi de l’acte'),
          f.email(),
        ],
      },
    ],
  },
  {
    slug: 'acte-de-mariage',
    title: "Demande d'acte de mariage",
    organisation: 'commune',
    procedures: ['acte-de-mariage'],
    intro: 'Pour un mariage célébré à Kerlann.',
    confirmationText: "Votre demande d'acte de mariage est enregistrée.",
    silenceRule: 'acceptation',
    responseDelay: { value: 2, unit: 'mois' },
    steps: [
      {
        title: 'Le mariage',
        fields: [
          f.radio('Type de document', ['Copie intégrale', 'Extrait avec filiation', 'Extrait sans filiation'], { name: 'type_acte' }),
          f.text('Nom et prénoms du premier époux', { name: 'epoux_1' }),
          f.text('Nom et prénoms du second époux', { name: 'epoux_2' }),
          f.date('Date du mariage', { name: 'date_mariage', notInFuture: true }),
          f.text('Votre nom et prénom', { name: 'nom' }),
          f.address('Adresse d’envoi de l’acte'),
          f.email(),
        ],
      },
    ],
  },
  {
    slug: 'acte-de-deces',
    title: "Demande d'acte de décès",
    organisation: 'commune',
    procedures: ['acte-de-deces'],
    intro: "Toute personne peut obtenir une copie d'un acte de décès dressé à Kerlann.",
    confirmationText: "Votre demande d'acte de décès est enregistrée.",
    silenceRule: 'acceptation',
    responseDelay: { value: 2, unit: 'mois' },
    steps: [
      {
        title: 'La personne décédée',
        fields: [
          f.text('Nom de la personne décédée', { name: 'defunt_nom' }),
          f.text('Prénoms de la personne décédée', { name: 'defunt_prenoms' }),
          f.date('Date du décès', { name: 'date_deces', notInFuture: true }),
          f.number('Nombre d’exemplaires', { name: 'exemplaires', min: 1, max: 10, step: 1, defaultValue: '1', width: 'half' }),
        ],
      },
      {
        title: 'Pour qui est la demande ?',
        fields: [
          f.radio('La demande est faite', ['Pour moi-même', 'Pour le compte d’une autre personne', 'Par un professionnel (notaire, pompes funèbres)'], { name: 'pour_qui' }),
          f.text('Nom de la personne ou de l’organisme pour qui vous faites la demande', {
            name: 'mandant',
            ...when([{ field: 'pour_qui', operator: 'notEquals', value: 'pour_moi_meme' }]),
          }),
          f.siret('SIRET du professionnel', when([{ field: 'pour_qui', operator: 'equals', value: 'par_un_professionnel_notaire_pompes_funebres' }])),
          f.text('Votre nom et prénom', { name: 'nom' }),
          f.address('Adresse d’envoi de l’acte'),
          f.email(),
        ],
      },
    ],
  },
  {
    slug: 'concession-funeraire',
    title: 'Achat ou renouvellement d’une concession au cimetière',
    organisation: 'commune',
    procedures: ['concession-funeraire'],
    intro:
      'Concession en pleine terre (2 m²) au cimetière communal de Kerlann, pour 15 ou 30 ans. Le tarif voté par le conseil municipal se règle en ligne après l’envoi de la demande.',
    confirmationText: 'Votre demande de concession est enregistrée. Le service des cimetières vous contacte pour convenir de l’emplacement, puis vous adresse le titre de concession.',
    silenceRule: 'rejet',
    responseDelay: { value: 2, unit: 'mois' },
    payment: {
      enabled: true,
      objet: 'Concession au cimetiere de Kerlann',
      rules: [
        { label: 'Concession de 15 ans', field: 'duree', operator: 'equals', value: '15_ans', kind: 'fixed', amount: 150 },
        { label: 'Concession de 30 ans', field: 'duree', operator: 'equals', value: '30_ans', kind: 'fixed', amount: 300 },
      ],
    },
    steps: [
      {
        title: 'La concession',
        fields: [
          f.radio('Votre demande', ['Achat d’une nouvelle concession', 'Renouvellement d’une concession'], { name: 'nature' }),
          f.text('Références de l’emplacement (carré, rang, numéro)', {
            name: 'emplacement',
            hint: 'Elles figurent sur le titre de concession.',
            ...when([{ field: 'nature', operator: 'equals', value: 'renouvellement_d_une_concession' }]),
          }),
          f.radio('Durée', ['15 ans', '30 ans'], { name: 'duree', hint: '150 € pour 15 ans, 300 € pour 30 ans.' }),
        ],
      },
      {
        title: 'Vos coordonnées',
        fields: [f.identity('Concessionnaire'), f.address(), f.email(), f.telephone('Téléphone', optional), f.consent(RGPD)],
      },
    ],
  },
  {
    slug: 'recensement-citoyen',
    title: 'Recensement citoyen obligatoire',
    organisation: 'commune',
    procedures: ['recensement-citoyen'],
    intro: 'Dès 16 ans et dans les 3 mois qui suivent. Une attestation de recensement vous sera remise.',
    confirmationText: 'Votre recensement est enregistré. Votre attestation vous sera envoyée par courriel.',
    silenceRule: 'sans_objet',
    responseDelay: { value: 1, unit: 'mois' },
    steps: [
      {
        title: 'Le jeune à recenser',
        fields: [
          f.identity('Identité du jeune', { name: 'identite' }),
          f.address('Adresse du domicile'),
          f.file('Pièce d’identité (carte d’identité ou passeport)', { name: 'piece_identite' }),
          f.file('Livret de famille (pages des parents et de l’enfant)', { name: 'livret_famille', maxFiles: 3 }),
          f.email(),
          f.telephone('Téléphone', optional),
        ],
      },
    ],
  },
  {
    slug: 'inscription-listes-electorales',
    title: 'Inscription sur les listes électorales',
    organisation: 'commune',
    procedures: ['inscription-listes-electorales'],
    intro: "Pour voter à Kerlann. Inscription possible jusqu'au 6e vendredi précédant un scrutin.",
    confirmationText: 'Votre demande d’inscription est enregistrée ; le maire statue dans les 5 jours.',
    silenceRule: 'rejet',
    responseDelay: { value: 5, unit: 'jours' },
    appealRoutes:
      "En cas de refus d'inscription, vous pouvez former un recours administratif préalable obligatoire auprès de la commission de contrôle dans un délai de cinq jours à compter de sa notification (article L18 du code électoral), puis contester la décision de la commission devant le tribunal judiciaire dans un délai de sept jours à compter de sa notification (article L20 du code électoral).",
    steps: [
      {
        title: 'Votre identité et votre adresse',
        fields: [
          f.identity(),
          f.address('Adresse à Kerlann'),
          f.radio('Motif de l’inscription', ['Je viens d’emménager', 'J’ai 18 ans ou vais les avoir', 'Je suis contribuable à Kerlann', 'Autre situation'], { name: 'motif' }),
          f.file('Justificatif d’identité', { name: 'justificatif_identite' }),
          f.file('Justificatif de domicile de moins de 3 mois', { name: 'justificatif_domicile' }),
          f.email(),
        ],
      },
    ],
  },
  {
    slug: 'reservation-salle',
    title: 'Réservation d’une salle municipale',
    organisation: 'commune',
    procedures: ['reservation-salle-municipale'],
    intro: 'Choisissez la salle puis une date libre dans son calendrier : elle vous est réservée pendant que vous terminez votre demande.',
    confirmationText:
      'Votre réservation est enregistrée. La salle des fêtes est réservée en option jusqu’à sa validation par le service vie associative, qui vous contacte sous 10 jours pour la convention, l’assurance et la caution.',
    silenceRule: 'rejet',
    responseDelay: { value: 2, unit: 'mois' },
    steps: [
      {
        title: 'Le demandeur',
        fields: [
          f.radio('Vous êtes', ['Un particulier', 'Une association', 'Une entreprise'], { name: 'demandeur' }),
          f.text('Nom de l’association ou de l’entreprise', { name: 'structure', ...when([{ field: 'demandeur', operator: 'notEquals', value: 'un_particulier' }]) }),
          f.siret('Numéro SIRET', when([{ field: 'demandeur', operator: 'equals', value: 'une_entreprise' }])),
          f.text('Nom et prénom du responsable', { name: 'nom' }),
          f.email(),
          f.telephone(),
        ],
      },
      {
        title: 'La réservation',
        fields: [
          f.select('Salle', ['Salle des fêtes Ar Maen (300 places)', 'Salle polyvalente du Guern (120 places)', 'Salle de réunion, Maison des associations (30 places)'], { name: 'salle' }),
          f.number('Nombre de personnes attendues', { name: 'participants', min: 1, max: 300, step: 1 }),
          f.radio('Type d’événement', ['Familial', 'Associatif', 'Professionnel'], { name: 'evenement' }),
          f.checkboxes('Équipements souhaités', ['Sonorisation', 'Vidéoprojecteur', 'Cuisine équipée', 'Tables et chaises supplémentaires'], { name: 'equipements', required: false }),
          f.textarea('Précisions', { name: 'precisions', required: false }),
        ],
      },
      {
        title: 'La date',
        fields: [
          f.creneau('Date de la location', 'salle-des-fetes-ar-maen', { name: 'date_salle_des_fetes', ...when([{ field: 'salle', operator: 'equals', value: 'salle_des_fetes_ar_maen_300_places' }]) }),
          f.creneau('Date de la location', 'salle-polyvalente-du-guern', { name: 'date_salle_polyvalente', ...when([{ field: 'salle', operator: 'equals', value: 'salle_polyvalente_du_guern_120_places' }]) }),
          f.creneau('Créneau de la réunion', 'salle-de-reunion-maison-des-associations', { name: 'creneau_salle_reunion', ...when([{ field: 'salle', operator: 'equals', value: 'salle_de_reunion_maison_des_associations_30_plac' }]) }),
        ],
      },
    ],
  },
  {
    slug: 'pret-de-materiel',
    title: 'Emprunter du matériel municipal',
    organisation: 'commune',
    procedures: ['pret-de-materiel'],
    intro: 'Indiquez ce que vous empruntez et les jours : les quantités disponibles sont affichées jour par jour. Les barnums sont réservés aux associations.',
    confirmationText: 'Votre réservation de matériel est enregistrée. Les services techniques vous indiquent l’heure de retrait aux ateliers municipaux.',
    silenceRule: 'rejet',
    responseDelay: { value: 2, unit: 'mois' },
    steps: [
      {
        title: 'L’emprunteur',
        fields: [
          f.text('Nom et prénom', { name: 'nom' }),
          f.text('Association (le cas échéant)', { name: 'association', required: false }),
          f.email(),
          f.telephone(),
        ],
      },
      {
        title: 'Les chaises',
        fields: [f.creneau('Chaises pliantes', 'chaises', { name: 'chaises', required: false, hint: 'Laissez vide si vous n’empruntez pas de chaises.' })],
      },
      {
        title: 'Les barnums',
        fields: [f.creneau('Barnums 3 × 3 m', 'barnums', { name: 'barnums', required: false, hint: 'Réservés aux associations. Laissez vide si vous n’en empruntez pas.' })],
      },
    ],
  },
  {
    slug: 'reservation-equipement-sportif',
    title: 'Réserver un créneau à la salle omnisports',
    organisation: 'commune',
    procedures: ['reservation-equipement-sportif'],
    intro: 'Pour un tournoi, un stage ou un entraînement ponctuel d’une association. Les créneaux annuels se demandent avant le 30 avril.',
    confirmationText: 'Votre créneau est réservé. Le service des sports vous envoie le règlement des équipements sportifs.',
    silenceRule: 'rejet',
    responseDelay: { value: 2, unit: 'mois' },
    steps: [
      {
        title: 'L’association',
        fields: [f.text('Nom de l’association', { name: 'association' }), f.text('Nom et prénom du responsable', { name: 'nom' }), f.email(), f.telephone()],
      },
      {
        title: 'Le créneau',
        fields: [f.creneau('Créneau', 'salle-omnisports-lann-vras', { name: 'creneau' }), f.text('Activité', { name: 'activite', hint: 'Par exemple : tournoi de badminton' })],
      },
    ],
  },
  {
    slug: 'billetterie-du-dome',
    title: 'Billetterie du Dôme',
    organisation: 'commune',
    procedures: ['billetterie-spectacles'],
    intro: 'Choisissez la séance et vos billets : ils vous sont réservés 15 minutes, le temps d’envoyer votre commande, puis 30 minutes pour la payer en ligne (carte bancaire ou prélèvement, par PayFiP).',
    confirmationText: 'Votre commande est enregistrée. Payez-la ci-dessous pour recevoir vos billets : sans paiement dans les 30 minutes, les places sont remises en vente.',
    payment: { enabled: true, objet: 'Billetterie du Dome' },
    silenceRule: 'sans_objet',
    responseDelay: { value: 5, unit: 'jours' },
    steps: [
      { title: 'Vos billets', fields: [f.billets('Vos billets', { name: 'billets' })] },
      { title: 'Vos coordonnées', fields: [f.text('Nom et prénom', { name: 'nom' }), f.email(), f.telephone('Téléphone', optional)] },
    ],
  },
  {
    slug: 'liste-d-attente-du-dome',
    title: 'Liste d’attente du Dôme',
    organisation: 'commune',
    // Reached from the agenda's "liste d'attente" link of a sold-out session, not from a procedure page.
    procedures: [],
    intro: 'Cette séance est complète. Laissez votre adresse : si des places se libèrent, elles vous seront proposées dans l’ordre d’inscription, par un courriel avec un lien qui vous les garde 48 heures.',
    confirmationText: 'Vous êtes inscrit(e) sur la liste d’attente. Votre rang est indiqué sur la page de suivi ; vous pouvez vous retirer de la liste à tout moment depuis cette page.',
    silenceRule: 'sans_objet',
    responseDelay: { value: 5, unit: 'jours' },
    steps: [
      {
        title: 'Liste d’attente',
        fields: [f.attente('Séance et nombre de places', { name: 'attente' }), f.text('Nom et prénom', { name: 'nom' }), f.email()],
      },
    ],
  },
  {
    slug: 'occupation-domaine-public',
    title: 'Autorisation d’occupation du domaine public',
    organisation: 'commune',
    procedures: ['occupation-domaine-public'],
    intro: 'Terrasse, échafaudage, benne, dépôt de matériaux : demande à déposer au moins 15 jours avant.',
    confirmationText: 'Votre demande d’occupation du domaine public est enregistrée.',
    silenceRule: 'rejet',
    responseDelay: { value: 2, unit: 'mois' },
    steps: [
      {
        title: 'Votre demande',
        fields: [
          f.radio('Vous êtes', ['Un particulier', 'Une entreprise'], { name: 'demandeur' }),
          f.siret('Numéro SIRET', when([{ field: 'demandeur', operator: 'equals', value: 'une_entreprise' }])),
          f.text('Nom ou raison sociale', { name: 'nom' }),
          f.select('Type d’occupation', ['Terrasse', 'Échafaudage', 'Benne ou dépôt de matériaux', 'Stationnement de véhicule de chantier', 'Autre'], { name: 'type_occupation' }),
          f.address('Adresse de l’occupation'),
          f.date('Date de début', { name: 'date_debut', width: 'half' }),
          f.date('Date de fin', { name: 'date_fin', width: 'half' }),
          f.number('Surface occupée (m²)', { name: 'surface', min: 1, max: 500, step: 0.5 }),
          f.file('Plan ou croquis de l’emprise', { name: 'plan', required: false }),
          f.email(),
        ],
      },
    ],
  },
  {
    slug: 'aide-ccas',
    title: 'Demande d’aide financière au CCAS',
    organisation: 'ccas',
    procedures: ['aide-financiere-ccas'],
    intro: 'Le CCAS étudie chaque demande en commission. Vos informations restent confidentielles.',
    confirmationText: 'Votre demande est enregistrée. Une travailleuse sociale du CCAS vous contactera.',
    silenceRule: 'rejet',
    responseDelay: { value: 2, unit: 'mois' },
    steps: [
      {
        title: 'Vous',
        fields: [
          f.identity(),
          f.address('Adresse'),
          f.telephone(),
          f.email('Adresse électronique', optional),
        ],
      },
      {
        title: 'Votre foyer',
        fields: [
          f.radio('Situation familiale', ['Seul(e)', 'En couple', 'Seul(e) avec enfant(s)', 'En couple avec enfant(s)'], { name: 'situation' }),
          f.group('Personnes vivant avec vous', 'Personne', [
            f.text('Prénom', { name: 'prenom' }),
            f.select('Lien avec vous', ['Conjoint(e)', 'Enfant', 'Parent', 'Autre'], { name: 'lien' }),
            f.date('Date de naissance', { name: 'date_naissance', notInFuture: true }),
          ], { name: 'foyer', ...when([{ field: 'situation', operator: 'notEquals', value: 'seul_e' }]) }),
          f.number('Ressources mensuelles du foyer (€)', { name: 'ressources', min: 0, max: 20000, step: 0.01 }),
        ],
      },
      {
        title: 'Votre demande',
        fields: [
          f.checkboxes('Nature de l’aide', ['Alimentation', 'Énergie', 'Eau', 'Loyer', 'Santé', 'Autre'], { name: 'nature', minChoices: 1 }),
          f.textarea('Expliquez votre situation', { name: 'explication' }),
          f.file('Justificatifs (ressources, factures)', { name: 'justificatifs', maxFiles: 5 }),
          f.iban('IBAN pour le versement éventuel', optional),
          f.consent(RGPD),
        ],
      },
    ],
  },
  {
    slug: 'candidature-spontanee',
    title: 'Candidature spontanée',
    organisation: 'commune',
    procedures: ['candidature-spontanee'],
    intro: 'La ville de Kerlann étudie toutes les candidatures ; joignez votre CV au format PDF.',
    confirmationText: 'Votre candidature a bien été transmise au service des ressources humaines.',
    silenceRule: 'sans_objet',
    responseDelay: { value: 1, unit: 'mois' },
    steps: [
      {
        title: 'Votre candidature',
        fields: [
          f.identity(),
          f.email(),
          f.telephone(),
          f.select('Domaine souhaité', ['Services techniques', 'Petite enfance et écoles', 'Administration', 'Culture et sport', 'Autre'], { name: 'domaine' }),
          f.text('Poste recherché', { name: 'poste' }),
          f.file('CV (PDF)', { name: 'cv', accept: ['pdf'], maxSizeMb: 5 }),
          f.file('Lettre de motivation (PDF)', { name: 'lettre', accept: ['pdf'], maxSizeMb: 5, required: false }),
          f.hidden('source', 'source'),
        ],
      },
    ],
  },
  {
    slug: 'buvette-temporaire',
    title: 'Demander une buvette temporaire pour une vente au déballage',
    organisation: 'commune',
    procedures: ['debit-de-boissons-temporaire'],
    intro: 'Pour tenir une buvette pendant un vide-grenier, une braderie ou une brocante : demandez-la au maire au moins 15 jours avant.',
    confirmationText: 'Votre demande a été transmise au service réglementation.',
    silenceRule: 'rejet',
    responseDelay: { value: 2, unit: 'mois' },
    steps: [
      {
        title: 'L’organisateur',
        fields: [
          f.radio('Vous organisez en tant que', ['Association', 'Particulier', 'Commerçant'], { name: 'organisateur' }),
          f.text('Nom de l’association', { name: 'association', ...when([{ field: 'organisateur', operator: 'equals', value: 'association' }]) }),
          f.rna('Numéro RNA de l’association', when([{ field: 'organisateur', operator: 'equals', value: 'association' }])),
          f.text('Votre nom et prénom', { name: 'nom' }),
          f.country('Pays de naissance', { name: 'pays_naissance', ...when([{ field: 'organisateur', operator: 'equals', value: 'particulier' }]) }),
          f.departement('Département de naissance', {
            name: 'departement_naissance',
            ...when([
              { field: 'organisateur', operator: 'equals', value: 'particulier' },
              { field: 'pays_naissance', operator: 'equals', value: 'FR' },
            ]),
          }),
          f.commune('Commune de résidence', { name: 'commune' }),
          f.email(),
          f.telephone('Téléphone', optional),
        ],
      },
      {
        title: 'La vente',
        fields: [
          f.linked('La vente', 'Type de vente', 'Précisez', {
            'Vide-grenier': ['En plein air', 'En salle'],
            Braderie: ['Commerçants seulement', 'Commerçants et particuliers'],
            Brocante: ['Professionnels', 'Professionnels et particuliers'],
          }, { name: 'vente' }),
          f.date('Date de la vente', { name: 'date_vente' }),
          f.time('Heure d’ouverture au public', { name: 'ouverture', earliest: '06:00', latest: '20:00' }),
          f.time('Heure de fermeture', { name: 'fermeture', earliest: '08:00', latest: '23:00' }),
          f.number('Nombre d’emplacements prévus', { name: 'emplacements', min: 1, max: 500 }),
          f.yesno('Y aura-t-il une buvette ?', { name: 'buvette', hint: 'Une buvette demande aussi une autorisation de débit de boissons temporaire.' }),
          f.formatted('Immatriculation du véhicule de l’organisateur', 'AA-999-AA', {
            name: 'immatriculation',
            required: false,
            hint: 'Pour l’accès au site pendant l’installation, par exemple AB-123-CD.',
            formatMessage: 'Écrivez l’immatriculation comme sur la carte grise, par exemple AB-123-CD.',
          }),
        ],
      },
      {
        title: 'Déclaration',
        fields: [
          f.honour(
            'Déclaration sur l’honneur',
            'Je certifie sur l’honneur l’exactitude des informations de cette déclaration et m’engage à tenir le registre des exposants.',
            { name: 'declaration', hint: 'Une fausse déclaration est punie par l’article 441-7 du code pénal.' },
          ),
          f.file('Demande d’autorisation de buvette, signée', {
            name: 'demande_buvette',
            required: false,
            hint: 'Seulement si la vente a une buvette.',
            // A document of the library, by its slug: the seed puts its id.
            model: 'demande-debit-boissons-temporaire',
          }),
        ],
      },
    ],
  },
  {
    slug: 'declaration-prealable',
    title: 'Déclaration préalable de travaux',
    organisation: 'commune',
    procedures: ['declaration-prealable-travaux'],
    intro:
      "Décrivez vos travaux et indiquez la parcelle concernée : le service urbanisme voit aussitôt les zones du plan local d'urbanisme (PLU) qui s'y appliquent. Joignez le formulaire cerfa et les plans.",
    confirmationText: 'Merci ! Votre déclaration préalable a été transmise au service urbanisme. Le délai d’instruction est d’un mois à compter du dossier complet.',
    // Code de l'urbanisme R423-23: one month; silence is a decision of non-opposition (R424-1).
    silenceRule: 'acceptation',
    responseDelay: { value: 1, unit: 'mois' },
    steps: [
      {
        title: 'Le terrain et les travaux',
        fields: [
          f.text('Nom et prénom du demandeur', { name: 'nom', autocomplete: 'name' }),
          f.parcelle('Parcelle du terrain', { name: 'parcelle', hint: 'La section et le numéro figurent sur l’avis de taxe foncière.' }),
          f.select('Nature des travaux', ['Extension ou annexe (5 à 20 m²)', 'Abri de jardin', 'Clôture', 'Piscine', 'Modification de façade ou de toiture', 'Panneaux solaires', 'Autre'], { name: 'nature' }),
          f.textarea('Description des travaux', { name: 'description', maxLength: 2000 }),
          f.file('Formulaire cerfa et plans', { name: 'dossier', accept: ['pdf'], maxFiles: 5, maxSizeMb: 10 }),
          f.email(),
        ],
      },
    ],
  },
  {
    slug: 'signalement-voirie',
    title: 'Signaler un problème sur la voirie',
    organisation: 'commune',
    procedures: ['signalement-voirie'],
    intro: 'Nid-de-poule, éclairage en panne, dépôt sauvage… Pour une urgence, appelez le 02 97 00 10 00.',
    confirmationText: 'Merci ! Votre signalement a été transmis aux services techniques.',
    silenceRule: 'sans_objet',
    responseDelay: { value: 15, unit: 'jours' },
    steps: [
      {
        title: 'Le problème',
        fields: [
          f.select('Type de problème', ['Chaussée ou trottoir abîmé', 'Éclairage public', 'Dépôt sauvage', 'Signalisation', 'Espaces verts', 'Autre'], { name: 'type_probleme' }),
          f.address('Lieu du problème', { name: 'lieu' }),
          f.textarea('Description', { name: 'description', maxLength: 1500 }),
          f.file('Photo', { name: 'photo', accept: ['jpeg', 'png'], required: false, maxSizeMb: 8 }),
          f.email('Adresse électronique (pour être tenu informé)', optional),
        ],
      },
    ],
  },
]
