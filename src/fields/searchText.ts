import type { TextField } from 'payload'

import { normaliseForSearch } from '../lib/searchText'

/**
 * Hidden, normalised text of the listed fields, refreshed on every save; queried by /recherche.
 * `collect` returns the raw texts of a document's data.
 */
export function searchTextField(collect: (data: Record<string, unknown>) => Array<string | null | undefined>): TextField {
  return {
    name: 'searchText',
    type: 'text',
    index: true,
    admin: { hidden: true },
    hooks: {
      beforeChange: [
        ({ data, originalDoc }) => {
          const merged = { ...(originalDoc ?? {}), ...(data ?? {}) } as Record<string, unknown>
          return normaliseForSearch(collect(merged).filter(Boolean).join(' '))
        },
      ],
    },
  }
}
