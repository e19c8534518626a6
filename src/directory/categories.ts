/** Categories of associations and sectors of businesses: stored value → French label. */
export const ASSOCIATION_CATEGORIES = [
  { value: 'sport', label: 'Sport' },
  { value: 'culture', label: 'Culture' },
  { value: 'solidarite', label: 'Solidarité' },
  { value: 'education', label: 'Éducation' },
  { value: 'environnement', label: 'Environnement' },
  { value: 'loisirs', label: 'Loisirs' },
  { value: 'jeunesse', label: 'Jeunesse' },
  { value: 'sante', label: 'Santé' },
  { value: 'patrimoine', label: 'Patrimoine' },
  { value: 'autre', label: 'Autre' },
] as const

export const BUSINESS_SECTORS = [
  { value: 'alimentation', label: 'Alimentation' },
  { value: 'restauration', label: 'Restauration et cafés' },
  { value: 'sante', label: 'Santé et bien-être' },
  { value: 'beaute', label: 'Beauté et coiffure' },
  { value: 'commerce', label: 'Commerce et équipement' },
  { value: 'artisanat', label: 'Artisanat et bâtiment' },
  { value: 'automobile', label: 'Automobile et mobilité' },
  { value: 'services', label: 'Services' },
  { value: 'hebergement', label: 'Hébergement et tourisme' },
  { value: 'agriculture', label: 'Agriculture' },
  { value: 'autre', label: 'Autre' },
] as const

export type AssociationCategory = (typeof ASSOCIATION_CATEGORIES)[number]['value']
export type BusinessSector = (typeof BUSINESS_SECTORS)[number]['value']

type Option = { value: string; label: string }

export const labelOf = (options: readonly Option[], value: string | null | undefined): string =>
  options.find((o) => o.value === value)?.label ?? ''

/**
 * The stored value for a category written by a person ("Solidarité", "solidarite", "SPORT"…):
 * compared without accents or case, on the value or the label. Null when unknown.
 */
export function categoryFromText(options: readonly Option[], text: string): string | null {
  const key = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim()
  const wanted = key(text)
  if (!wanted) return null
  return options.find((o) => key(o.value) === wanted || key(o.label) === wanted)?.value ?? null
}
