import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access/nobody'
import { isAdmin } from '../../src/access/isAdmin'
import { currentRevisionOrStaff } from '../../src/urbanism/access'
import { GROUPS } from '../groups'
import { regulationFields } from './regulationFields'

/** A zone of the PLU (ZONE_URBA row) of one revision: code, long name, CNIG type, rule, shape. */
export const PluZones: CollectionConfig = {
  slug: 'plu-zones',
  labels: { singular: 'Zone du PLU', plural: 'Zones du PLU' },
  defaultSort: 'label',
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'longLabel', 'type', 'regulationPage', 'revision'], group: GROUPS.urbanism },
  access: { read: currentRevisionOrStaff, create: isAdmin, update: nobody, delete: isAdmin },
  fields: [
    { name: 'revision', type: 'relationship', relationTo: 'plu-revisions', required: true, index: true, label: 'Révision' },
    { name: 'row', type: 'number', label: 'Ligne dans ZONE_URBA' },
    { name: 'label', type: 'text', label: 'Code de la zone (LIBELLE)' },
    { name: 'longLabel', type: 'text', label: 'Nom de la zone (LIBELONG)' },
    {
      name: 'type',
      type: 'select',
      label: 'Type CNIG',
      options: [
        { label: 'U — zone urbaine', value: 'U' },
        { label: 'AUc — à urbaniser', value: 'AUc' },
        { label: 'AUs — à urbaniser bloquée', value: 'AUs' },
        { label: 'A — agricole', value: 'A' },
        { label: 'N — naturelle et forestière', value: 'N' },
      ],
    },
    ...regulationFields,
    { name: 'attributes', type: 'json', label: 'Attributs (DBF)' },
    { name: 'geometry', type: 'json', label: 'Géométrie (GeoJSON WGS84)' },
  ],
}
