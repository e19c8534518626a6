import type { CollectionConfig } from 'payload'

import { isContentEditor } from '../../src/access/isContentEditor'
import { publishedEntryOrContentEditor } from '../../src/access/publishedEntryOrContentEditor'
import { ASSOCIATION_CATEGORIES } from '../../src/directory/categories'
import { addressField, contactField, locationField, nameKeyFields, publicationStatusField } from '../../src/directory/entryFields'
import { searchTextField } from '../../src/fields/searchText'
import { slugField } from '../../src/fields/slug'
import { lexicalToPlainText } from '../../src/lib/lexicalText'
import { GROUPS } from '../groups'

/** Directory of the town's associations (/annuaire/associations). */
export const Associations: CollectionConfig = {
  slug: 'associations',
  labels: { singular: 'Association', plural: 'Associations' },
  defaultSort: 'sortName',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'status', 'updatedAt'],
    group: GROUPS.directories,
    listSearchableFields: ['name', 'slug'],
  },
  access: { read: publishedEntryOrContentEditor, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  fields: [
    { name: 'name', type: 'text', label: 'Nom', required: true, maxLength: 160 },
    slugField('name'),
    publicationStatusField(),
    {
      name: 'category',
      type: 'select',
      label: 'Catégorie',
      options: [...ASSOCIATION_CATEGORIES],
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    { name: 'description', type: 'richText', label: 'Présentation' },
    { name: 'logo', type: 'upload', relationTo: 'media', label: 'Logo' },
    contactField(),
    addressField(),
    locationField(),
    {
      name: 'meetings',
      type: 'array',
      label: 'Lieux et horaires de rencontre',
      labels: { singular: 'Rendez-vous', plural: 'Rendez-vous' },
      maxRows: 20,
      fields: [
        { name: 'place', type: 'text', label: 'Lieu', required: true },
        { name: 'schedule', type: 'text', label: 'Jours et heures', required: true, admin: { description: 'Ex. : mardi 18 h – 20 h' } },
      ],
    },
    ...nameKeyFields(),
    searchTextField((d) => [
      d.name as string,
      ASSOCIATION_CATEGORIES.find((c) => c.value === d.category)?.label,
      lexicalToPlainText(d.description),
      (d.address as { commune?: string } | undefined)?.commune,
    ]),
  ],
}
