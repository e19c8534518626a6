import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { currentRevisionItselfOrStaff } from '../../src/urbanism/access'
import { GROUPS } from '../groups'

/**
 * One import of the town's PLU (CNIG archive). Its zones, prescriptions and information point to
 * it; only the revision in state "current" is public (decision 0061). Written by
 * `npm run import:plu` only: staff read the report, nobody edits a revision by hand.
 */
export const PluRevisions: CollectionConfig = {
  slug: 'plu-revisions',
  labels: { singular: 'Révision du PLU', plural: 'Révisions du PLU' },
  defaultSort: '-importedAt',
  admin: { useAsTitle: 'idurba', defaultColumns: ['idurba', 'state', 'importedAt', 'zoneCount'], group: GROUPS.urbanism },
  access: { read: currentRevisionItselfOrStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'idurba', type: 'text', label: 'Identifiant du document (IDURBA)', required: true },
    { name: 'insee', type: 'text', label: 'Code INSEE' },
    { name: 'model', type: 'select', label: 'Modèle CNIG', options: [{ label: 'CNIG 2017', value: '2017' }, { label: 'CNIG 2013/2014', value: '2014' }] },
    { name: 'source', type: 'text', label: 'Archive importée' },
    {
      name: 'state',
      type: 'select',
      label: 'État',
      required: true,
      index: true,
      defaultValue: 'importing',
      options: [
        { label: 'Import en cours', value: 'importing' },
        { label: 'En vigueur', value: 'current' },
        { label: 'Précédente', value: 'previous' },
      ],
    },
    { name: 'importedAt', type: 'date', label: "Date d'import", required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'activatedAt', type: 'date', label: 'Mise en vigueur sur le portail', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'zoneCount', type: 'number', label: 'Zones' },
    { name: 'overlayCount', type: 'number', label: 'Prescriptions et informations' },
    {
      name: 'report',
      type: 'array',
      label: "Rapport d'import (avertissements acceptés)",
      labels: { singular: 'Avertissement', plural: 'Avertissements' },
      fields: [
        { name: 'layer', type: 'text', label: 'Couche' },
        { name: 'row', type: 'number', label: 'Ligne' },
        { name: 'field', type: 'text', label: 'Champ' },
        { name: 'message', type: 'textarea', label: 'Message' },
      ],
    },
    {
      name: 'regulations',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: 'Pièces écrites (règlement)',
    },
  ],
}
