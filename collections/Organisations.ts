import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isAdmin } from '../src/access/isAdmin'
import { slugField } from '../src/fields/slug'
import { GROUPS } from './groups'

/** The bodies that receive requests: the Commune, its CCAS, the water syndicate SIAEP. */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: 'Organisation', plural: 'Organisations' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'phone'], group: GROUPS.settings },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', label: 'Nom', required: true },
    slugField('name'),
    { name: 'email', type: 'email', label: 'Adresse électronique', required: true },
    { name: 'phone', type: 'text', label: 'Téléphone' },
    { name: 'address', type: 'textarea', label: 'Adresse postale' },
    { name: 'openingHours', type: 'textarea', label: "Horaires d'ouverture" },
  ],
}
