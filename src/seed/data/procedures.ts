import type { ProcedureSeed } from './types'

/**
 * The procedures of the portal, grouped by domain. Rules follow French administrative
 * practice; local details (rooms, prices, lead times of the town of Kerlann) are invented.
 */
export const procedures: ProcedureSeed[] = [
  // --- État civil ---
  {
    slug: 'acte-de-naissance',
    title: "Demander un acte de naissance",
    domain: 'etat-civil',
    organisation: 'commune',
    summary:
      "Obtenez gratuitement une copie intégrale ou un extrait d'acte de naissance pour une personne née à Kerlann, en ligne, par courrier ou au guichet.",
    body: [
      "L'acte de naissance est délivré par la mairie du lieu de naissance. La mairie de Kerlann ne peut donc délivrer que les actes des personnes nées sur la commune.",
      "## Quel document demander ?",
      "- La copie intégrale reproduit l'acte en entier, avec toutes les mentions (mariage, divorce, PACS, décès...).",
      "- L'extrait avec filiation comporte les informations sur la personne et sur ses parents.",
      "- L'extrait sans filiation ne comporte que les informations sur la personne ; il peut être demandé par n'importe qui.",
      "Avant de faire la demande, vérifiez si l'acte vous est vraiment nécessaire : la commune de Kerlann est raccordée à COMEDEC, la plateforme d'échange dématérialisé des données d'état civil. Pour une carte d'identité ou un passeport, la mairie qui instruit votre demande vérifie directement votre acte. Si vous êtes né à l'étranger, adressez-vous au Service central d'état civil du ministère des Affaires étrangères, à Nantes.",
    ],
    sections: {
      whoCanApply:
        "Copie intégrale et extrait avec filiation : la personne concernée si elle est majeure ou émancipée, ses ascendants, ses descendants, son époux ou son épouse, son représentant légal et certains professionnels (notaire, avocat). Extrait sans filiation : toute personne.",
      requiredDocuments: [
        "Nom, prénoms et date de naissance de la personne concernée",
        "Noms et prénoms de ses parents (pour une copie intégrale ou un extrait avec filiation)",
        "Pièce d'identité si vous vous présentez au guichet",
        "Enveloppe timbrée à votre adresse pour une demande par courrier",
      ],
      cost: "Gratuit",
      delay:
        "Immédiat au guichet ; environ une semaine pour une demande en ligne ou par courrier, délai d'acheminement postal compris.",
      whereToApply:
        "Service état civil de la mairie de Kerlann : au guichet, par courrier, ou en ligne avec le téléservice de service-public.fr. L'acte est envoyé à votre adresse postale.",
    },
    servicePublicCode: 'F1427',
    documents: ['demande-acte-etat-civil'],
    keywords: [
      "acte de naissance",
      "extrait",
      "extrait de naissance",
      "copie intégrale",
      "extrait avec filiation",
      "extrait sans filiation",
      "naissance",
      "état civil",
      "livret de famille",
    ],
  },
  {
    slug: 'acte-de-mariage',
    title: "Demander un acte de mariage",
    domain: 'etat-civil',
    organisation: 'commune',
    summary:
      "Obtenez gratuitement une copie intégrale ou un extrait d'acte de mariage pour un mariage célébré à Kerlann.",
    body: [
      "L'acte de mariage est délivré par la mairie du lieu où le mariage a été célébré. Pour un mariage célébré à l'étranger, la demande est à adresser au Service central d'état civil, à Nantes.",
      "## Copie intégrale ou extrait ?",
      "- La copie intégrale et l'extrait avec filiation sont réservés aux époux, à leurs ascendants et descendants, à leur représentant légal et à certains professionnels.",
      "- L'extrait sans filiation peut être obtenu par toute personne.",
      "L'acte de mariage est souvent demandé pour un divorce, une succession, une demande de pension de réversion ou une mise à jour du livret de famille.",
    ],
    sections: {
      whoCanApply:
        "Copie intégrale et extrait avec filiation : les époux, leurs ascendants, leurs descendants, leur représentant légal, certains professionnels (notaire, avocat). Extrait sans filiation : toute personne.",
      requiredDocuments: [
        "Date du mariage",
        "Noms et prénoms des deux époux",
        "Noms et prénoms des parents des époux (pour une copie intégrale ou un extrait avec filiation)",
        "Pièce d'identité si vous vous présentez au guichet",
      ],
      cost: "Gratuit",
      delay:
        "Immédiat au guichet ; environ une semaine pour une demande en ligne ou par courrier.",
      whereToApply:
        "Service état civil de la mairie de Kerlann : au guichet, par courrier ou en ligne avec le téléservice de service-public.fr.",
    },
    servicePublicCode: 'F1432',
    documents: ['demande-acte-etat-civil'],
    keywords: [
      "acte de mariage",
      "extrait de mariage",
      "copie intégrale",
      "mariage",
      "état civil",
      "divorce",
      "livret de famille",
    ],
  },
  {
    slug: 'acte-de-deces',
    title: "Demander un acte de décès",
    domain: 'etat-civil',
    organisation: 'commune',
    summary:
      "Obtenez gratuitement la copie intégrale d'un acte de décès survenu à Kerlann ou concernant une personne qui y avait son dernier domicile.",
    body: [
      "L'acte de décès est dressé par la mairie du lieu du décès et transcrit dans la commune du dernier domicile du défunt. Vous pouvez le demander à l'une ou l'autre de ces mairies.",
      "Il n'existe pas d'extrait d'acte de décès : seule une copie intégrale est délivrée, et toute personne peut l'obtenir sans avoir à justifier de son lien avec le défunt.",
      "## À quoi sert-il ?",
      "- Démarches auprès de la banque, du notaire, des caisses de retraite et de l'assurance maladie",
      "- Résiliation des contrats (énergie, eau, téléphone, assurances)",
      "- Mise à jour du livret de famille",
    ],
    sections: {
      whoCanApply: "Toute personne.",
      requiredDocuments: [
        "Nom et prénoms du défunt",
        "Date et lieu du décès",
        "Enveloppe timbrée à votre adresse pour une demande par courrier",
      ],
      cost: "Gratuit",
      delay:
        "Immédiat au guichet ; environ une semaine pour une demande en ligne ou par courrier.",
      whereToApply:
        "Service état civil de la mairie de Kerlann (lieu du décès ou du dernier domicile) : au guichet, par courrier ou en ligne avec le téléservice de service-public.fr.",
    },
    servicePublicCode: 'F1444',
    documents: ['demande-acte-etat-civil'],
    keywords: [
      "acte de décès",
      "décès",
      "copie intégrale",
      "certificat de décès",
      "succession",
      "obsèques",
      "état civil",
    ],
  },
  {
    slug: 'reconnaissance-enfant',
    title: "Reconnaître un enfant",
    domain: 'etat-civil',
    organisation: 'commune',
    summary:
      "Les parents non mariés peuvent reconnaître leur enfant avant la naissance, lors de la déclaration de naissance ou après, dans n'importe quelle mairie.",
    body: [
      "La reconnaissance établit le lien de filiation entre l'enfant et son parent lorsque les parents ne sont pas mariés. Pour la mère, la filiation est établie automatiquement par l'indication de son nom dans l'acte de naissance ; le père, ou le second parent non marié, doit faire une reconnaissance.",
      "## Quand la faire ?",
      "- Avant la naissance (reconnaissance anticipée), par l'un des parents ou les deux ensemble",
      "- Au moment de la déclaration de naissance",
      "- Après la naissance, à tout moment",
      "La démarche se fait en personne, auprès de n'importe quelle mairie. L'officier de l'état civil dresse immédiatement l'acte de reconnaissance et vous en remet une copie, à conserver et à présenter lors de la déclaration de naissance.",
    ],
    sections: {
      whoCanApply:
        "Le parent qui souhaite reconnaître l'enfant, majeur ou mineur, en se présentant personnellement.",
      requiredDocuments: [
        "Pièce d'identité en cours de validité",
        "Justificatif de domicile de moins de 3 mois",
        "Acte de naissance de l'enfant ou livret de famille, si la reconnaissance est faite après la naissance",
      ],
      cost: "Gratuit",
      delay: "L'acte de reconnaissance est établi immédiatement.",
      whereToApply:
        "Service état civil de la mairie de Kerlann, de préférence sur rendez-vous (vous pouvez aussi vous adresser à toute autre mairie).",
    },
    keywords: [
      "reconnaissance",
      "reconnaissance anticipée",
      "reconnaître un enfant",
      "filiation",
      "père",
      "parents non mariés",
      "naissance",
    ],
  },
  {
    slug: 'dossier-de-mariage',
    title: "Se marier à Kerlann",
    domain: 'etat-civil',
    organisation: 'commune',
    summary:
      "Déposez votre dossier de mariage à la mairie plusieurs mois avant la date souhaitée ; la publication des bans précède la célébration d'au moins 10 jours.",
    body: [
      "Le mariage peut être célébré à Kerlann si l'un des futurs époux ou l'un de leurs parents y a son domicile ou y réside de façon continue depuis au moins un mois à la date de la publication des bans.",
      "## Étapes",
      "- Retirez le dossier à l'accueil de la mairie ou téléchargez-le, puis prenez rendez-vous pour le déposer complet, en présence des deux futurs époux.",
      "- Une audition des futurs époux peut être organisée par l'officier de l'état civil.",
      "- Les bans sont publiés en mairie pendant 10 jours avant la célébration.",
      "Déposez votre dossier au moins trois mois avant la date envisagée : les samedis de mai à septembre sont très demandés. Le livret de famille vous est remis le jour de la cérémonie.",
    ],
    sections: {
      whoCanApply:
        "Deux personnes majeures, de même sexe ou de sexe différent, dont l'une au moins (ou l'un de leurs parents) a son domicile ou sa résidence à Kerlann.",
      requiredDocuments: [
        "Dossier de mariage complété et signé",
        "Copie intégrale de l'acte de naissance de chacun des futurs époux, de moins de 3 mois (6 mois si délivrée à l'étranger)",
        "Pièce d'identité de chacun des futurs époux",
        "Justificatifs de domicile ou de résidence",
        "Informations sur les témoins (2 au minimum, 4 au maximum) et copie de leur pièce d'identité",
        "Le cas échéant, certificat du notaire en cas de contrat de mariage",
      ],
      cost: "Gratuit",
      delay:
        "Dépôt du dossier au moins 3 mois avant la date souhaitée ; publication des bans pendant 10 jours avant la célébration.",
      whereToApply: "Service état civil de la mairie de Kerlann, sur rendez-vous.",
    },
    keywords: [
      "mariage",
      "se marier",
      "dossier de mariage",
      "publication des bans",
      "bans",
      "témoins",
      "cérémonie",
      "livret de famille",
    ],
  },
  {
    slug: 'pacs',
    title: "Conclure un pacte civil de solidarité (PACS)",
    domain: 'etat-civil',
    organisation: 'commune',
    summary:
      "Le PACS est enregistré gratuitement par l'officier de l'état civil de la commune où les partenaires fixent leur résidence commune, ou par un notaire.",
    body: [
      "Le pacte civil de solidarité est un contrat conclu entre deux personnes majeures pour organiser leur vie commune. Depuis 2017, il est enregistré en mairie et non plus au tribunal.",
      "## Comment faire ?",
      "- Rédigez votre convention de PACS (modèle officiel ou convention personnalisée).",
      "- Complétez la déclaration conjointe et les attestations sur l'honneur de non-parenté et de résidence commune.",
      "- Prenez rendez-vous : les deux partenaires doivent se présenter ensemble, en personne, avec leurs pièces d'identité.",
      "Après l'enregistrement, le PACS est mentionné en marge de l'acte de naissance de chaque partenaire. La modification ou la dissolution du PACS se fait auprès de la même mairie.",
    ],
    sections: {
      whoCanApply:
        "Deux personnes majeures, qui ne sont ni mariées ni déjà pacsées et n'ont pas entre elles de lien familial direct, et qui fixent leur résidence commune à Kerlann.",
      requiredDocuments: [
        "Convention de PACS signée par les deux partenaires",
        "Déclaration conjointe d'enregistrement avec attestations sur l'honneur (formulaire cerfa)",
        "Copie intégrale ou extrait avec filiation de l'acte de naissance de chaque partenaire, de moins de 3 mois",
        "Pièce d'identité en cours de validité de chaque partenaire",
      ],
      cost: "Gratuit en mairie (des honoraires s'appliquent si vous passez par un notaire)",
      delay:
        "Rendez-vous à prendre environ 4 semaines à l'avance ; l'enregistrement est fait le jour du rendez-vous.",
      whereToApply: "Service état civil de la mairie de Kerlann, sur rendez-vous.",
    },
    keywords: [
      "PACS",
      "pacte civil de solidarité",
      "se pacser",
      "union libre",
      "concubinage",
      "partenaires",
      "dissolution de PACS",
    ],
  },
  {
    slug: 'changement-de-prenom',
    title: "Changer de prénom",
    domain: 'etat-civil',
    organisation: 'commune',
    summary:
      "Toute personne justifiant d'un intérêt légitime peut demander à l'officier de l'état civil de changer, d'ajouter, de supprimer ou de modifier l'ordre de ses prénoms.",
    body: [
      "La demande est déposée auprès de la mairie du lieu de résidence ou du lieu de naissance. Elle doit reposer sur un intérêt légitime : prénom difficile à porter, usage prolongé d'un autre prénom, francisation, mise en conformité avec l'identité de genre...",
      "Pour un enfant mineur ou un majeur sous tutelle, la demande est présentée par son représentant légal. Le consentement personnel de l'enfant de plus de 13 ans est nécessaire.",
      "## Et ensuite ?",
      "Si l'officier de l'état civil estime que la demande ne présente pas d'intérêt légitime, il saisit le procureur de la République, qui peut s'y opposer. Une fois le changement accepté, il est inscrit sur le registre de l'état civil et vous pouvez faire mettre à jour vos papiers d'identité.",
    ],
    sections: {
      whoCanApply:
        "Toute personne majeure résidant à Kerlann ou née à Kerlann ; pour un mineur ou un majeur sous tutelle, son représentant légal.",
      requiredDocuments: [
        "Formulaire de demande de changement de prénom",
        "Copie intégrale de l'acte de naissance de moins de 3 mois",
        "Pièce d'identité en cours de validité",
        "Justificatif de domicile de moins de 3 mois",
        "Pièces justifiant de l'intérêt légitime (attestations, documents montrant l'usage du prénom...)",
      ],
      cost: "Gratuit",
      delay:
        "Un entretien est fixé au dépôt du dossier ; la décision intervient généralement dans un délai d'un à deux mois.",
      whereToApply: "Service état civil de la mairie de Kerlann, sur rendez-vous.",
    },
    keywords: [
      "changement de prénom",
      "prénom",
      "modifier son prénom",
      "ajouter un prénom",
      "ordre des prénoms",
      "état civil",
    ],
  },
  {
    slug: 'livret-de-famille',
    title: "Obtenir un duplicata du livret de famille",
    domain: 'etat-civil',
    organisation: 'commune',
    summary:
      "En cas de perte, de vol, de détérioration ou de séparation des parents, vous pouvez demander gratuitement un second livret de famille à la mairie de votre domicile.",
    body: [
      "Le livret de famille est remis lors du mariage ou de la naissance du premier enfant. Il peut être réclamé pour de nombreuses démarches (inscription scolaire, demande d'allocations, titre d'identité d'un enfant...).",
      "## Dans quels cas ?",
      "- Perte, vol ou détérioration du livret",
      "- Divorce ou séparation : chaque parent peut disposer de son propre livret",
      "La mairie de votre domicile établit le nouveau livret, puis l'envoie aux mairies qui détiennent les actes (mariage, naissances) pour qu'elles le complètent. Le délai dépend donc de la rapidité de ces communes.",
    ],
    sections: {
      whoCanApply:
        "Le titulaire du livret ou l'un des époux ou parents ; en cas de divorce ou de séparation, chacun des parents.",
      requiredDocuments: [
        "Formulaire de demande de duplicata de livret de famille",
        "Pièce d'identité du demandeur",
        "Justificatif de domicile de moins de 3 mois",
        "Liste des actes à inscrire : dates et lieux du mariage et des naissances des enfants",
      ],
      cost: "Gratuit",
      delay:
        "Environ 1 à 2 mois selon le nombre de mairies à solliciter pour compléter le livret.",
      whereToApply: "Service état civil de la mairie de Kerlann (mairie du domicile).",
    },
    keywords: [
      "livret de famille",
      "duplicata",
      "second livret",
      "perte",
      "vol",
      "divorce",
      "séparation",
    ],
  },
  {
    slug: 'concession-funeraire',
    title: "Acheter ou renouveler une concession funéraire",
    domain: 'etat-civil',
    organisation: 'commune',
    summary:
      "Achetez un emplacement au cimetière communal ou au columbarium, ou renouvelez une concession arrivée à échéance.",
    body: [
      "La ville de Kerlann propose des concessions de 15, 30 ou 50 ans au cimetière communal, ainsi que des cases de columbarium et des cavurnes. Un jardin du souvenir permet la dispersion des cendres.",
      "Une concession peut être achetée à l'avance ou au moment d'un décès. Elle est accordée par le maire, à titre de concession individuelle, collective ou familiale.",
      "## Renouvellement",
      "À l'échéance, la concession peut être renouvelée au tarif en vigueur. Les ayants droit disposent de deux ans après l'expiration pour la renouveler ; à défaut, l'emplacement peut être repris par la commune.",
      "Toute inhumation, dispersion de cendres ou exhumation doit faire l'objet d'une autorisation préalable du maire, généralement demandée par l'entreprise de pompes funèbres.",
    ],
    sections: {
      whoCanApply:
        "Les personnes domiciliées ou décédées à Kerlann, celles qui disposent d'une sépulture de famille dans le cimetière, et leurs ayants droit pour un renouvellement.",
      requiredDocuments: [
        "Pièce d'identité du demandeur",
        "Justificatif de domicile",
        "Pour un renouvellement : titre de concession ou références de l'emplacement",
        "Pour un ayant droit : justificatif du lien de parenté avec le concessionnaire (livret de famille, acte de notoriété)",
      ],
      cost:
        "Concession en pleine terre : 150 € pour 15 ans, 300 € pour 30 ans (tarifs votés par le conseil municipal), payables en ligne avec la demande. Columbarium et cavurne : tarifs en mairie.",
      delay:
        "Attribution immédiate en cas de décès ; environ 2 semaines pour un achat anticipé.",
      whereToApply: "Service état civil - cimetières de la mairie de Kerlann.",
    },
    keywords: [
      "concession",
      "cimetière",
      "columbarium",
      "cavurne",
      "tombe",
      "sépulture",
      "inhumation",
      "renouvellement de concession",
      "jardin du souvenir",
    ],
  },

  // --- Citoyenneté ---
  {
    slug: 'ecrire-a-la-mairie',
    title: 'Écrire à la mairie',
    domain: 'citoyennete',
    organisation: 'commune',
    summary:
      "Posez une question, signalez une difficulté ou faites une suggestion aux services de la mairie de Kerlann, en ligne, à toute heure.",
    body: [
      "Le formulaire en ligne transmet votre message au service concerné (accueil, état civil, urbanisme, services techniques, écoles...). Vous recevez aussitôt un accusé de réception avec une référence et un lien personnel pour suivre la réponse.",
      "## Avant d'écrire",
      "- Pour une démarche précise (acte d'état civil, réservation de salle, signalement sur la voirie...), utilisez plutôt son formulaire : il demande directement les informations nécessaires et votre demande sera traitée plus vite.",
      "- Pour une urgence sur la voie publique en dehors des heures d'ouverture, appelez le numéro d'astreinte indiqué sur le répondeur de la mairie.",
      "## Vos données",
      "Votre message et vos coordonnées ne servent qu'à vous répondre. Ils sont conservés le temps nécessaire au traitement de votre demande.",
    ],
    sections: {
      whoCanApply: "Toute personne : habitant, entreprise, association ou visiteur de la commune.",
      requiredDocuments: ["Aucun document : seulement vos nom, prénom, adresse électronique et votre message"],
      cost: "Gratuit",
      delay: "Réponse du service concerné sous 15 jours.",
      whereToApply: "En ligne à toute heure, au guichet de la mairie aux heures d'ouverture, ou par courrier adressé à M. le Maire.",
    },
    keywords: ['contact', 'question', 'écrire', 'message', 'suggestion', 'réclamation', 'mairie'],
  },
  {
    slug: 'recensement-citoyen',
    title: "Se faire recenser à 16 ans (recensement citoyen)",
    domain: 'citoyennete',
    organisation: 'commune',
    summary:
      "Tout jeune Français doit se faire recenser à la mairie de son domicile dans les trois mois qui suivent son 16e anniversaire ; la mairie lui remet une attestation de recensement.",
    body: [
      "Le recensement citoyen est obligatoire. Il permet d'être convoqué à la journée défense et citoyenneté (JDC) et d'être inscrit automatiquement sur les listes électorales à 18 ans.",
      "## Quand ?",
      "- Entre le jour de vos 16 ans et la fin du 3e mois qui suit",
      "- Si vous êtes devenu français entre 16 et 25 ans, dans le mois qui suit l'acquisition de la nationalité",
      "Vous pouvez faire la démarche vous-même ou être représenté par l'un de vos parents. Si le délai est dépassé, il est toujours possible de régulariser votre situation jusqu'à 25 ans.",
      "Conservez précieusement l'attestation de recensement : la mairie n'en délivre pas de duplicata. En cas de perte, vous pouvez demander une attestation de situation administrative au centre du service national.",
    ],
    sections: {
      whoCanApply:
        "Les jeunes de nationalité française domiciliés à Kerlann, dès 16 ans, ou leur représentant légal.",
      requiredDocuments: [
        "Carte d'identité ou passeport valide justifiant de la nationalité française",
        "Livret de famille à jour",
      ],
      cost: "Gratuit",
      delay: "L'attestation de recensement est remise immédiatement.",
      whereToApply:
        "Accueil de la mairie de Kerlann, ou en ligne avec le téléservice de service-public.fr.",
    },
    servicePublicCode: 'F870',
    keywords: [
      "recensement",
      "recensement citoyen",
      "recensement militaire",
      "16 ans",
      "JDC",
      "journée défense et citoyenneté",
      "attestation de recensement",
    ],
  },
  {
    onlineService: { label: 'Inscription en ligne sur service-public.fr', url: 'https://www.service-public.fr/particuliers/vosdroits/R16396' },
    slug: 'inscription-listes-electorales',
    title: "S'inscrire sur les listes électorales",
    domain: 'citoyennete',
    organisation: 'commune',
    summary:
      "Inscrivez-vous sur la liste électorale de Kerlann en ligne, par courrier ou à la mairie, au plus tard le 6e vendredi précédant un scrutin.",
    body: [
      "L'inscription est automatique pour les jeunes qui ont fait leur recensement citoyen et pour les personnes qui obtiennent la nationalité française. Dans les autres cas, notamment après un déménagement, vous devez faire la démarche vous-même.",
      "## Jusqu'à quand ?",
      "Vous pouvez vous inscrire toute l'année. Pour voter à une élection, la demande doit être déposée au plus tard le 6e vendredi avant le premier tour. Des délais particuliers existent, par exemple pour les jeunes qui atteignent 18 ans ou les personnes qui déménagent pour un motif professionnel juste avant le scrutin.",
      "## Vérifier sa situation",
      "Le téléservice « Interroger sa situation électorale » de service-public.fr indique sur quelle liste et dans quel bureau de vote vous êtes inscrit.",
      "Les ressortissants des autres pays de l'Union européenne résidant en France peuvent s'inscrire sur les listes complémentaires pour voter aux élections municipales et européennes.",
    ],
    sections: {
      whoCanApply:
        "Toute personne de nationalité française, majeure, jouissant de ses droits civils et politiques et ayant une attache avec Kerlann (domicile, résidence d'au moins 6 mois, ou inscription au rôle des impôts locaux depuis au moins 2 ans).",
      requiredDocuments: [
        "Pièce d'identité en cours de validité (ou périmée depuis moins de 5 ans)",
        "Justificatif de domicile de moins de 3 mois à votre nom (ou justificatif d'attache avec la commune)",
        "Formulaire cerfa de demande d'inscription, pour une demande papier",
      ],
      cost: "Gratuit",
      delay:
        "Le maire statue dans les 5 jours ; vous êtes informé de la décision par courrier.",
      whereToApply:
        "Service élections de la mairie de Kerlann : au guichet, par courrier, ou en ligne avec le téléservice de service-public.fr.",
    },
    servicePublicCode: 'F1367',
    keywords: [
      "listes électorales",
      "inscription électorale",
      "voter",
      "élections",
      "carte électorale",
      "bureau de vote",
      "déménagement",
    ],
  },
  {
    onlineService: { label: "Pré-demande sur le site de l'ANTS", url: 'https://ants.gouv.fr/' },
    slug: 'carte-nationale-identite',
    title: "Demander une carte nationale d'identité (sur rendez-vous)",
    domain: 'citoyennete',
    organisation: 'commune',
    summary:
      "La mairie de Kerlann, équipée d'un dispositif de recueil, reçoit sur rendez-vous les demandes de carte d'identité, après pré-demande en ligne sur le site de l'ANTS.",
    body: [
      "Depuis 2017, la demande de carte d'identité se fait dans n'importe quelle mairie équipée d'un dispositif de recueil des empreintes, quel que soit votre lieu de domicile. À Kerlann, les demandes sont reçues uniquement sur rendez-vous.",
      "## Les étapes",
      "- Faites votre pré-demande en ligne sur ants.gouv.fr, notez le numéro obtenu, puis prenez rendez-vous en ligne ou par téléphone auprès de la mairie.",
      "- Présentez-vous au rendez-vous avec les pièces justificatives ; vos empreintes digitales sont relevées.",
      "- Retirez votre carte en personne à la mairie de Kerlann lorsque vous recevez le SMS de mise à disposition, dans un délai de 3 mois.",
      "La carte d'identité est valable 10 ans. Pour un mineur, la demande est faite par un parent, en présence de l'enfant. Si le titre est demandé en prévision d'un voyage, anticipez votre demande : les délais s'allongent fortement au printemps.",
    ],
    sections: {
      whoCanApply:
        "Toute personne de nationalité française, majeure ou mineure (un mineur est accompagné de son représentant légal), quelle que soit sa commune de résidence.",
      requiredDocuments: [
        "Numéro de pré-demande en ligne (ou formulaire cerfa rempli au guichet)",
        "Photo d'identité de moins de 6 mois, conforme aux normes (ou code e-photo d'une cabine agréée)",
        "Justificatif de domicile de moins de 1 an",
        "Ancienne carte d'identité ou passeport, en cas de renouvellement",
        "Déclaration de perte ou de vol et timbre fiscal de 25 euros, si la carte n'est pas présentée",
        "Acte de naissance, uniquement si vous n'avez pas de passeport valide et que votre commune de naissance n'est pas raccordée à COMEDEC",
      ],
      cost:
        "Gratuit pour une première demande ou un renouvellement ; 25 euros en timbre fiscal si la carte précédente n'est pas présentée (perte ou vol).",
      delay:
        "Variable selon la période : comptez plusieurs semaines entre le rendez-vous et la mise à disposition du titre.",
      whereToApply:
        "Service titres d'identité de la mairie de Kerlann, uniquement sur rendez-vous, après pré-demande sur ants.gouv.fr.",
    },
    servicePublicCode: 'F1341',
    keywords: [
      "carte d'identité",
      "CNI",
      "carte nationale d'identité",
      "pièce d'identité",
      "pré-demande",
      "ANTS",
      "rendez-vous",
      "renouvellement",
      "perte",
      "vol",
    ],
  },
  {
    onlineService: { label: "Pré-demande sur le site de l'ANTS", url: 'https://ants.gouv.fr/' },
    slug: 'passeport',
    title: "Demander un passeport (sur rendez-vous)",
    domain: 'citoyennete',
    organisation: 'commune',
    summary:
      "Comme pour la carte d'identité, la demande de passeport se fait sur rendez-vous à la mairie après une pré-demande en ligne ; le passeport est payant.",
    body: [
      "Le passeport biométrique se demande dans n'importe quelle mairie équipée d'un dispositif de recueil. La démarche est la même que pour la carte d'identité, et vous pouvez demander les deux titres lors du même rendez-vous.",
      "## Le timbre fiscal",
      "Le passeport est payant. Achetez un timbre fiscal électronique sur le site timbres.impots.gouv.fr ou chez un buraliste agréé, avant le rendez-vous.",
      "Le passeport est valable 10 ans pour un majeur et 5 ans pour un mineur. Il doit être retiré en personne dans un délai de 3 mois ; un mineur de 12 ans ou plus doit être présent au retrait, avec son représentant légal.",
    ],
    sections: {
      whoCanApply:
        "Toute personne de nationalité française, majeure ou mineure (un mineur est accompagné de son représentant légal).",
      requiredDocuments: [
        "Numéro de pré-demande effectuée sur ants.gouv.fr",
        "Photo d'identité de moins de 6 mois, conforme aux normes (ou code e-photo)",
        "Timbre fiscal électronique",
        "Justificatif de domicile de moins de 1 an",
        "Ancien passeport en cas de renouvellement, ou déclaration de perte ou de vol",
        "Acte de naissance, uniquement si vous n'avez pas de carte d'identité valide et que votre commune de naissance n'est pas raccordée à COMEDEC",
      ],
      cost:
        "86 euros pour un majeur, 42 euros pour un mineur de 15 ans ou plus, 17 euros pour un mineur de moins de 15 ans (timbre fiscal).",
      delay:
        "Variable selon la période : comptez plusieurs semaines entre le rendez-vous et la mise à disposition du titre.",
      whereToApply:
        "Service titres d'identité de la mairie de Kerlann, uniquement sur rendez-vous, après pré-demande sur ants.gouv.fr.",
    },
    keywords: [
      "passeport",
      "passeport biométrique",
      "voyage",
      "timbre fiscal",
      "ANTS",
      "pré-demande",
      "rendez-vous",
    ],
  },
  {
    slug: 'attestation-accueil',
    title: "Demander une attestation d'accueil",
    domain: 'citoyennete',
    organisation: 'commune',
    summary:
      "Si vous hébergez chez vous un ressortissant étranger pour une visite privée de moins de 3 mois, il peut avoir besoin d'une attestation d'accueil validée par le maire.",
    body: [
      "L'attestation d'accueil est exigée des étrangers soumis à visa qui viennent en France pour une visite privée ou familiale de 3 mois au plus. Elle est demandée par la personne qui héberge, à la mairie de son domicile. Les ressortissants de l'Union européenne, de l'Espace économique européen et de la Suisse n'en ont pas besoin.",
      "## Déroulement",
      "- L'hébergeant se présente en personne à la mairie avec les justificatifs et signe le formulaire cerfa devant l'agent.",
      "- Le maire peut faire vérifier que le logement permet d'accueillir le visiteur dans des conditions normales.",
      "- Une fois validée, l'attestation est remise à l'hébergeant, qui l'envoie à son visiteur pour sa demande de visa.",
      "Sans réponse du maire dans un délai d'un mois, la demande est considérée comme refusée.",
    ],
    sections: {
      whoCanApply:
        "Toute personne, française ou étrangère en situation régulière, domiciliée à Kerlann et qui héberge personnellement le visiteur.",
      requiredDocuments: [
        "Pièce d'identité ou titre de séjour de l'hébergeant",
        "Titre de propriété ou bail de location",
        "Justificatif de domicile récent (facture d'électricité, d'eau...)",
        "Justificatifs de ressources (bulletins de salaire, avis d'imposition)",
        "Identité du visiteur : nom, prénoms, date et lieu de naissance, numéro de passeport",
        "Dates du séjour",
        "Timbre fiscal de 30 euros",
      ],
      cost: "30 euros (timbre fiscal), même en cas de refus.",
      delay: "Jusqu'à 1 mois ; l'absence de réponse dans ce délai vaut refus.",
      whereToApply: "Accueil - formalités administratives de la mairie de Kerlann, sur rendez-vous.",
    },
    keywords: [
      "attestation d'accueil",
      "hébergement",
      "visa",
      "visiteur étranger",
      "certificat d'hébergement",
      "accueil d'un étranger",
    ],
  },
  {
    slug: 'legalisation-de-signature',
    title: "Faire légaliser sa signature",
    domain: 'citoyennete',
    organisation: 'commune',
    summary:
      "La mairie certifie gratuitement que la signature apposée sur un document privé est bien la vôtre ; vous devez signer devant l'agent.",
    body: [
      "La légalisation de signature, ou certification matérielle de signature, atteste que vous êtes bien l'auteur de la signature. Elle ne porte pas sur le contenu du document.",
      "Elle est demandée notamment pour certaines autorisations, procurations ou attestations réclamées par un organisme ou une banque.",
      "## Bon à savoir",
      "- Ne signez pas le document à l'avance : vous signez devant l'agent.",
      "- Le document doit être rédigé en français ou accompagné d'une traduction.",
      "- Pour un document destiné à une autorité étrangère, une apostille ou une légalisation complémentaire peut être exigée : renseignez-vous auprès de l'autorité destinataire.",
    ],
    sections: {
      whoCanApply: "Toute personne domiciliée à Kerlann.",
      requiredDocuments: [
        "Document à légaliser, non signé",
        "Pièce d'identité en cours de validité",
        "Justificatif de domicile",
      ],
      cost: "Gratuit",
      delay: "Immédiat, au guichet.",
      whereToApply: "Accueil de la mairie de Kerlann, aux heures d'ouverture.",
    },
    keywords: [
      "légalisation",
      "légalisation de signature",
      "certification de signature",
      "signature",
      "authentifier une signature",
    ],
  },

  // --- Réservation ---
  {
    slug: 'reservation-salle-municipale',
    title: "Réserver une salle municipale",
    domain: 'reservation',
    organisation: 'commune',
    summary:
      "Particuliers, associations et entreprises peuvent louer la salle des fêtes Ar Maen, la salle polyvalente du Guern ou une salle de réunion de la Maison des associations.",
    body: [
      "La ville met à disposition plusieurs salles pour les fêtes familiales, réunions, assemblées générales, repas associatifs ou spectacles.",
      "## Les salles",
      "- Salle des fêtes Ar Maen : 250 personnes assises, cuisine équipée, scène",
      "- Salle polyvalente du Guern : 120 personnes, office de réchauffage",
      "- Salles de réunion de la Maison des associations : 15 à 40 personnes",
      "Vérifiez les disponibilités auprès du service vie associative, puis déposez votre demande. La réservation n'est définitive qu'après signature de la convention, remise de l'attestation d'assurance et dépôt de la caution. Un état des lieux est réalisé à la remise et au retour des clés.",
    ],
    sections: {
      whoCanApply:
        "Les particuliers majeurs, les associations, les entreprises et les organismes publics ; les associations et habitants de Kerlann sont prioritaires.",
      requiredDocuments: [
        "Formulaire de demande de réservation de salle",
        "Attestation d'assurance responsabilité civile couvrant la manifestation",
        "Chèque de caution",
        "Pièce d'identité du responsable",
      ],
      cost:
        "Payant selon la grille tarifaire votée par le conseil municipal, avec un tarif réduit pour les habitants ; une mise à disposition gratuite par an pour les associations de Kerlann. Caution demandée.",
      delay:
        "Demande à déposer au moins 2 mois avant la date (jusqu'à 1 an à l'avance pour la salle des fêtes).",
      whereToApply: "Service vie associative de la mairie de Kerlann.",
    },
    documents: ['demande-reservation-salle'],
    keywords: [
      "salle",
      "location de salle",
      "salle des fêtes",
      "salle polyvalente",
      "salle de réunion",
      "réservation",
      "fête",
      "mariage",
      "anniversaire",
    ],
  },
  {
    slug: 'pret-de-materiel',
    title: "Emprunter du matériel municipal",
    domain: 'reservation',
    organisation: 'commune',
    summary:
      "Les associations et, pour une partie du matériel, les habitants peuvent emprunter tables, chaises, barnums, grilles d'exposition, podium ou barrières.",
    body: [
      "La ville prête du matériel pour l'organisation de manifestations sur la commune, dans la limite des stocks disponibles.",
      "## Qui peut emprunter quoi ?",
      "- Associations de Kerlann : l'ensemble du matériel, avec livraison possible par les services techniques",
      "- Habitants : tables, bancs et chaises, à retirer et rapporter aux ateliers municipaux",
      "Le matériel est réservé en priorité aux manifestations municipales et associatives. Il doit être rendu propre et en bon état ; toute perte ou dégradation est facturée.",
    ],
    sections: {
      whoCanApply:
        "Les associations, écoles et établissements publics de Kerlann, et les habitants de Kerlann pour un usage privé (tables, bancs, chaises).",
      requiredDocuments: [
        "Formulaire de demande de prêt de matériel",
        "Attestation d'assurance responsabilité civile",
        "Chèque de caution pour les particuliers",
      ],
      cost:
        "Gratuit pour les associations de Kerlann ; participation forfaitaire pour les particuliers selon les tarifs votés par le conseil municipal.",
      delay: "Demande à déposer au moins 1 mois avant la manifestation.",
      whereToApply: "Services techniques de la ville de Kerlann, via l'accueil de la mairie.",
    },
    documents: ['demande-pret-materiel'],
    keywords: [
      "matériel",
      "prêt de matériel",
      "tables",
      "chaises",
      "barnum",
      "chapiteau",
      "podium",
      "barrières",
      "grilles d'exposition",
    ],
  },
  {
    slug: 'reservation-equipement-sportif',
    title: "Réserver un équipement sportif",
    domain: 'reservation',
    organisation: 'commune',
    summary:
      "Les associations, écoles et comités d'entreprise peuvent demander des créneaux réguliers ou ponctuels dans les salles de sport, terrains et courts de la ville.",
    body: [
      "La ville gère le complexe sportif de Lann Vras (deux salles omnisports, dojo, salle de tennis de table), le stade municipal et les courts de tennis.",
      "## Deux types de demandes",
      "- Créneaux annuels : les associations transmettent leurs besoins pour la saison suivante avant le 30 avril ; le planning est arrêté en juin.",
      "- Réservations ponctuelles (tournoi, stage, compétition) : au moins 1 mois à l'avance.",
      "Les utilisateurs s'engagent à respecter le règlement des équipements sportifs, notamment les horaires, la sécurité et le rangement du matériel.",
    ],
    sections: {
      whoCanApply:
        "Les associations sportives, les établissements scolaires, les comités d'entreprise et les organismes publics ou privés.",
      requiredDocuments: [
        "Demande écrite précisant l'équipement, les dates, les horaires et l'activité",
        "Attestation d'assurance responsabilité civile",
        "Pour une association : statuts et composition du bureau à jour",
      ],
      cost:
        "Gratuit pour les associations et écoles de Kerlann ; payant pour les autres utilisateurs selon les tarifs votés par le conseil municipal.",
      delay:
        "Créneaux annuels : demande avant le 30 avril ; réservations ponctuelles : au moins 1 mois avant.",
      whereToApply: "Service des sports de la mairie de Kerlann.",
    },
    keywords: [
      "gymnase",
      "salle de sport",
      "stade",
      "terrain",
      "tennis",
      "dojo",
      "créneau",
      "équipement sportif",
      "association sportive",
    ],
  },
  {
    slug: 'billetterie-spectacles',
    title: "Réserver des places de spectacle au Dôme",
    domain: 'reservation',
    organisation: 'commune',
    summary:
      "Achetez vos places pour la saison culturelle du Dôme, la salle de spectacles de la ville, en ligne, à l'accueil de la mairie ou sur place avant la représentation.",
    body: [
      "Le Dôme accueille chaque saison théâtre, musique, danse et spectacles jeune public. Le programme est disponible sur le site de la ville et à l'accueil de la mairie.",
      "## Comment réserver ?",
      "- En ligne, sur la billetterie de la ville, avec impression ou présentation du billet sur smartphone",
      "- À l'accueil de la mairie, aux heures d'ouverture",
      "- Sur place, 45 minutes avant le début du spectacle, dans la limite des places disponibles",
      "Des tarifs réduits s'appliquent aux moins de 18 ans, aux étudiants, aux demandeurs d'emploi et aux bénéficiaires des minima sociaux, sur présentation d'un justificatif. Les billets ne sont ni repris ni échangés, sauf annulation du spectacle.",
    ],
    sections: {
      whoCanApply: "Tout public.",
      requiredDocuments: [
        "Justificatif pour bénéficier d'un tarif réduit (carte d'étudiant, attestation France Travail, attestation de droits)",
      ],
      cost:
        "Selon le spectacle ; tarifs plein, réduit et abonnement votés chaque saison par le conseil municipal.",
      delay: "Billet délivré immédiatement.",
      whereToApply:
        "Billetterie en ligne de la ville, accueil de la mairie de Kerlann ou guichet du Dôme les soirs de spectacle.",
    },
    keywords: [
      "billetterie",
      "spectacle",
      "places",
      "théâtre",
      "concert",
      "saison culturelle",
      "Le Dôme",
      "abonnement",
    ],
  },

  // --- Réglementation ---
  {
    slug: 'occupation-domaine-public',
    title: "Occuper le domaine public (terrasse, échafaudage, benne...)",
    domain: 'reglementation',
    organisation: 'commune',
    summary:
      "Toute installation sur le trottoir, la chaussée ou une place publique (terrasse, étalage, échafaudage, benne, dépôt de matériaux) nécessite une autorisation préalable du maire.",
    body: [
      "L'occupation du domaine public est soumise à autorisation. Celle-ci est personnelle, temporaire, précaire et révocable ; elle peut donner lieu au paiement d'une redevance.",
      "## Deux types d'autorisation",
      "- Le permis de stationnement, pour une occupation sans emprise au sol : terrasse ouverte, étalage, échafaudage posé, benne, dépôt de matériaux",
      "- La permission de voirie, pour une occupation avec emprise, qui modifie le sol : terrasse fermée ou ancrée, palissade scellée, travaux sur trottoir",
      "Sur une route départementale hors agglomération, la permission de voirie relève du Département ; la mairie vous oriente si nécessaire. Le passage des piétons, y compris des personnes à mobilité réduite, doit rester libre sur au moins 1,40 mètre.",
    ],
    sections: {
      whoCanApply:
        "Les particuliers, commerçants, artisans, entreprises et associations qui souhaitent occuper temporairement la voie publique à Kerlann.",
      requiredDocuments: [
        "Formulaire de demande d'autorisation d'occupation du domaine public",
        "Plan de situation et croquis coté de l'emprise",
        "Attestation d'assurance responsabilité civile",
        "Extrait Kbis de moins de 3 mois pour les professionnels",
        "Copie de l'autorisation d'urbanisme si les travaux en nécessitent une",
      ],
      cost:
        "Redevance selon les tarifs votés par le conseil municipal (par mètre carré et par jour, mois ou année selon l'occupation).",
      delay:
        "Au moins 15 jours avant le début de l'occupation, 3 semaines pour une terrasse.",
      whereToApply: "Service réglementation - police municipale de la mairie de Kerlann.",
    },
    documents: ['demande-occupation-domaine-public'],
    keywords: [
      "occupation du domaine public",
      "terrasse",
      "étalage",
      "échafaudage",
      "benne",
      "permis de stationnement",
      "permission de voirie",
      "trottoir",
      "dépôt de matériaux",
    ],
  },
  {
    slug: 'arrete-stationnement-demenagement',
    title: "Réserver le stationnement pour un déménagement",
    domain: 'reglementation',
    organisation: 'commune',
    summary:
      "Pour un déménagement, une livraison ou des travaux, demandez un arrêté municipal temporaire réservant des places de stationnement ou réglementant la circulation.",
    body: [
      "Le maire peut prendre un arrêté temporaire pour réserver des emplacements devant votre domicile ou pour mettre en place une circulation alternée, voire fermer une rue à la circulation.",
      "## Comment ça se passe ?",
      "- Vous déposez votre demande au moins 10 jours avant la date prévue.",
      "- La mairie vous transmet l'arrêté, à afficher sur place et à présenter en cas de contrôle.",
      "- Les panneaux d'interdiction de stationner sont installés au moins 48 heures à l'avance, par les services techniques ou par vous-même s'ils vous ont été prêtés.",
      "Les entreprises de déménagement peuvent faire la démarche pour le compte de leur client.",
    ],
    sections: {
      whoCanApply:
        "Les particuliers, les entreprises de déménagement et les entreprises intervenant sur le territoire de la commune.",
      requiredDocuments: [
        "Formulaire de demande d'arrêté de circulation ou de stationnement",
        "Plan ou description précise de l'emplacement demandé",
        "Pour une entreprise : extrait Kbis",
      ],
      cost:
        "Gratuit pour un déménagement de particulier ; redevance d'occupation du domaine public pour les entreprises selon les tarifs municipaux.",
      delay: "Demande à déposer au moins 10 jours avant la date.",
      whereToApply: "Service réglementation - police municipale de la mairie de Kerlann.",
    },
    documents: ['demande-arrete-circulation'],
    keywords: [
      "déménagement",
      "emménagement",
      "stationnement",
      "arrêté de circulation",
      "arrêté de stationnement",
      "camion",
      "livraison",
      "rue barrée",
      "place de parking",
    ],
  },
  {
    slug: 'debit-de-boissons-temporaire',
    title: "Ouvrir une buvette temporaire (débit de boissons temporaire)",
    domain: 'reglementation',
    organisation: 'commune',
    summary:
      "Une association qui souhaite vendre des boissons lors d'une manifestation publique doit obtenir au préalable une autorisation du maire.",
    body: [
      "L'autorisation d'ouvrir un débit de boissons temporaire est accordée par le maire aux associations, pour la durée d'une manifestation publique (fête, kermesse, concert, vide-grenier, tournoi...).",
      "## Quelles boissons ?",
      "- Groupe 1 : boissons sans alcool",
      "- Groupe 3 : boissons fermentées non distillées (bière, vin, cidre, poiré, hydromel) et vins doux naturels",
      "Les alcools forts (groupe 4) sont interdits. Chaque association peut obtenir au maximum cinq autorisations par an ; dans les installations sportives, des règles plus restrictives s'appliquent.",
      "La vente d'alcool aux mineurs est interdite et le panneau correspondant doit être affiché à la buvette. Les horaires de fermeture fixés par arrêté préfectoral doivent être respectés.",
    ],
    sections: {
      whoCanApply:
        "Les associations organisatrices d'une manifestation publique à Kerlann (les particuliers ne peuvent pas obtenir cette autorisation).",
      requiredDocuments: [
        "Formulaire de demande d'autorisation de débit de boissons temporaire",
        "Copie des statuts ou du récépissé de déclaration de l'association (première demande)",
        "Programme de la manifestation",
      ],
      cost: "Gratuit",
      delay: "Demande à déposer au moins 15 jours avant la manifestation.",
      whereToApply: "Service réglementation de la mairie de Kerlann.",
    },
    documents: ['demande-debit-boissons-temporaire'],
    keywords: [
      "buvette",
      "débit de boissons",
      "licence temporaire",
      "alcool",
      "bière",
      "association",
      "fête",
      "kermesse",
    ],
  },
  {
    slug: 'vide-grenier',
    title: "Organiser un vide-grenier ou une braderie",
    domain: 'reglementation',
    organisation: 'commune',
    summary:
      "Toute vente au déballage (vide-grenier, braderie, brocante) doit être déclarée au maire au moins 15 jours à l'avance par son organisateur.",
    body: [
      "Les ventes au déballage sont des ventes de marchandises réalisées dans des lieux non destinés à la vente au public, comme la voie publique, un parking ou une salle. Elles sont limitées à deux mois par an dans un même lieu.",
      "## Les obligations de l'organisateur",
      "- Déclarer la vente à la mairie au moins 15 jours avant, au moyen du formulaire cerfa de déclaration préalable de vente au déballage.",
      "- Tenir un registre des exposants, coté et paraphé, mentionnant leur identité et, pour les particuliers, leur attestation sur l'honneur de non-participation à plus de deux ventes dans l'année.",
      "- Déposer le registre à la préfecture ou à la sous-préfecture dans les 8 jours qui suivent la manifestation.",
      "Si la vente se tient sur le domaine public, une autorisation d'occupation et, le cas échéant, une autorisation de débit de boissons temporaire sont aussi nécessaires.",
    ],
    sections: {
      whoCanApply:
        "Les associations, comités des fêtes, commerçants et toute personne organisant une vente au déballage à Kerlann.",
      requiredDocuments: [
        "Formulaire cerfa de déclaration préalable de vente au déballage",
        "Plan d'implantation des stands",
        "Attestation d'assurance de l'organisateur",
      ],
      cost: "Gratuit (une redevance peut s'appliquer pour l'occupation du domaine public)",
      delay: "Déclaration au moins 15 jours avant la vente.",
      whereToApply:
        "Service réglementation de la mairie de Kerlann : dépôt au guichet, envoi en recommandé avec avis de réception ou par voie électronique.",
    },
    keywords: [
      "vide-grenier",
      "braderie",
      "brocante",
      "vente au déballage",
      "foire",
      "marché aux puces",
      "registre des exposants",
    ],
  },
  {
    slug: 'signalement-voirie',
    title: "Signaler un problème sur la voie publique",
    domain: 'reglementation',
    organisation: 'commune',
    summary:
      "Nid-de-poule, éclairage public en panne, dépôt sauvage, panneau abîmé : signalez-le aux services techniques en ligne, par téléphone ou à l'accueil de la mairie.",
    body: [
      "Les services techniques interviennent sur les voies communales, l'éclairage public, la signalisation, les espaces verts et la propreté. Votre signalement les aide à intervenir plus vite.",
      "## Pour un signalement utile",
      "- Indiquez un lieu précis : adresse, numéro du lampadaire, commerce ou repère à proximité.",
      "- Décrivez le problème et, si possible, joignez une photo.",
      "- Laissez vos coordonnées si vous souhaitez être informé de la suite donnée.",
      "En cas de danger immédiat, appelez le 112 (ou le 17 pour la police et la gendarmerie, le 18 pour les pompiers). Pour une fuite sur le réseau d'eau potable, contactez directement l'astreinte du SIAEP.",
    ],
    sections: {
      whoCanApply: "Toute personne.",
      requiredDocuments: [
        "Fiche de signalement ou formulaire en ligne",
        "Photo du problème (facultatif)",
      ],
      cost: "Gratuit",
      delay:
        "Prise en compte sous 2 jours ouvrés ; le délai d'intervention dépend de l'urgence et de la nature des travaux.",
      whereToApply:
        "Services techniques de la ville de Kerlann, via le formulaire en ligne, l'accueil de la mairie ou par téléphone.",
    },
    documents: ['fiche-signalement-voirie'],
    keywords: [
      "signalement",
      "voirie",
      "nid-de-poule",
      "trou",
      "éclairage public",
      "lampadaire",
      "dépôt sauvage",
      "déchets",
      "tag",
      "panneau",
    ],
  },
  {
    slug: 'ouverture-abonnement-eau',
    title: "Ouvrir un abonnement d'eau potable",
    domain: 'reglementation',
    organisation: 'siaep',
    summary:
      "À votre arrivée dans un logement, ouvrez votre abonnement au service de l'eau auprès du SIAEP de la région de Kerlann en indiquant le relevé du compteur.",
    body: [
      "Le SIAEP de la région de Kerlann assure la production et la distribution de l'eau potable pour Kerlann et les communes voisines membres du syndicat. Il gère les abonnements, la relève des compteurs et la facturation.",
      "## Le jour de votre arrivée",
      "- Relevez l'index du compteur, si possible en présence de l'occupant précédent ou du propriétaire.",
      "- Transmettez votre demande au SIAEP avec les justificatifs.",
      "Si le compteur est fermé, le SIAEP organise sa réouverture par un agent. Vous recevez ensuite le règlement du service et votre contrat d'abonnement.",
      "Le paiement par prélèvement, mensuel ou à l'échéance, est possible. En cas de difficultés de paiement, contactez rapidement le SIAEP pour convenir d'un échéancier et le CCAS pour une éventuelle aide : la coupure d'eau d'une résidence principale pour impayé est interdite.",
    ],
    sections: {
      whoCanApply:
        "Tout occupant, propriétaire ou locataire, d'un logement ou d'un local desservi par le SIAEP de la région de Kerlann.",
      requiredDocuments: [
        "Formulaire de demande d'ouverture d'abonnement",
        "Pièce d'identité",
        "Bail ou attestation de propriété (attestation notariale)",
        "Index du compteur à la date d'entrée",
        "RIB et mandat de prélèvement SEPA signé, pour le paiement par prélèvement",
      ],
      cost:
        "Frais d'accès au service selon le tarif voté par le comité syndical, facturés sur la première facture.",
      delay:
        "Abonnement ouvert sous 48 heures ouvrées ; réouverture du compteur sur rendez-vous si nécessaire.",
      whereToApply:
        "Accueil du SIAEP de la région de Kerlann, par courriel, par téléphone ou au guichet.",
    },
    documents: ['demande-abonnement-eau'],
    keywords: [
      "eau",
      "abonnement eau",
      "compteur d'eau",
      "emménagement",
      "ouverture de compteur",
      "SIAEP",
      "facture d'eau",
      "mise en service",
    ],
  },
  {
    slug: 'resiliation-abonnement-eau',
    title: "Résilier un abonnement d'eau potable",
    domain: 'reglementation',
    organisation: 'siaep',
    summary:
      "Avant de quitter votre logement, résiliez votre abonnement d'eau auprès du SIAEP pour recevoir une facture de clôture établie sur l'index de sortie.",
    body: [
      "Tant que votre abonnement n'est pas résilié, vous restez redevable des consommations enregistrées au compteur, même après votre départ.",
      "## Comment faire ?",
      "- Prévenez le SIAEP au moins 5 jours ouvrés avant votre départ.",
      "- Relevez l'index du compteur le jour de votre départ, idéalement avec le nouvel occupant ou le propriétaire.",
      "- Indiquez votre nouvelle adresse pour l'envoi de la facture de clôture.",
      "Si vous êtes propriétaire et que le logement reste vide, vous pouvez demander la fermeture du compteur.",
    ],
    sections: {
      whoCanApply: "Tout titulaire d'un abonnement au service de l'eau du SIAEP de la région de Kerlann.",
      requiredDocuments: [
        "Formulaire de demande de résiliation d'abonnement (ou courrier daté et signé)",
        "Numéro d'abonné ou référence figurant sur la facture",
        "Index du compteur le jour du départ",
        "Nouvelle adresse postale",
      ],
      cost: "Gratuit",
      delay:
        "Résiliation effective à la date de départ indiquée ; facture de clôture envoyée dans le mois qui suit.",
      whereToApply:
        "Accueil du SIAEP de la région de Kerlann, par courriel, par téléphone ou au guichet.",
    },
    documents: ['demande-abonnement-eau'],
    keywords: [
      "résiliation",
      "résilier eau",
      "déménagement",
      "départ",
      "compteur d'eau",
      "facture de clôture",
      "SIAEP",
    ],
  },
  {
    slug: 'permis-detention-chien',
    title: "Demander un permis de détention de chien catégorisé",
    domain: 'reglementation',
    organisation: 'commune',
    summary:
      "Les propriétaires de chiens de 1re catégorie (chiens d'attaque) ou de 2e catégorie (chiens de garde et de défense) doivent obtenir un permis de détention délivré par le maire.",
    body: [
      "Le permis de détention est obligatoire pour tout chien de 1re ou de 2e catégorie. Il est délivré par le maire de la commune de résidence du propriétaire ou du détenteur.",
      "## Avant de faire la demande",
      "- Suivez la formation obligatoire auprès d'un formateur agréé pour obtenir l'attestation d'aptitude.",
      "- Faites réaliser l'évaluation comportementale du chien par un vétérinaire inscrit sur la liste départementale, lorsqu'il a entre 8 et 12 mois.",
      "Pour un chien de moins de 8 mois, un permis provisoire peut être délivré en attendant l'évaluation. Détenir un chien catégorisé sans permis expose à des sanctions pénales.",
    ],
    sections: {
      whoCanApply:
        "Tout propriétaire ou détenteur majeur d'un chien de 1re ou de 2e catégorie résidant à Kerlann, n'ayant pas été condamné pour certains délits.",
      requiredDocuments: [
        "Pièce d'identité et justificatif de domicile",
        "Justificatif d'identification du chien (puce électronique)",
        "Certificat de vaccination antirabique en cours de validité",
        "Attestation d'assurance responsabilité civile couvrant les dommages causés par le chien",
        "Certificat de stérilisation pour un chien de 1re catégorie",
        "Attestation d'aptitude du détenteur",
        "Évaluation comportementale du chien",
      ],
      cost: "Gratuit (la formation et l'évaluation comportementale sont payantes)",
      delay: "Environ 2 semaines après dépôt du dossier complet.",
      whereToApply: "Service réglementation - police municipale de la mairie de Kerlann.",
    },
    keywords: [
      "chien dangereux",
      "chien catégorisé",
      "permis de détention",
      "pitbull",
      "rottweiler",
      "chien de 1re catégorie",
      "chien de 2e catégorie",
    ],
  },

  // --- Urbanisme ---
  {
    slug: 'certificat-urbanisme',
    title: "Demander un certificat d'urbanisme",
    domain: 'urbanisme',
    organisation: 'commune',
    summary:
      "Le certificat d'urbanisme indique les règles d'urbanisme applicables à un terrain et, pour le certificat opérationnel, si votre projet y est réalisable.",
    body: [
      "Le certificat d'urbanisme n'est pas obligatoire, mais il est recommandé avant d'acheter un terrain ou de lancer un projet de construction.",
      "## Deux types de certificat",
      "- Le certificat d'information (CUa) indique les règles d'urbanisme, les limitations administratives au droit de propriété et les taxes applicables au terrain.",
      "- Le certificat opérationnel (CUb) précise en plus si le terrain peut accueillir le projet envisagé et l'état des équipements publics (voirie, réseaux).",
      "Le certificat est valable 18 mois ; il peut être prolongé par périodes d'un an. Pendant sa validité, les règles d'urbanisme qu'il mentionne sont garanties si vous déposez une demande de permis ou une déclaration préalable.",
    ],
    sections: {
      whoCanApply: "Toute personne, propriétaire ou non du terrain (notaire, futur acquéreur...).",
      requiredDocuments: [
        "Formulaire cerfa n° 13410 de demande de certificat d'urbanisme",
        "Plan de situation du terrain",
        "Pour un certificat opérationnel : note descriptive du projet et plan du terrain indiquant l'emplacement des constructions envisagées",
      ],
      cost: "Gratuit",
      delay:
        "1 mois pour un certificat d'information, 2 mois pour un certificat opérationnel, à compter du dépôt du dossier complet.",
      whereToApply:
        "Service urbanisme de la mairie de Kerlann : dépôt en ligne sur le guichet numérique des autorisations d'urbanisme, ou au guichet (2 exemplaires pour un CUa, 4 pour un CUb).",
    },
    servicePublicCode: 'F1633',
    keywords: [
      "certificat d'urbanisme",
      "CU",
      "CUa",
      "CUb",
      "terrain",
      "constructibilité",
      "achat de terrain",
      "règles d'urbanisme",
    ],
  },
  {
    slug: 'declaration-prealable-travaux',
    title: "Déposer une déclaration préalable de travaux",
    domain: 'urbanisme',
    organisation: 'commune',
    summary:
      "Extension modeste, abri de jardin, clôture, piscine, modification de façade ou de toiture : ces travaux nécessitent une déclaration préalable auprès de la mairie.",
    body: [
      "La déclaration préalable concerne les travaux de faible importance. Les règles du plan local d'urbanisme (PLU) de Kerlann s'appliquent : consultez-les avant de déposer votre dossier.",
      "## Travaux concernés (exemples)",
      "- Construction ou extension créant entre 5 et 20 m² de surface de plancher ou d'emprise au sol (jusqu'à 40 m² en zone urbaine du PLU, sous conditions)",
      "- Modification de l'aspect extérieur : fenêtres, façade, toiture, panneaux solaires, ravalement",
      "- Clôture, piscine non couverte de 10 à 100 m², changement de destination sans travaux sur la structure",
      "Le délai d'instruction est d'un mois, majoré en secteur protégé. Une fois la décision obtenue, affichez-la sur le terrain de façon visible depuis la voie pendant toute la durée du chantier : les tiers disposent de 2 mois pour la contester. L'autorisation est valable 3 ans.",
    ],
    sections: {
      whoCanApply:
        "Le propriétaire du terrain ou son mandataire, ou toute personne autorisée par le propriétaire à exécuter les travaux.",
      requiredDocuments: [
        "Formulaire cerfa n° 13703 (maison individuelle et annexes) ou n° 13404 (autres cas)",
        "Plan de situation du terrain",
        "Plan de masse des constructions",
        "Plan en coupe, plans des façades et des toitures selon le projet",
        "Représentation de l'aspect extérieur et photographies de l'environnement proche et lointain",
      ],
      cost: "Gratuit (les travaux peuvent donner lieu à la taxe d'aménagement)",
      delay:
        "1 mois à compter du dépôt du dossier complet ; 2 mois en périmètre de monument historique.",
      whereToApply:
        "Service urbanisme de la mairie de Kerlann : dépôt en ligne sur le guichet numérique des autorisations d'urbanisme, ou au guichet en 2 exemplaires.",
    },
    servicePublicCode: 'F17578',
    keywords: [
      "déclaration préalable",
      "DP",
      "déclaration de travaux",
      "abri de jardin",
      "clôture",
      "piscine",
      "véranda",
      "extension",
      "panneaux solaires",
      "ravalement",
    ],
  },
  {
    slug: 'permis-de-construire',
    title: "Déposer un permis de construire",
    domain: 'urbanisme',
    organisation: 'commune',
    summary:
      "Le permis de construire est exigé pour les constructions nouvelles et les extensions importantes ; la demande est instruite en 2 mois pour une maison individuelle.",
    body: [
      "Un permis de construire est nécessaire pour toute construction nouvelle ou extension de plus de 20 m² de surface de plancher ou d'emprise au sol. En zone urbaine du PLU, le seuil est porté à 40 m² pour les extensions, sauf si elles portent la surface totale de la construction au-delà de 150 m².",
      "Le recours à un architecte est obligatoire lorsque la surface de plancher totale de la construction dépasse 150 m², sauf pour les constructions agricoles de faible importance.",
      "## Après l'obtention",
      "- Affichez le permis sur le terrain pendant toute la durée du chantier ; les tiers disposent de 2 mois pour le contester.",
      "- Déclarez l'ouverture puis l'achèvement des travaux à la mairie.",
      "- Déclarez votre construction sur impots.gouv.fr (service « Gérer mes biens immobiliers ») dans les 90 jours suivant son achèvement, pour le calcul de la taxe d'aménagement.",
    ],
    sections: {
      whoCanApply:
        "Le propriétaire du terrain ou son mandataire, ou toute personne autorisée par le propriétaire à construire.",
      requiredDocuments: [
        "Formulaire cerfa n° 13406 (maison individuelle) ou n° 13409 (autres constructions)",
        "Plan de situation et plan de masse",
        "Plan en coupe du terrain et de la construction",
        "Notice décrivant le terrain et le projet, plans des façades et des toitures",
        "Document graphique d'insertion du projet et photographies de l'environnement",
        "Attestation de prise en compte de la réglementation environnementale (RE2020) pour une construction neuve",
      ],
      cost: "Gratuit (la construction est soumise à la taxe d'aménagement)",
      delay:
        "2 mois pour une maison individuelle, 3 mois pour les autres projets, à compter du dépôt du dossier complet ; délai majoré en secteur protégé.",
      whereToApply:
        "Service urbanisme de la mairie de Kerlann : dépôt en ligne sur le guichet numérique des autorisations d'urbanisme, ou au guichet en 4 exemplaires.",
    },
    servicePublicCode: 'F1986',
    keywords: [
      "permis de construire",
      "PC",
      "construction",
      "maison",
      "extension",
      "garage",
      "agrandissement",
      "architecte",
      "taxe d'aménagement",
    ],
  },
  {
    slug: 'permis-de-demolir',
    title: "Déposer un permis de démolir",
    domain: 'urbanisme',
    organisation: 'commune',
    summary:
      "À Kerlann, la démolition totale ou partielle d'une construction est soumise à permis de démolir dans les secteurs définis par le PLU et dans les périmètres protégés.",
    body: [
      "Le permis de démolir est obligatoire lorsque la construction se situe dans un secteur où le conseil municipal l'a institué, dans un site patrimonial remarquable ou aux abords d'un monument historique, ou lorsqu'elle est protégée par le PLU.",
      "Si la démolition fait partie d'un projet de construction, elle peut être demandée dans le même dossier que le permis de construire.",
      "## Bon à savoir",
      "- Le permis doit être affiché sur le terrain pendant toute la durée des travaux.",
      "- Les travaux ne peuvent commencer que 15 jours après la délivrance du permis.",
      "- Un repérage de l'amiante avant démolition est obligatoire pour les bâtiments construits avant juillet 1997.",
    ],
    sections: {
      whoCanApply:
        "Le propriétaire de la construction ou son mandataire, ou toute personne autorisée par le propriétaire.",
      requiredDocuments: [
        "Formulaire cerfa de demande de permis de démolir",
        "Plan de situation du terrain",
        "Plan de masse des constructions à démolir ou à conserver",
        "Photographies du ou des bâtiments à démolir",
      ],
      cost: "Gratuit",
      delay: "2 mois à compter du dépôt du dossier complet.",
      whereToApply:
        "Service urbanisme de la mairie de Kerlann : dépôt en ligne sur le guichet numérique des autorisations d'urbanisme, ou au guichet.",
    },
    keywords: [
      "permis de démolir",
      "démolition",
      "démolir",
      "destruction",
      "amiante",
    ],
  },
  {
    slug: 'ouverture-achevement-travaux',
    title: "Déclarer l'ouverture et l'achèvement des travaux",
    domain: 'urbanisme',
    organisation: 'commune',
    summary:
      "Signalez à la mairie le début de votre chantier autorisé par permis, puis l'achèvement des travaux et leur conformité à l'autorisation obtenue.",
    body: [
      "## La déclaration d'ouverture de chantier (DOC)",
      "Elle est obligatoire pour les travaux autorisés par un permis de construire ou d'aménager, dès le commencement des travaux. Elle n'est pas exigée pour une déclaration préalable.",
      "## La déclaration attestant l'achèvement et la conformité des travaux (DAACT)",
      "Elle est obligatoire à la fin des travaux autorisés par un permis ou une déclaration préalable. Pour une construction neuve, elle est accompagnée des attestations réglementaires (réglementation environnementale, accessibilité selon les cas).",
      "Après réception de la DAACT, la mairie dispose de 3 mois pour contester la conformité des travaux (5 mois dans certains cas, notamment en secteur protégé) ; une visite sur place peut être organisée.",
    ],
    sections: {
      whoCanApply: "Le bénéficiaire du permis de construire, du permis d'aménager ou de la déclaration préalable.",
      requiredDocuments: [
        "Formulaire cerfa de déclaration d'ouverture de chantier",
        "Formulaire cerfa de déclaration attestant l'achèvement et la conformité des travaux",
        "Attestations requises selon le projet (réglementation environnementale RE2020, accessibilité)",
      ],
      cost: "Gratuit",
      delay:
        "La mairie dispose de 3 mois (ou 5 mois) après la DAACT pour contester la conformité ; à défaut, une attestation de non-contestation peut être demandée.",
      whereToApply:
        "Service urbanisme de la mairie de Kerlann, en ligne sur le guichet numérique des autorisations d'urbanisme ou au guichet.",
    },
    keywords: [
      "DOC",
      "DAACT",
      "ouverture de chantier",
      "début des travaux",
      "achèvement des travaux",
      "conformité",
      "fin de chantier",
      "certificat de conformité",
    ],
  },
  {
    slug: 'consultation-plu',
    title: "Consulter le plan local d'urbanisme (PLU)",
    domain: 'urbanisme',
    organisation: 'commune',
    summary:
      "Consultez sur la carte interactive ou au service urbanisme le zonage et le règlement du PLU de Kerlann pour connaître les règles applicables à votre terrain.",
    body: [
      "Le plan local d'urbanisme découpe le territoire en zones urbaines (U), à urbaniser (AU), agricoles (A) et naturelles (N). Chaque zone dispose d'un règlement : implantation, hauteur, aspect des constructions, stationnement, espaces verts...",
      "## Où le consulter ?",
      "- Sur la carte interactive du PLU du portail : cliquez sur votre parcelle pour afficher la zone et son règlement.",
      "- Sur le Géoportail de l'urbanisme, qui publie les documents d'urbanisme de toutes les communes.",
      "- Au service urbanisme de la mairie, où le dossier complet est consultable et où un agent peut vous renseigner sur rendez-vous.",
      "Pour obtenir une information qui engage la commune pendant 18 mois, demandez un certificat d'urbanisme.",
    ],
    sections: {
      whoCanApply: "Toute personne.",
      requiredDocuments: [
        "Adresse ou références cadastrales du terrain (section et numéro de parcelle)",
      ],
      cost: "Gratuit (copie papier des documents facturée selon les tarifs municipaux)",
      delay: "Consultation immédiate en ligne ; rendez-vous avec le service urbanisme sous une semaine environ.",
      whereToApply:
        "Carte interactive du portail, Géoportail de l'urbanisme, ou service urbanisme de la mairie de Kerlann.",
    },
    keywords: [
      "PLU",
      "plan local d'urbanisme",
      "zonage",
      "règlement",
      "cadastre",
      "parcelle",
      "zone constructible",
      "carte",
    ],
  },
  {
    slug: 'certificat-de-numerotage',
    title: "Obtenir un numéro de rue (certificat de numérotage)",
    domain: 'urbanisme',
    organisation: 'commune',
    summary:
      "Pour une construction neuve, demandez à la mairie l'attribution d'un numéro dans la voie et le certificat de numérotage demandé par les concessionnaires de réseaux.",
    body: [
      "Le numérotage des constructions relève du maire. Un numéro est attribué à chaque construction nouvelle, dès l'obtention du permis de construire.",
      "Le certificat de numérotage est réclamé pour les raccordements à l'eau, à l'électricité et aux télécommunications, ainsi que pour la distribution du courrier et la localisation par les services de secours.",
      "## Après l'attribution",
      "- Transmettez le certificat à vos fournisseurs et à La Poste.",
      "- Posez la plaque de numéro, à votre charge, de façon visible depuis la voie.",
    ],
    sections: {
      whoCanApply:
        "Le propriétaire ou le maître d'ouvrage d'une construction neuve, ou le propriétaire d'un bien dont l'accès a changé.",
      requiredDocuments: [
        "Formulaire de demande de certificat de numérotage",
        "Numéro du permis de construire ou de la déclaration préalable",
        "Plan de situation et plan de masse indiquant l'accès depuis la voie",
      ],
      cost: "Gratuit",
      delay: "Environ 15 jours.",
      whereToApply: "Service urbanisme de la mairie de Kerlann.",
    },
    documents: ['demande-certificat-numerotage'],
    keywords: [
      "numérotage",
      "numéro de rue",
      "adresse",
      "certificat de numérotage",
      "construction neuve",
      "raccordement",
    ],
  },
  {
    slug: 'branchement-eau-potable',
    title: "Demander un branchement au réseau d'eau potable",
    domain: 'urbanisme',
    organisation: 'siaep',
    summary:
      "Pour une construction neuve ou un terrain non desservi, le SIAEP réalise le branchement au réseau public d'eau potable et pose le compteur, sur devis.",
    body: [
      "Le branchement comprend la prise sur la canalisation publique, la conduite jusqu'au compteur et le regard de comptage, installé en limite de propriété. Ces travaux sont réalisés exclusivement par le SIAEP ou son entreprise mandatée.",
      "## Étapes",
      "- Déposez votre demande dès l'obtention de votre permis de construire.",
      "- Un technicien du SIAEP se rend sur place et établit un devis.",
      "- Après acceptation du devis et paiement de l'acompte, les travaux sont programmés.",
      "Une fois le compteur posé, pensez à ouvrir votre abonnement d'eau potable.",
    ],
    sections: {
      whoCanApply:
        "Le propriétaire d'un terrain ou d'une construction situé sur le territoire du SIAEP de la région de Kerlann, ou son mandataire.",
      requiredDocuments: [
        "Demande de branchement datée et signée",
        "Copie de l'arrêté de permis de construire ou de la déclaration préalable",
        "Plan de situation et plan de masse indiquant l'emplacement souhaité du compteur",
        "Certificat de numérotage, s'il a déjà été délivré",
      ],
      cost: "Sur devis, selon la longueur du branchement et le bordereau de prix voté par le comité syndical.",
      delay: "Devis sous 3 semaines environ ; travaux réalisés 4 à 6 semaines après acceptation du devis.",
      whereToApply: "Service technique du SIAEP de la région de Kerlann.",
    },
    keywords: [
      "branchement",
      "raccordement",
      "eau potable",
      "compteur",
      "construction neuve",
      "réseau d'eau",
      "SIAEP",
      "devis",
    ],
  },

  // --- Social-Solidarité ---
  {
    slug: 'aide-financiere-ccas',
    title: "Demander une aide financière au CCAS",
    domain: 'social-solidarite',
    organisation: 'ccas',
    summary:
      "Face à une difficulté passagère, le CCAS peut accorder une aide ponctuelle pour l'alimentation, l'énergie, l'eau, le loyer ou une dépense imprévue.",
    body: [
      "Les aides facultatives du CCAS complètent les aides légales (RSA, allocations logement, prime d'activité...) ; elles ne les remplacent pas. Elles sont attribuées selon le règlement des aides voté par le conseil d'administration du CCAS, en fonction des ressources et des charges du foyer.",
      "## Comment se passe la demande ?",
      "- Prenez rendez-vous avec un agent du CCAS, ou passez à une permanence.",
      "- Le dossier est étudié, de façon confidentielle, par la commission permanente du CCAS, qui se réunit tous les 15 jours.",
      "- L'aide est le plus souvent versée directement au créancier (fournisseur d'énergie, bailleur) ou sous forme de bons alimentaires.",
      "En cas d'urgence, un secours immédiat peut être accordé sans attendre la commission. Le CCAS peut aussi vous orienter vers le Fonds de solidarité pour le logement ou l'aide alimentaire.",
    ],
    sections: {
      whoCanApply:
        "Les personnes et familles résidant à Kerlann qui rencontrent des difficultés financières, sous conditions de ressources.",
      requiredDocuments: [
        "Dossier de demande d'aide financière complété",
        "Pièce d'identité ou titre de séjour",
        "Justificatif de domicile",
        "Justificatifs de ressources des 3 derniers mois (salaires, allocations, pensions)",
        "Dernier avis d'imposition",
        "Justificatifs des charges (loyer, énergie, eau, crédits)",
        "Facture ou devis concerné par la demande",
        "RIB",
      ],
      cost: "Gratuit",
      delay:
        "Décision sous 15 jours environ après dépôt du dossier complet ; secours d'urgence possible dans la journée.",
      whereToApply: "CCAS de Kerlann, Maison des solidarités, sur rendez-vous ou lors des permanences.",
    },
    documents: ['dossier-aide-ccas'],
    keywords: [
      "aide financière",
      "aide sociale",
      "secours",
      "CCAS",
      "facture impayée",
      "aide alimentaire",
      "bons alimentaires",
      "énergie",
      "loyer",
      "difficultés",
    ],
  },
  {
    slug: 'domiciliation-administrative',
    title: "Obtenir une domiciliation administrative",
    domain: 'social-solidarite',
    organisation: 'ccas',
    summary:
      "Les personnes sans domicile stable peuvent élire domicile au CCAS pour recevoir leur courrier et faire valoir leurs droits (prestations sociales, papiers, ouverture de compte).",
    body: [
      "La domiciliation permet à une personne sans domicile stable de disposer d'une adresse administrative. Elle est indispensable pour accéder aux prestations sociales, à l'assurance maladie, à un compte bancaire ou pour obtenir des papiers d'identité.",
      "## Comment ça marche ?",
      "- Un entretien avec un agent du CCAS permet de vérifier votre lien avec la commune.",
      "- Une attestation d'élection de domicile vous est remise ; elle est valable un an et renouvelable.",
      "- Vous venez retirer votre courrier au CCAS, aux heures d'ouverture.",
      "Vous devez vous manifester auprès du CCAS au moins une fois tous les trois mois, faute de quoi la domiciliation peut prendre fin. Tout refus est motivé par écrit, et le CCAS vous oriente alors vers un autre organisme.",
    ],
    sections: {
      whoCanApply:
        "Toute personne sans domicile stable ayant un lien avec Kerlann (séjour sur la commune, activité, démarches d'insertion, liens familiaux, scolarisation des enfants).",
      requiredDocuments: [
        "Formulaire cerfa de demande d'élection de domicile",
        "Pièce d'identité, si vous en avez une",
      ],
      cost: "Gratuit",
      delay: "Réponse dans un délai de 2 mois au plus ; le plus souvent, attestation remise lors de l'entretien.",
      whereToApply: "CCAS de Kerlann, Maison des solidarités.",
    },
    keywords: [
      "domiciliation",
      "élection de domicile",
      "sans domicile",
      "SDF",
      "adresse postale",
      "courrier",
      "sans abri",
    ],
  },
  {
    slug: 'teleassistance',
    title: "Bénéficier de la téléassistance",
    domain: 'social-solidarite',
    organisation: 'ccas',
    summary:
      "Un médaillon ou un bracelet permet aux personnes âgées ou fragiles vivant à domicile d'alerter 24 h sur 24 une centrale d'écoute en cas de chute ou de malaise.",
    body: [
      "La téléassistance favorise le maintien à domicile en sécurité. Un simple appui sur le déclencheur met la personne en relation avec une centrale d'écoute, qui contacte ses proches ou les secours si nécessaire.",
      "## Le service proposé par le CCAS",
      "- Installation du boîtier et du déclencheur au domicile, sans engagement de durée",
      "- Centrale d'écoute joignable 24 h sur 24, 7 jours sur 7",
      "- Option de détecteur de chute",
      "Une partie du coût peut être prise en charge dans le cadre de l'allocation personnalisée d'autonomie (APA) ; les sommes restant à votre charge peuvent ouvrir droit, sous conditions, à un crédit d'impôt au titre des services à la personne.",
    ],
    sections: {
      whoCanApply:
        "Les personnes âgées, en situation de handicap ou isolées, vivant à domicile à Kerlann, ainsi que les personnes fragilisées temporairement (sortie d'hospitalisation).",
      requiredDocuments: [
        "Formulaire de demande de portage de repas ou de téléassistance",
        "Coordonnées de deux ou trois personnes proches disposant d'une clé du domicile",
        "Coordonnées du médecin traitant",
        "RIB pour le prélèvement de l'abonnement",
      ],
      cost:
        "Abonnement mensuel selon les tarifs votés par le conseil d'administration du CCAS ; installation gratuite.",
      delay: "Installation sous 10 jours environ.",
      whereToApply: "CCAS de Kerlann, Maison des solidarités, par téléphone ou sur place.",
    },
    documents: ['demande-portage-repas-teleassistance'],
    keywords: [
      "téléassistance",
      "téléalarme",
      "médaillon",
      "bracelet",
      "chute",
      "personne âgée",
      "maintien à domicile",
      "sécurité",
    ],
  },
  {
    slug: 'portage-de-repas',
    title: "Bénéficier du portage de repas à domicile",
    domain: 'social-solidarite',
    organisation: 'ccas',
    summary:
      "Le CCAS livre à domicile des repas équilibrés aux personnes âgées, en situation de handicap ou temporairement dépendantes, du lundi au vendredi.",
    body: [
      "Les repas sont préparés par la cuisine centrale municipale et livrés en liaison froide par les agents du CCAS. Ils comprennent une entrée, un plat, un fromage ou un laitage, un dessert et du pain.",
      "## Organisation",
      "- Livraison du lundi au vendredi en fin de matinée ; les repas du week-end sont livrés le vendredi.",
      "- Régimes adaptés possibles : sans sel, diabétique, texture mixée.",
      "- Le service peut être ponctuel (retour d'hospitalisation) ou régulier, et modifié ou suspendu en prévenant 48 heures à l'avance.",
      "Le passage quotidien de l'agent livreur est aussi un moment de lien social et de veille : en cas d'absence inhabituelle, les proches sont prévenus.",
    ],
    sections: {
      whoCanApply:
        "Les habitants de Kerlann âgés de 60 ans et plus, les personnes en situation de handicap, et toute personne temporairement dans l'incapacité de préparer ses repas.",
      requiredDocuments: [
        "Formulaire de demande de portage de repas ou de téléassistance",
        "Dernier avis d'imposition, pour le calcul du tarif",
        "Certificat médical en cas de régime particulier",
        "RIB",
      ],
      cost:
        "Prix du repas selon les ressources, d'après la grille votée par le conseil d'administration du CCAS ; une partie peut être prise en charge par l'APA.",
      delay: "Mise en place sous une semaine, ou dès le surlendemain en cas de sortie d'hospitalisation.",
      whereToApply: "CCAS de Kerlann, Maison des solidarités, par téléphone ou sur place.",
    },
    documents: ['demande-portage-repas-teleassistance'],
    keywords: [
      "portage de repas",
      "repas à domicile",
      "livraison de repas",
      "personne âgée",
      "sortie d'hospitalisation",
      "maintien à domicile",
    ],
  },
  {
    slug: 'registre-personnes-vulnerables',
    title: "S'inscrire sur le registre des personnes vulnérables",
    domain: 'social-solidarite',
    organisation: 'ccas',
    summary:
      "Les personnes âgées, handicapées ou isolées vivant à domicile peuvent s'inscrire sur le registre communal pour être contactées en cas de canicule, de grand froid ou d'alerte.",
    body: [
      "La commune tient un registre nominatif et confidentiel des personnes vulnérables vivant à domicile. En cas de déclenchement d'un plan d'alerte et d'urgence par le préfet, le CCAS les appelle régulièrement, s'assure qu'elles vont bien et organise une aide si nécessaire.",
      "## Qui peut s'inscrire ?",
      "- Les personnes de 65 ans et plus",
      "- Les personnes de plus de 60 ans reconnues inaptes au travail",
      "- Les personnes adultes en situation de handicap",
      "L'inscription est facultative et peut être demandée par la personne elle-même, par son représentant légal ou par un tiers (proche, médecin, service d'aide à domicile), avec son accord. Vous pouvez demander votre radiation à tout moment.",
    ],
    sections: {
      whoCanApply:
        "Les personnes de 65 ans et plus, de plus de 60 ans inaptes au travail ou en situation de handicap, vivant à domicile à Kerlann, ou un tiers avec leur accord.",
      requiredDocuments: [
        "Formulaire d'inscription sur le registre des personnes vulnérables",
      ],
      cost: "Gratuit",
      delay: "Inscription immédiate ; une confirmation écrite vous est envoyée.",
      whereToApply: "CCAS de Kerlann, Maison des solidarités, par courrier, par téléphone ou sur place.",
    },
    documents: ['inscription-registre-vulnerables'],
    keywords: [
      "canicule",
      "grand froid",
      "plan canicule",
      "registre",
      "personnes vulnérables",
      "personnes isolées",
      "personnes âgées",
      "alerte",
    ],
  },
  {
    slug: 'demande-logement-social',
    title: "Déposer une demande de logement social",
    domain: 'social-solidarite',
    organisation: 'ccas',
    summary:
      "Enregistrez votre demande de logement social en ligne ou avec l'aide du CCAS ; un numéro unique départemental vous est attribué.",
    body: [
      "La demande de logement social est unique : une seule demande, enregistrée en ligne sur le portail national ou auprès d'un guichet enregistreur, vaut pour tous les bailleurs sociaux et toutes les communes choisies du département.",
      "## Le rôle du CCAS",
      "- Vous aider à remplir et à enregistrer votre demande",
      "- Vous informer sur les logements sociaux existant à Kerlann et les bailleurs présents",
      "- Faire le point sur votre situation et les aides au logement possibles",
      "Votre demande est valable un an : elle doit être renouvelée chaque année avant sa date anniversaire, sinon elle est radiée. Les logements sont attribués par les commissions d'attribution des bailleurs sociaux.",
    ],
    sections: {
      whoCanApply:
        "Les personnes de nationalité française ou étrangères en situation régulière, dont les ressources ne dépassent pas les plafonds réglementaires.",
      requiredDocuments: [
        "Formulaire de demande de logement social (en ligne ou formulaire cerfa)",
        "Pièce d'identité de chaque personne majeure du foyer, ou titre de séjour",
        "Avis d'imposition de l'avant-dernière année (N-2) de chaque personne majeure",
        "Justificatifs de ressources actuelles et de situation familiale",
      ],
      cost: "Gratuit",
      delay:
        "Numéro unique délivré sous un mois ; le délai d'attribution d'un logement est variable selon la demande.",
      whereToApply:
        "En ligne sur demande-logement-social.gouv.fr, ou au CCAS de Kerlann qui vous accompagne dans la démarche.",
    },
    keywords: [
      "logement social",
      "HLM",
      "demande de logement",
      "numéro unique",
      "bailleur social",
      "location",
      "appartement",
    ],
  },

  // --- Emploi ---
  {
    slug: 'candidature-spontanee',
    title: "Envoyer une candidature spontanée à la mairie",
    domain: 'emploi',
    organisation: 'commune',
    summary:
      "Vous souhaitez travailler pour la ville de Kerlann ou son CCAS ? Adressez votre CV et votre lettre de motivation au service des ressources humaines.",
    body: [
      "La ville de Kerlann et son CCAS emploient environ 150 agents dans des domaines variés : administration, services techniques, espaces verts, petite enfance, enfance et jeunesse, restauration scolaire, culture, action sociale.",
      "## Conseils",
      "- Précisez le ou les métiers ou services qui vous intéressent.",
      "- Indiquez votre situation : fonctionnaire (grade et collectivité d'origine), lauréat de concours, ou candidat contractuel.",
      "- Mentionnez vos disponibilités, y compris pour des remplacements.",
      "Les candidatures spontanées sont conservées un an et consultées lors des recrutements et des besoins de remplacement. Consultez aussi les offres d'emploi publiées par la ville.",
    ],
    sections: {
      whoCanApply: "Toute personne à la recherche d'un emploi ou d'une mobilité dans la fonction publique territoriale.",
      requiredDocuments: [
        "Curriculum vitae",
        "Lettre de motivation adressée au maire de Kerlann",
        "Pour les fonctionnaires : dernier arrêté de situation administrative",
      ],
      cost: "Gratuit",
      delay: "Accusé de réception sous 15 jours ; candidature conservée un an.",
      whereToApply:
        "Service des ressources humaines de la mairie de Kerlann, par courriel, par courrier ou via le formulaire en ligne.",
    },
    keywords: [
      "candidature spontanée",
      "CV",
      "emploi",
      "travailler à la mairie",
      "recrutement",
      "lettre de motivation",
      "fonction publique territoriale",
    ],
  },
  {
    slug: 'offres-emploi-ville',
    title: "Postuler à une offre d'emploi de la ville",
    domain: 'emploi',
    organisation: 'commune',
    summary:
      "Consultez les postes à pourvoir à la ville, au CCAS et au SIAEP, et postulez avant la date limite indiquée dans l'annonce.",
    body: [
      "Les offres d'emploi de la ville de Kerlann, de son CCAS et du SIAEP sont publiées sur le portail et sur le site national de l'emploi territorial. Elles sont ouvertes aux fonctionnaires et, selon les postes, aux candidats contractuels.",
      "## Le recrutement",
      "- Envoyez votre candidature avant la date limite, en rappelant la référence de l'offre.",
      "- Les candidats retenus sont convoqués à un entretien avec un jury.",
      "- Chaque candidat reçoit une réponse à l'issue du recrutement.",
      "Les postes sont ouverts à toutes et à tous ; les candidatures des personnes bénéficiant de la reconnaissance de la qualité de travailleur handicapé (RQTH) sont encouragées.",
    ],
    sections: {
      whoCanApply:
        "Toute personne remplissant les conditions précisées dans l'offre (diplôme, concours, expérience).",
      requiredDocuments: [
        "Curriculum vitae",
        "Lettre de motivation rappelant la référence de l'offre",
        "Pour les fonctionnaires : dernier arrêté de situation administrative et dernier compte rendu d'entretien professionnel",
      ],
      cost: "Gratuit",
      delay: "Selon l'offre ; réponse à chaque candidat après le jury de recrutement.",
      whereToApply:
        "Service des ressources humaines de la mairie de Kerlann, par courriel ou via le formulaire de candidature en ligne.",
    },
    keywords: [
      "offre d'emploi",
      "recrutement",
      "poste",
      "emploi",
      "mairie recrute",
      "fonction publique",
      "contractuel",
    ],
  },
  {
    slug: 'stage-apprentissage',
    title: "Demander un stage ou un contrat d'apprentissage",
    domain: 'emploi',
    organisation: 'commune',
    summary:
      "Collégiens, lycéens, étudiants et apprentis peuvent être accueillis dans les services de la ville pour un stage ou une formation en alternance.",
    body: [
      "La ville de Kerlann accueille chaque année des stagiaires et des apprentis dans ses services : espaces verts, bâtiments, petite enfance, animation, administration, communication.",
      "## Stages",
      "- Stage d'observation de 3e ou de seconde, stage de lycée professionnel ou d'études supérieures",
      "- Une convention de stage signée par l'établissement d'enseignement est obligatoire ; au-delà de deux mois, le stage donne lieu à une gratification.",
      "## Apprentissage",
      "Le contrat d'apprentissage est ouvert aux jeunes de 16 à 29 ans révolus, sans limite d'âge pour les personnes en situation de handicap. Les offres sont publiées au printemps pour la rentrée de septembre : envoyez votre candidature dès que vous avez trouvé votre formation.",
    ],
    sections: {
      whoCanApply:
        "Les élèves et étudiants qui doivent effectuer un stage, et les jeunes de 16 à 29 ans souhaitant préparer un diplôme en apprentissage.",
      requiredDocuments: [
        "Curriculum vitae",
        "Lettre de motivation précisant le service souhaité et les dates",
        "Pour un stage : coordonnées de l'établissement et modèle de convention",
        "Pour un apprentissage : attestation d'inscription ou de pré-inscription dans un centre de formation",
      ],
      cost: "Gratuit",
      delay:
        "Candidature à envoyer au moins 2 mois avant le début du stage ; avant fin avril pour un apprentissage à la rentrée.",
      whereToApply: "Service des ressources humaines de la mairie de Kerlann.",
    },
    keywords: [
      "stage",
      "stagiaire",
      "apprentissage",
      "alternance",
      "apprenti",
      "stage de 3e",
      "stage de seconde",
      "convention de stage",
    ],
  },
  {
    slug: 'job-ete',
    title: "Postuler pour un job d'été à la ville",
    domain: 'emploi',
    organisation: 'commune',
    summary:
      "Chaque été, la ville recrute des jeunes pour renforcer les espaces verts, l'entretien des bâtiments, l'accueil de loisirs et la médiathèque ; candidatures avant le 15 mars.",
    body: [
      "Les emplois saisonniers d'été sont proposés pour des périodes de deux semaines à un mois, en juillet et en août. Ils sont rémunérés sur la base du SMIC.",
      "## Postes proposés",
      "- Espaces verts et entretien des bâtiments",
      "- Animation à l'accueil de loisirs (BAFA demandé) et surveillance de baignade (BNSSA exigé)",
      "- Accueil, secrétariat et médiathèque",
      "Les candidats doivent avoir 18 ans au 1er juillet. Les jeunes de Kerlann sont prioritaires, et un même candidat n'est pas recruté plus de deux étés de suite, afin de permettre au plus grand nombre de vivre une première expérience.",
    ],
    sections: {
      whoCanApply:
        "Les jeunes âgés de 18 ans au moins au 1er juillet, en priorité ceux qui résident à Kerlann.",
      requiredDocuments: [
        "Fiche de candidature pour un job d'été",
        "Curriculum vitae",
        "Lettre de motivation",
        "Copie des diplômes mentionnés (BAFA, BNSSA, PSC1, permis de conduire)",
      ],
      cost: "Gratuit",
      delay: "Candidature avant le 15 mars ; réponse au plus tard fin avril.",
      whereToApply: "Service des ressources humaines de la mairie de Kerlann.",
    },
    documents: ['candidature-job-ete'],
    keywords: [
      "job d'été",
      "emploi saisonnier",
      "saisonnier",
      "travail d'été",
      "jeunes",
      "étudiant",
      "vacances",
      "BAFA",
    ],
  },
  {
    slug: 'accompagnement-emploi',
    title: "Être accompagné dans sa recherche d'emploi",
    domain: 'emploi',
    organisation: 'commune',
    summary:
      "Le Point information emploi de la ville vous accueille pour consulter des offres, rédiger votre CV et vous orienter vers France Travail, la Mission locale ou les structures d'insertion.",
    body: [
      "Le Point information emploi, situé à la Maison des solidarités, est un lieu d'accueil de proximité ouvert à tous les demandeurs d'emploi et aux personnes en reconversion.",
      "## Services proposés",
      "- Consultation des offres d'emploi locales, accès libre à un poste informatique et aide à la rédaction du CV et des lettres de motivation",
      "- Aide à l'inscription et aux démarches en ligne sur francetravail.fr",
      "- Permanences de la Mission locale pour les 16-25 ans et des structures d'insertion par l'activité économique",
      "Depuis le 1er janvier 2025, les bénéficiaires du RSA et les jeunes accompagnés par une mission locale sont inscrits automatiquement à France Travail.",
    ],
    sections: {
      whoCanApply: "Toute personne à la recherche d'un emploi, d'une formation ou d'une reconversion.",
      requiredDocuments: ["Curriculum vitae, si vous en avez un", "Identifiant France Travail, si vous êtes inscrit"],
      cost: "Gratuit",
      delay: "Accueil libre aux heures d'ouverture ; rendez-vous individuel sous une semaine.",
      whereToApply: "Point information emploi, Maison des solidarités, 5 rue des Genêts à Kerlann.",
    },
    keywords: [
      "recherche d'emploi",
      "chômage",
      "France Travail",
      "Pôle emploi",
      "Mission locale",
      "CV",
      "insertion",
      "formation",
    ],
  },
]
