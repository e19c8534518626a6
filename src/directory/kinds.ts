import { ASSOCIATION_CATEGORIES, BUSINESS_SECTORS } from './categories'

/**
 * The two directories. `kind` is the stable code name, `segment` the French URL segment,
 * `categoryField` the select that classifies entries. The form to propose or update an entry is
 * whichever published form staff point at the directory ("Annuaire alimenté"): directoryFormSlug().
 */
export const DIRECTORY_KINDS = {
  associations: {
    collection: 'associations',
    segment: 'associations',
    title: 'Associations',
    singular: 'association',
    categoryField: 'category',
    categoryLabel: 'Catégorie',
    allCategories: 'Toutes les catégories',
    options: ASSOCIATION_CATEGORIES,
  },
  businesses: {
    collection: 'businesses',
    segment: 'entreprises',
    title: 'Entreprises et commerces',
    singular: 'entreprise',
    categoryField: 'sector',
    categoryLabel: "Secteur d'activité",
    allCategories: 'Tous les secteurs',
    options: BUSINESS_SECTORS,
  },
} as const

export type DirectoryKind = keyof typeof DIRECTORY_KINDS

export const isDirectoryKind = (value: unknown): value is DirectoryKind => value === 'associations' || value === 'businesses'

/** "/annuaire/entreprises/…" → "businesses" */
export const kindOfSegment = (segment: string): DirectoryKind | null =>
  (Object.keys(DIRECTORY_KINDS) as DirectoryKind[]).find((k) => DIRECTORY_KINDS[k].segment === segment) ?? null
