import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isAdmin } from '../../src/access/isAdmin'
import { GROUPS } from '../groups'

/** Cadastral parcels (Etalab cadastre), imported by `npm run import:cadastre`: public data. */
export const Parcels: CollectionConfig = {
  slug: 'parcels',
  labels: { singular: 'Parcelle cadastrale', plural: 'Parcelles cadastrales' },
  defaultSort: 'parcelId',
  admin: { useAsTitle: 'parcelId', defaultColumns: ['parcelId', 'section', 'numero', 'contenance'], group: GROUPS.urbanism },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'parcelId', type: 'text', label: 'Identifiant', required: true, index: true },
    { name: 'commune', type: 'text', label: 'Code INSEE', required: true, index: true },
    { name: 'prefixe', type: 'text', label: 'Préfixe' },
    { name: 'section', type: 'text', label: 'Section', required: true },
    { name: 'numero', type: 'text', label: 'Numéro', required: true },
    { name: 'contenance', type: 'number', label: 'Contenance (m²)' },
    { name: 'bbox', type: 'json', label: 'Emprise' },
    { name: 'geometry', type: 'json', label: 'Géométrie (GeoJSON WGS84)' },
    { name: 'batch', type: 'text', label: "Lot d'import", index: true, admin: { readOnly: true } },
  ],
}
