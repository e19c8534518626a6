/**
 * Demo associations of Kerlann (invented). Positions are [longitude, latitude] around the town
 * centre (src/directory/mapCentre.ts); two entries wait for validation (status 'pending').
 * Generated once from a fixed random seed, then kept as plain data.
 */
import type { AssociationSeed } from './types'

export const associations: AssociationSeed[] = [
  {
    slug: 'etoile-sportive-de-kerlann',
    name: 'Étoile sportive de Kerlann',
    category: 'sport',
    description: 'Club de football fondé en 1921 : équipes de jeunes dès 5 ans, seniors, féminines et futsal en hiver.',
    contact: {
      email: 'contact@etoilesportivedekerl.fr',
      phone: '02 97 61 57 33',
      website: null,
    },
    address: {
      street: '35 rue des Ajoncs',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.72505, 47.68909],
    meetings: [
      {
        place: 'Stade municipal Jean-Le Floch',
        schedule: 'mercredi 14 h – 17 h (jeunes)',
      },
      {
        place: 'Stade municipal Jean-Le Floch',
        schedule: 'mardi et vendredi 19 h – 21 h (seniors)',
      },
    ],
    status: 'published',
  },
  {
    slug: 'kerlann-handball-club',
    name: 'Kerlann Handball Club',
    category: 'sport',
    description: 'Handball en compétition et en loisir, de l’école de hand aux seniors ; section handfit le samedi.',
    contact: {
      email: 'contact@kerlannhandballclub.fr',
      phone: '07 39 67 88 54',
      website: null,
    },
    address: {
      street: '13 rue de Vannes',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.734, 47.68265],
    meetings: [
      {
        place: 'Salle omnisports des Tilleuls',
        schedule: 'lundi et jeudi 18 h 30 – 22 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'tennis-club-de-kerlann',
    name: 'Tennis Club de Kerlann',
    category: 'sport',
    description: 'Quatre courts dont deux couverts, école de tennis, stages pendant les vacances scolaires.',
    contact: {
      email: 'contact@tennisclubdekerlann.fr',
      phone: '02 97 64 47 59',
      website: 'https://tennis-club-de-kerlann.fr',
    },
    address: {
      street: '21 rue de la Fontaine',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.74699, 47.68864],
    meetings: [
      {
        place: 'Courts du Stade',
        schedule: 'tous les jours 9 h – 22 h sur réservation',
      },
    ],
    status: 'published',
  },
  {
    slug: 'les-foulees-kerlannaises',
    name: 'Les Foulées kerlannaises',
    category: 'sport',
    description: 'Course à pied et marche nordique pour tous les niveaux, organisatrice des Foulées de la Saint-Gildas.',
    contact: {
      email: 'contact@lesfouleeskerlannais.fr',
      phone: '02 97 64 95 85',
      website: 'https://les-foulees-kerlannaises.fr',
    },
    address: {
      street: '26 rue de Vannes',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.73691, 47.68949],
    meetings: [
      {
        place: 'Parking de la salle des sports',
        schedule: 'mardi et jeudi 18 h 30, dimanche 9 h 30',
      },
    ],
    status: 'published',
  },
  {
    slug: 'judo-club-du-pays-de-kerlann',
    name: 'Judo Club du Pays de Kerlann',
    category: 'sport',
    description: 'Judo, jujitsu et taïso dès 4 ans, encadrés par deux professeurs diplômés d’État.',
    contact: {
      email: 'contact@judoclubdupaysdekerl.fr',
      phone: '06 52 45 82 24',
      website: null,
    },
    address: {
      street: '9 rue de Ploërmel',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.73238, 47.68641],
    meetings: [
      {
        place: 'Dojo municipal',
        schedule: 'mercredi 14 h – 19 h, vendredi 18 h – 21 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'cyclo-randonneurs-de-kerlann',
    name: 'Cyclo-randonneurs de Kerlann',
    category: 'sport',
    description: 'Sorties route et VTT chaque semaine, randonnée des Landes au printemps.',
    contact: {
      email: 'contact@cyclorandonneursdeke.fr',
      phone: '07 20 37 21 28',
      website: 'https://cyclo-randonneurs-de-kerlann.fr',
    },
    address: {
      street: '27 rue de la Mairie',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.73568, 47.69713],
    meetings: [
      {
        place: 'Place de l’Église',
        schedule: 'dimanche 8 h 30',
      },
    ],
    status: 'published',
  },
  {
    slug: 'badminton-kerlann-volant',
    name: 'Badminton Kerlann Volant',
    category: 'sport',
    description: 'Badminton en loisir et en compétition, créneaux adultes et jeunes.',
    contact: {
      email: 'contact@badmintonkerlannvola.fr',
      phone: '07 61 28 26 86',
      website: 'https://badminton-kerlann-volant.fr',
    },
    address: {
      street: '24 rue du Général-de-Gaulle',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.71912, 47.68482],
    meetings: [
      {
        place: 'Salle omnisports des Tilleuls',
        schedule: 'mardi 20 h – 22 h 30, samedi 10 h – 12 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'cercle-celtique-bro-kerlann',
    name: 'Cercle celtique Bro Kerlann',
    category: 'culture',
    description: 'Danses et costumes traditionnels du pays vannetais ; cours pour enfants et adultes, sorties en festivals.',
    contact: {
      email: 'contact@cercleceltiquebroker.fr',
      phone: '07 83 27 10 17',
      website: null,
    },
    address: {
      street: '38 allée des Camélias',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.72968, 47.6961],
    meetings: [
      {
        place: 'Salle des fêtes',
        schedule: 'vendredi 20 h 30 – 22 h 30',
      },
    ],
    status: 'published',
  },
  {
    slug: 'bagad-kerlann',
    name: 'Bagad Kerlann',
    category: 'culture',
    description: 'Cornemuses, bombardes et percussions : école de musique bretonne et formation de concours.',
    contact: {
      email: 'contact@bagadkerlann.fr',
      phone: '02 97 64 58 49',
      website: null,
    },
    address: {
      street: '39 chemin de Kerbihan',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.72428, 47.68871],
    meetings: [
      {
        place: 'Maison des associations, salle 3',
        schedule: 'samedi 14 h – 18 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'chorale-mouezh-ar-mor',
    name: 'Chorale Mouezh ar Mor',
    category: 'culture',
    description: 'Chœur mixte de quarante voix : chants bretons, classiques et variétés, concerts à la chapelle Saint-Gildas.',
    contact: {
      email: 'contact@choralemouezharmor.fr',
      phone: '02 97 69 13 85',
      website: null,
    },
    address: {
      street: '32 rue de Vannes',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.74194, 47.69447],
    meetings: [
      {
        place: 'Salle paroissiale',
        schedule: 'jeudi 20 h – 22 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'theatre-de-la-lande',
    name: 'Théâtre de la Lande',
    category: 'culture',
    description: 'Troupe de théâtre amateur, deux créations par an au Dôme et ateliers pour adolescents.',
    contact: {
      email: 'contact@theatredelalande.fr',
      phone: '02 97 60 90 63',
      website: 'https://theatre-de-la-lande.fr',
    },
    address: {
      street: '35 rue des Écoles',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.73266, 47.68256],
    meetings: [
      {
        place: 'Le Dôme, salle de répétition',
        schedule: 'lundi 20 h – 23 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'atelier-des-arts-plastiques',
    name: 'Atelier des arts plastiques',
    category: 'culture',
    description: 'Peinture, dessin et modelage pour enfants et adultes, exposition annuelle à la médiathèque.',
    contact: {
      email: 'contact@atelierdesartsplasti.fr',
      phone: '07 39 53 59 37',
      website: null,
    },
    address: {
      street: '1 rue des Écoles',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.72206, 47.68901],
    meetings: [
      {
        place: 'Maison des associations, atelier',
        schedule: 'mercredi 10 h – 12 h et 14 h – 17 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'cine-club-du-dome',
    name: 'Ciné-club du Dôme',
    category: 'culture',
    description: 'Projections de films d’auteur suivies d’un échange, un jeudi sur deux.',
    contact: {
      email: 'contact@cineclubdudome.fr',
      phone: '02 97 69 61 48',
      website: 'https://cine-club-du-dome.fr',
    },
    address: {
      street: '31 allée des Camélias',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.72491, 47.6951],
    meetings: [
      {
        place: 'Le Dôme',
        schedule: 'un jeudi sur deux à 20 h 30',
      },
    ],
    status: 'published',
  },
  {
    slug: 'entraide-et-partage-kerlann',
    name: 'Entraide et partage Kerlann',
    category: 'solidarite',
    description: 'Aide alimentaire, vestiaire solidaire et accompagnement des familles en lien avec le CCAS.',
    contact: {
      email: 'contact@entraideetpartageker.fr',
      phone: '06 51 77 45 34',
      website: null,
    },
    address: {
      street: '36 rue de la Mairie',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.73943, 47.68103],
    meetings: [
      {
        place: 'Local solidaire, 3 rue du Moulin',
        schedule: 'mardi et vendredi 14 h – 17 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'les-amis-du-don-du-sang-de-kerlann',
    name: 'Les Amis du don du sang de Kerlann',
    category: 'sante',
    description: 'Organisation des collectes de sang avec l’Établissement français du sang, quatre fois par an.',
    contact: {
      email: 'contact@lesamisdudondusangde.fr',
      phone: '02 97 60 78 40',
      website: 'https://les-amis-du-don-du-sang-de-ker.fr',
    },
    address: {
      street: '17 avenue de la Gare',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.741, 47.69379],
    meetings: [
      {
        place: 'Salle des fêtes',
        schedule: 'jours de collecte',
      },
    ],
    status: 'published',
  },
  {
    slug: 'aidants-du-pays-de-kerlann',
    name: 'Aidants du pays de Kerlann',
    category: 'sante',
    description: 'Écoute et soutien des proches aidants : café des aidants, ateliers de relaxation.',
    contact: {
      email: 'contact@aidantsdupaysdekerla.fr',
      phone: '02 97 65 52 52',
      website: 'https://aidants-du-pays-de-kerlann.fr',
    },
    address: {
      street: '36 allée des Camélias',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.72613, 47.68978],
    meetings: [
      {
        place: 'Maison des associations, salle 1',
        schedule: 'premier samedi du mois 10 h – 12 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'amicale-laique-de-kerlann',
    name: 'Amicale laïque de Kerlann',
    category: 'education',
    description: 'Activités périscolaires, bibliothèque associative et fête de l’école publique.',
    contact: {
      email: 'contact@amicalelaiquedekerla.fr',
      phone: '02 97 69 38 70',
      website: null,
    },
    address: {
      street: '31 rue de Vannes',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.74926, 47.68786],
    meetings: [
      {
        place: 'École Jules-Verne',
        schedule: 'selon le calendrier des activités',
      },
    ],
    status: 'published',
  },
  {
    slug: 'parents-d-eleves-de-l-ecole-jules-verne',
    name: 'Parents d’élèves de l’école Jules-Verne',
    category: 'education',
    description: 'Représentation des parents au conseil d’école, vide-greniers et kermesse.',
    contact: {
      email: 'contact@parentsdelevesdeleco.fr',
      phone: '02 97 60 55 82',
      website: null,
    },
    address: {
      street: '7 rue du Moulin',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.74336, 47.67877],
    meetings: [
      {
        place: 'École Jules-Verne',
        schedule: 'réunion mensuelle le lundi 20 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'coup-de-pouce-scolaire',
    name: 'Coup de pouce scolaire',
    category: 'education',
    description: 'Aide aux devoirs bénévole pour les collégiens et lycéens.',
    contact: {
      email: 'contact@coupdepoucescolaire.fr',
      phone: '02 97 60 30 63',
      website: 'https://coup-de-pouce-scolaire.fr',
    },
    address: {
      street: '1 place du Marché',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.73603, 47.68011],
    meetings: [
      {
        place: 'Médiathèque',
        schedule: 'lundi et jeudi 17 h – 18 h 30',
      },
    ],
    status: 'published',
  },
  {
    slug: 'kerlann-nature-et-environnement',
    name: 'Kerlann Nature et environnement',
    category: 'environnement',
    description: 'Sorties nature, inventaire des oiseaux des zones humides, nettoyage des rives du ruisseau.',
    contact: {
      email: 'contact@kerlannnatureetenvir.fr',
      phone: '02 97 60 13 14',
      website: 'https://kerlann-nature-et-environnemen.fr',
    },
    address: {
      street: '28 rue de Vannes',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.71861, 47.69086],
    meetings: [
      {
        place: 'Parking du Moulin',
        schedule: 'un samedi par mois 9 h 30',
      },
    ],
    status: 'published',
  },
  {
    slug: 'les-jardins-partages-du-moulin',
    name: 'Les Jardins partagés du Moulin',
    category: 'environnement',
    description: 'Vingt parcelles cultivées en commun, compost collectif et ateliers de jardinage au naturel.',
    contact: {
      email: 'contact@lesjardinspartagesdu.fr',
      phone: '02 97 67 82 21',
      website: 'https://les-jardins-partages-du-moulin.fr',
    },
    address: {
      street: '41 avenue de la Gare',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.72957, 47.68822],
    meetings: [
      {
        place: 'Jardins du Moulin',
        schedule: 'samedi 10 h – 12 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'repair-cafe-de-kerlann',
    name: 'Repair café de Kerlann',
    category: 'environnement',
    description: 'Bénévoles bricoleurs pour réparer ensemble petit électroménager, vélos et vêtements.',
    contact: {
      email: 'contact@repaircafedekerlann.fr',
      phone: '07 47 28 85 57',
      website: 'https://repair-cafe-de-kerlann.fr',
    },
    address: {
      street: '46 rue du Général-de-Gaulle',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.74062, 47.67864],
    meetings: [
      {
        place: 'Maison des associations',
        schedule: 'troisième samedi du mois 14 h – 17 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'club-des-aines-les-hortensias',
    name: 'Club des aînés Les Hortensias',
    category: 'loisirs',
    description: 'Jeux de société, belote, goûters et voyages d’une journée pour les retraités.',
    contact: {
      email: 'contact@clubdesainesleshorte.fr',
      phone: '02 97 69 81 24',
      website: null,
    },
    address: {
      street: '18 rue de la Fontaine',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.71953, 47.67975],
    meetings: [
      {
        place: 'Salle des Hortensias',
        schedule: 'mardi et jeudi 14 h – 18 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'comite-des-fetes-de-kerlann',
    name: 'Comité des fêtes de Kerlann',
    category: 'loisirs',
    description: 'Fête de la Saint-Jean, marché de Noël et fest-noz de l’été.',
    contact: {
      email: 'contact@comitedesfetesdekerl.fr',
      phone: '07 76 39 61 86',
      website: 'https://comite-des-fetes-de-kerlann.fr',
    },
    address: {
      street: '29 rue de la Mairie',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.74825, 47.68331],
    meetings: [
      {
        place: 'Maison des associations',
        schedule: 'réunion le premier mercredi du mois 20 h 30',
      },
    ],
    status: 'published',
  },
  {
    slug: 'photo-club-objectif-kerlann',
    name: 'Photo-club Objectif Kerlann',
    category: 'loisirs',
    description: 'Sorties photo, initiation au développement numérique et exposition annuelle.',
    contact: {
      email: 'contact@photoclubobjectifker.fr',
      phone: '02 97 60 74 34',
      website: null,
    },
    address: {
      street: '33 rue du Stade',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.73154, 47.6908],
    meetings: [
      {
        place: 'Médiathèque, salle multimédia',
        schedule: 'mercredi 20 h – 22 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'maison-des-jeunes-de-kerlann',
    name: 'Maison des jeunes de Kerlann',
    category: 'jeunesse',
    description: 'Accueil des 11–17 ans, projets de jeunes, séjours et chantiers d’été.',
    contact: {
      email: 'contact@maisondesjeunesdeker.fr',
      phone: '02 97 66 75 78',
      website: null,
    },
    address: {
      street: '36 rue du Général-de-Gaulle',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.73324, 47.68297],
    meetings: [
      {
        place: 'Maison des jeunes, 2 avenue de la Gare',
        schedule: 'mercredi et samedi 14 h – 19 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'kerlann-jeunesse-animation',
    name: 'Kerlann Jeunesse Animation',
    category: 'jeunesse',
    description: 'Animations sportives et culturelles pendant les vacances scolaires pour les 8–14 ans.',
    contact: {
      email: 'contact@kerlannjeunesseanima.fr',
      phone: '07 62 15 23 89',
      website: null,
    },
    address: {
      street: '26 impasse des Genêts',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.72932, 47.67912],
    meetings: [
      {
        place: 'Salle omnisports des Tilleuls',
        schedule: 'vacances scolaires 9 h – 17 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'les-amis-de-la-chapelle-saint-gildas',
    name: 'Les Amis de la chapelle Saint-Gildas',
    category: 'patrimoine',
    description: 'Sauvegarde et animation de la chapelle du XVIe siècle : visites, concerts et pardon.',
    contact: {
      email: 'contact@lesamisdelachapelles.fr',
      phone: '07 77 20 54 37',
      website: 'https://les-amis-de-la-chapelle-saint-.fr',
    },
    address: {
      street: '6 chemin de Kerbihan',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.74096, 47.68901],
    meetings: [
      {
        place: 'Chapelle Saint-Gildas',
        schedule: 'visites le dimanche 15 h – 18 h en été',
      },
    ],
    status: 'published',
  },
  {
    slug: 'histoire-et-memoire-de-kerlann',
    name: 'Histoire et mémoire de Kerlann',
    category: 'patrimoine',
    description: 'Recherches sur l’histoire de la commune, publications et journées du patrimoine.',
    contact: {
      email: 'contact@histoireetmemoiredek.fr',
      phone: '02 97 61 24 44',
      website: 'https://histoire-et-memoire-de-kerlann.fr',
    },
    address: {
      street: '5 avenue de la Gare',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.74619, 47.6837],
    meetings: [
      {
        place: 'Mairie, salle du conseil',
        schedule: 'deuxième jeudi du mois 18 h',
      },
    ],
    status: 'published',
  },
  {
    slug: 'comite-de-jumelage-kerlann-wendelstein',
    name: 'Comité de jumelage Kerlann – Wendelstein',
    category: 'autre',
    description: 'Échanges avec la commune allemande jumelée : voyages, cours d’allemand, accueil de familles.',
    contact: {
      email: 'contact@comitedejumelagekerl.fr',
      phone: '02 97 66 45 58',
      website: 'https://comite-de-jumelage-kerlann-wen.fr',
    },
    address: {
      street: '35 rue de la Mairie',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.72435, 47.67777],
    meetings: [
      {
        place: 'Maison des associations',
        schedule: 'mardi 18 h 30 (cours d’allemand)',
      },
    ],
    status: 'published',
  },
  {
    slug: 'kerlann-echecs',
    name: 'Kerlann Échecs',
    category: 'loisirs',
    description: 'Club d’échecs ouvert à tous, initiation des enfants et tournoi rapide en juin.',
    contact: {
      email: 'contact@kerlannechecs.fr',
      phone: '02 97 60 21 42',
      website: 'https://kerlann-echecs.fr',
    },
    address: {
      street: '20 rue de la Mairie',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.74388, 47.69512],
    meetings: [
      {
        place: 'Médiathèque',
        schedule: 'vendredi 18 h – 20 h',
      },
    ],
    status: 'pending',
  },
  {
    slug: 'yoga-et-bien-etre-kerlann',
    name: 'Yoga et bien-être Kerlann',
    category: 'sante',
    description: 'Cours de yoga doux et de sophrologie pour adultes.',
    contact: {
      email: 'contact@yogaetbienetrekerlan.fr',
      phone: '02 97 61 48 73',
      website: 'https://yoga-et-bien-etre-kerlann.fr',
    },
    address: {
      street: '12 rue de la Fontaine',
      postcode: '56890',
      commune: 'Kerlann',
    },
    location: [-2.72359, 47.68266],
    meetings: [
      {
        place: 'Salle des Hortensias',
        schedule: 'lundi 18 h 30 – 20 h',
      },
    ],
    status: 'pending',
  },
]
