import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access/nobody'
import { isAdmin } from '../../src/access/isAdmin'
import { currentRevisionOrStaff } from '../../src/urbanism/access'
import { GROUPS } from '../groups'
import { regulationFields } from './regulationFields'

/**
 * Prescriptions (PRESCRIPTION_SURF/LIN/PCT) and information (INFO_SURF/LIN/PCT) of one PLU
 * revision, in one collection told apart by `kind` (decision 0061): the map, the lookup and the
 * admin treat them alike.
 */
export const PluOverlays: CollectionConfig = {
  slug: 'plu-overlays',
  labels: { singular: 'Prescription ou information', plural: 'Prescriptions et informations' },
  defaultSort: 'label',
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'kind', 'shape', 'codeLabel', 'revision'], group: GROUPS.urbanism },
  access: { read: currentRevisionOrStaff, create: isAdmin, update: nobody, delete: isAdmin },
  fields: [
    { name: 'revision', type: 'relationship', relationTo: 'plu-revisions', required: true, index: true, label: 'Révision' },
    {
      name: 'kind',
      type: 'select',
      label: 'Nature',
      required: true,
      options: [
        { label: 'Prescription', value: 'prescription' },
        { label: 'Information', value: 'information' },
      ],
    },
    {
      name: 'shape',
      type: 'select',
      label: 'Forme',
      options: [
        { label: 'Surface', value: 'surface' },
        { label: 'Ligne', value: 'line' },
        { label: 'Point', value: 'point' },
      ],
    },
    { name: 'layer', type: 'text', label: 'Couche CNIG' },
    { name: 'row', type: 'number', label: 'Ligne dans la couche' },
    { name: 'label', type: 'text', label: 'Libellé (LIBELLE)' },
    { name: 'code', type: 'text', label: 'Code (type-sous-type)' },
    { name: 'codeLabel', type: 'text', label: 'Signification du code (CNIG)' },
    { name: 'text', type: 'textarea', label: 'Texte (TXT)' },
    ...regulationFields,
    { name: 'attributes', type: 'json', label: 'Attributs (DBF)' },
    { name: 'geometry', type: 'json', label: 'Géométrie (GeoJSON WGS84)' },
  ],
}
