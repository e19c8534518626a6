import type { TextField } from 'payload'

import { SLUG_PATTERN, slugify } from '../lib/slugify'

/**
 * URL segment derived from another field when left empty; editable, unique, validated.
 */
export function slugField(from = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: 'Adresse (slug)',
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: "Partie de l'adresse web. Laissez vide pour la déduire du titre.",
    },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const source = data?.[from]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
    validate: (value: string | null | undefined) => {
      if (!value) return "L'adresse (slug) est obligatoire."
      if (!SLUG_PATTERN.test(value)) return 'Utilisez seulement des lettres minuscules sans accent, des chiffres et des tirets.'
      return true
    },
  }
}
