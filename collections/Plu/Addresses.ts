import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isAdmin } from '../../src/access/isAdmin'
import { GROUPS } from '../groups'

/** Addresses of the Base Adresse Nationale, imported by `npm run import:adresses`: offline address search. */
export const Addresses: CollectionConfig = {
  slug: 'addresses',
  labels: { singular: 'Adresse (BAN)', plural: 'Adresses (BAN)' },
  defaultSort: 'label',
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'codeInsee', 'lon', 'lat'], group: GROUPS.urbanism },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'label', type: 'text', label: 'Adresse', required: true },
    { name: 'searchKey', type: 'text', label: 'Clé de recherche', required: true, index: true },
    { name: 'banId', type: 'text', label: 'Identifiant BAN' },
    { name: 'codeInsee', type: 'text', label: 'Code INSEE', index: true },
    { name: 'codePostal', type: 'text', label: 'Code postal' },
    { name: 'lon', type: 'number', label: 'Longitude', required: true },
    { name: 'lat', type: 'number', label: 'Latitude', required: true },
    { name: 'parcels', type: 'json', label: 'Parcelles liées' },
    { name: 'batch', type: 'text', label: "Lot d'import", index: true, admin: { readOnly: true } },
  ],
}
