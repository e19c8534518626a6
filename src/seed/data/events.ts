/**
 * Le Dôme's season for the demo town (#13): six shows, one with numbered seats, one small enough
 * to be sold out by the demo orders. Sessions are placed relative to the day the town is seeded.
 */
import { isoDateOf, parisInstant } from '../../lib/calendarDate'
import { plainBodyToLexical } from '../lexical'
import type { OrganisationSlug } from './types'

export interface EventSeed {
  slug: string
  title: string
  category: string
  organisation: OrganisationSlug
  summary: string
  body: string[]
  tariffs: Array<{ name: string; price: number; quota?: number; description?: string }>
  /** Days from the seeding day and the time, Paris */
  sessions: Array<{ inDays: number; at: string; capacity?: number; numbered?: { rows: string; seatsPerRow: number } }>
  maxPerOrder?: number
}

const usual = [
  { name: 'Plein', price: 18 },
  { name: 'Réduit', price: 12, quota: 80, description: 'moins de 18 ans, étudiants, demandeurs d’emploi, sur justificatif' },
  { name: 'Gratuit enfant', price: 0, quota: 30, description: 'moins de 6 ans, accompagné' },
]

export const events: EventSeed[] = [
  {
    slug: 'le-songe-d-une-nuit-d-ete',
    title: 'Le Songe d’une nuit d’été',
    category: 'Théâtre',
    organisation: 'commune',
    summary: 'La comédie de Shakespeare par la compagnie du Grand Large : quatre amoureux égarés dans une forêt enchantée.',
    body: ['Durée : 2 h 10 avec entracte. À partir de 10 ans.', 'Mise en scène de Nolwenn Cadiou, avec huit comédiens et deux musiciens.'],
    tariffs: usual,
    sessions: [
      { inDays: 12, at: '20:30', capacity: 400 },
      { inDays: 13, at: '16:00', capacity: 400 },
    ],
  },
  {
    slug: 'trio-avel',
    title: 'Trio Avel — musiques de Bretagne et d’ailleurs',
    category: 'Concert',
    organisation: 'commune',
    summary: 'Harpe celtique, violon et contrebasse : un voyage du Léon aux Balkans. Places numérotées.',
    body: ['Durée : 1 h 30. Placement numéroté : choisissez vos places sur le plan.'],
    tariffs: [
      { name: 'Plein', price: 22 },
      { name: 'Réduit', price: 15, quota: 40, description: 'moins de 18 ans, étudiants, sur justificatif' },
    ],
    sessions: [{ inDays: 19, at: '20:30', numbered: { rows: 'L', seatsPerRow: 20 } }],
  },
  {
    slug: 'la-petite-fabrique-a-nuages',
    title: 'La Petite Fabrique à nuages',
    category: 'Jeune public',
    organisation: 'commune',
    summary: 'Un spectacle d’objets et d’ombres pour les 3-6 ans. Petite jauge : complet, réservez pour une prochaine saison.',
    body: ['Durée : 40 minutes. Jauge réduite : 30 places, enfants et accompagnateurs.'],
    tariffs: [
      { name: 'Plein', price: 8 },
      { name: 'Gratuit enfant', price: 0, description: 'moins de 3 ans, sur les genoux' },
    ],
    sessions: [{ inDays: 9, at: '10:30', capacity: 30 }],
    maxPerOrder: 6,
  },
  {
    slug: 'les-filles-de-la-lande',
    title: 'Les Filles de la lande',
    category: 'Danse',
    organisation: 'commune',
    summary: 'Cinq danseuses et un accordéon : une création autour des gavottes et des fest-noz d’hier et d’aujourd’hui.',
    body: ['Durée : 1 h 10. Suivi d’un fest-noz dans le hall.'],
    tariffs: usual,
    sessions: [{ inDays: 26, at: '20:30', capacity: 400 }],
  },
  {
    slug: 'soiree-humour-yann-kerbrat',
    title: 'Yann Kerbrat — « Ça caille ! »',
    category: 'Humour',
    organisation: 'commune',
    summary: 'Le nouveau seul-en-scène de l’humoriste de Pontivy, entre météo bretonne et vie de famille.',
    body: ['Durée : 1 h 20. Déconseillé aux moins de 12 ans.'],
    tariffs: [
      { name: 'Plein', price: 25 },
      { name: 'Réduit', price: 18, quota: 60, description: 'moins de 18 ans, étudiants, sur justificatif' },
    ],
    sessions: [
      { inDays: 33, at: '20:30', capacity: 400 },
      { inDays: 34, at: '20:30', capacity: 400 },
    ],
  },
  {
    slug: 'orchestre-d-harmonie-de-kerlann',
    title: 'Concert du Nouvel An — Orchestre d’harmonie de Kerlann',
    category: 'Concert',
    organisation: 'commune',
    summary: 'Valses, marches et musiques de film par les 60 musiciens de l’harmonie municipale. Entrée gratuite sur réservation.',
    body: ['Durée : 1 h 45 avec entracte.'],
    tariffs: [{ name: 'Gratuit', price: 0 }],
    sessions: [{ inDays: 40, at: '15:00', capacity: 400 }],
  },
]

/** A show seed as the collection stores it, its sessions dated from `today` (Paris times). */
export function eventData(seed: EventSeed, organisation: number | string, form: number | string | null, waitingForm: number | string | null, today = new Date()) {
  const { sessions, body, organisation: _slug, ...rest } = seed
  return {
    ...rest,
    organisation,
    form,
    waitingForm,
    venue: 'Le Dôme',
    body: plainBodyToLexical(body),
    sessions: sessions.map((s) => ({
      startsAt: parisInstant(isoDateOf(new Date(today.getTime() + s.inDays * 86_400_000)), s.at).toISOString(),
      capacity: s.capacity ?? null,
      seating: s.numbered ? 'numerote' : 'libre',
      rows: s.numbered?.rows ?? null,
      seatsPerRow: s.numbered?.seatsPerRow ?? null,
    })),
  }
}
