/**
 * The demo town's bookable resources (#13): its rooms, the equipment it lends as a stock, its
 * sports hall. Closures are placed relative to the day the town is seeded, so they are always ahead.
 */
import { isoDateOf } from '../../lib/calendarDate'
import type { OrganisationSlug } from './types'

export interface ResourceSeed {
  slug: string
  name: string
  kind: 'salle' | 'materiel' | 'sport'
  organisation: OrganisationSlug
  description: string
  capacity?: number
  stock: number
  maxQuantity?: number
  unit: 'jour' | 'creneau'
  slotMinutes?: number
  maxDays?: number
  openingHours?: Array<{ days: string[]; opens: string; closes: string }>
  /** Days from the seeding day, and how many days */
  closures?: Array<{ inDays: number; days: number; reason: string }>
  minDelayDays: number
  maxDelayDays: number
  audience: 'tous' | 'habitants' | 'associations'
  prices?: { resident?: number; nonResident?: number; association?: number }
  approval?: boolean
  optionDays?: number
}

const WEEKDAYS = ['1', '2', '3', '4', '5']

export const resources: ResourceSeed[] = [
  {
    slug: 'salle-des-fetes-ar-maen',
    name: 'Salle des fêtes Ar Maen',
    kind: 'salle',
    organisation: 'commune',
    description: 'Grande salle de 300 places avec scène, cuisine équipée et parking. Remise des clés la veille à 17 h, retour le lendemain à 9 h.',
    capacity: 300,
    stock: 1,
    unit: 'jour',
    maxDays: 2,
    closures: [{ inDays: 45, days: 5, reason: 'travaux de peinture' }],
    minDelayDays: 7,
    maxDelayDays: 365,
    audience: 'tous',
    prices: { resident: 250, nonResident: 500, association: 80 },
    approval: true,
    optionDays: 7,
  },
  {
    slug: 'salle-polyvalente-du-guern',
    name: 'Salle polyvalente du Guern',
    kind: 'salle',
    organisation: 'commune',
    description: 'Salle de 120 places, office de réchauffage, tables et chaises fournies.',
    capacity: 120,
    stock: 1,
    unit: 'jour',
    maxDays: 2,
    minDelayDays: 7,
    maxDelayDays: 180,
    audience: 'tous',
    prices: { resident: 120, nonResident: 240, association: 40 },
  },
  {
    slug: 'salle-de-reunion-maison-des-associations',
    name: 'Salle de réunion, Maison des associations',
    kind: 'salle',
    organisation: 'commune',
    description: 'Salle de 30 places avec écran et vidéoprojecteur, au premier étage (ascenseur).',
    capacity: 30,
    stock: 1,
    unit: 'creneau',
    slotMinutes: 120,
    openingHours: [
      { days: WEEKDAYS, opens: '08:00', closes: '20:00' },
      { days: ['6'], opens: '09:00', closes: '13:00' },
    ],
    minDelayDays: 1,
    maxDelayDays: 60,
    audience: 'tous',
  },
  {
    slug: 'barnums',
    name: 'Barnums 3 × 3 m',
    kind: 'materiel',
    organisation: 'commune',
    description: 'Barnums pliants de 3 × 3 m avec lestage, à retirer aux ateliers municipaux (rue de la Forge) la veille.',
    stock: 20,
    maxQuantity: 6,
    unit: 'jour',
    maxDays: 3,
    minDelayDays: 14,
    maxDelayDays: 180,
    audience: 'associations',
  },
  {
    slug: 'chaises',
    name: 'Chaises pliantes',
    kind: 'materiel',
    organisation: 'commune',
    description: 'Chaises pliantes, par lots, à retirer et rapporter aux ateliers municipaux.',
    stock: 300,
    maxQuantity: 150,
    unit: 'jour',
    maxDays: 3,
    minDelayDays: 7,
    maxDelayDays: 180,
    audience: 'tous',
    prices: { resident: 0.5, nonResident: 1, association: 0 },
  },
  {
    slug: 'salle-omnisports-lann-vras',
    name: 'Salle omnisports de Lann Vras',
    kind: 'sport',
    organisation: 'commune',
    description: 'Salle omnisports (handball, basket, badminton), vestiaires et douches. Réservée aux associations pour des créneaux ponctuels.',
    stock: 1,
    unit: 'creneau',
    slotMinutes: 120,
    openingHours: [
      { days: WEEKDAYS, opens: '08:00', closes: '22:00' },
      { days: ['6', '7'], opens: '09:00', closes: '19:00' },
    ],
    minDelayDays: 2,
    maxDelayDays: 90,
    audience: 'associations',
  },
]

/** A resource seed as the collection stores it, its closures dated from `today`. */
export function resourceData(seed: ResourceSeed, organisation: number | string, today = new Date()) {
  const { closures, organisation: _slug, ...rest } = seed
  const day = (offset: number) => isoDateOf(new Date(today.getTime() + offset * 86_400_000))
  return {
    ...rest,
    organisation,
    closedOnPublicHolidays: true,
    closures: (closures ?? []).map((c) => ({ from: day(c.inDays), to: day(c.inDays + c.days - 1), reason: c.reason })),
  }
}
