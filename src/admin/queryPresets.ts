import type { Config, SanitizedConfig } from 'payload'

import { isStaff } from '../access/isStaff'

/**
 * Saved filters of the requests list: Payload's query presets (enableQueryPresets on the
 * collection), each kept for its author only — never shared, since a colleague's filter could
 * name people or requests of another organisation. Decision 0057.
 */
export const queryPresets: Config['queryPresets'] = {
  labels: { singular: 'Filtre enregistré', plural: 'Filtres enregistrés' },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  constraints: {},
  filterConstraints: ({ options }) => options.filter((o) => (typeof o === 'string' ? o : o.value) === 'onlyMe'),
}

const FRENCH_LABELS: Record<string, string> = { title: 'Nom du filtre', where: 'Filtres', columns: 'Colonnes', groupBy: 'Regroupement' }

/**
 * Payload builds the presets collection itself, with English labels: French ones after the build,
 * and the sharing box hidden (a preset is its author's only).
 */
export function frenchQueryPresets(config: SanitizedConfig): SanitizedConfig {
  const presets = config.collections.find((c) => (c.slug as string) === 'payload-query-presets')
  for (const field of presets?.fields ?? []) {
    if (!('name' in field)) continue
    if (FRENCH_LABELS[field.name]) field.label = FRENCH_LABELS[field.name]
    if (field.name === 'isShared' || field.name === 'access') field.admin = { ...field.admin, hidden: true }
  }
  return config
}
