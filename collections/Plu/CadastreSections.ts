import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isAdmin } from '../../src/access/isAdmin'
import { GROUPS } from '../groups'

/**
 * The cadastral parcels (Etalab cadastre), one document per section of a commune holding its
 * parcels (decision 0061): a commune's 4 000 parcels are some fifty writes, not 4 000, on every
 * database; a parcel is read with its section (`AB` then `37`). Imported by `npm run import:cadastre`.
 */
export const CadastreSections: CollectionConfig = {
  slug: 'cadastre-sections',
  labels: { singular: 'Section cadastrale', plural: 'Sections cadastrales' },
  defaultSort: 'key',
  admin: { useAsTitle: 'key', defaultColumns: ['key', 'commune', 'section', 'parcelCount'], group: GROUPS.urbanism },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'key', type: 'text', label: 'Section (commune, préfixe, section)', required: true, index: true },
    { name: 'commune', type: 'text', label: 'Code INSEE', required: true, index: true },
    { name: 'prefixe', type: 'text', label: 'Préfixe' },
    { name: 'section', type: 'text', label: 'Section', required: true, index: true },
    { name: 'parcelCount', type: 'number', label: 'Parcelles' },
    {
      name: 'parcels',
      type: 'json',
      label: 'Parcelles (identifiant, numéro, contenance, géométrie GeoJSON WGS84)',
      required: true,
    },
    { name: 'batch', type: 'text', label: "Lot d'import", index: true, admin: { readOnly: true } },
  ],
}
