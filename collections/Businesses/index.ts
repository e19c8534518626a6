import type { CollectionConfig } from 'payload'

import { checkSiret } from '../../src/lib/siret'
import { isContentEditor } from '../../src/access/isContentEditor'
import { publishedEntryOrContentEditor } from '../../src/access/publishedEntryOrContentEditor'
import { BUSINESS_SECTORS } from '../../src/directory/categories'
import { addressField, contactField, locationField, nameKeyFields, publicationStatusField } from '../../src/directory/entryFields'
import { searchTextField } from '../../src/fields/searchText'
import { slugField } from '../../src/fields/slug'
import { lexicalToPlainText } from '../../src/lib/lexicalText'
import { GROUPS } from '../groups'

/** Directory of local businesses and shops (/annuaire/entreprises). */
export const Businesses: CollectionConfig = {
  slug: 'businesses',
  labels: { singular: 'Entreprise', plural: 'Entreprises' },
  defaultSort: 'sortName',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'sector', 'siret', 'status', 'updatedAt'],
    group: GROUPS.directories,
    listSearchableFields: ['name', 'slug', 'siret'],
  },
  access: { read: publishedEntryOrContentEditor, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  fields: [
    { name: 'name', type: 'text', label: 'Nom', required: true, maxLength: 160 },
    slugField('name'),
    publicationStatusField(),
    {
      name: 'sector',
      type: 'select',
      label: "Secteur d'activité",
      options: [...BUSINESS_SECTORS],
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'siret',
      type: 'text',
      label: 'Numéro SIRET',
      required: true,
      unique: true,
      index: true,
      admin: { position: 'sidebar', description: '14 chiffres (avis de situation Insee ou extrait Kbis).' },
      hooks: {
        beforeValidate: [({ value }) => {
          if (typeof value !== 'string') return value
          const checked = checkSiret(value)
          return checked.ok ? checked.value : value
        }],
      },
      validate: (value: string | null | undefined) => {
        if (!value) return 'Le numéro SIRET est obligatoire.'
        const checked = checkSiret(value)
        return checked.ok ? true : checked.error
      },
    },
    { name: 'description', type: 'richText', label: 'Présentation' },
    { name: 'logo', type: 'upload', relationTo: 'media', label: 'Logo' },
    contactField(),
    addressField(),
    locationField(),
    {
      name: 'openingHours',
      type: 'textarea',
      label: "Horaires d'ouverture",
      admin: { description: 'Une ligne par jour ou par période, ex. : « Mardi – samedi : 9 h – 19 h ».' },
    },
    ...nameKeyFields(),
    searchTextField((d) => [
      d.name as string,
      d.siret as string,
      BUSINESS_SECTORS.find((c) => c.value === d.sector)?.label,
      lexicalToPlainText(d.description),
      (d.address as { commune?: string } | undefined)?.commune,
    ]),
  ],
}
