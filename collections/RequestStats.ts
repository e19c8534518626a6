import type { CollectionConfig } from 'payload'

import { adminOrOwnOrganisation } from '../src/access/adminOrOwnOrganisation'
import { nobody } from '../src/access/nobody'
import { GROUPS } from './groups'

/** Anonymous counts kept when requests are deleted after their retention period. */
export const RequestStats: CollectionConfig = {
  slug: 'request-stats',
  labels: { singular: 'Statistique anonyme', plural: 'Statistiques anonymes' },
  admin: { group: GROUPS.requests, defaultColumns: ['formTitle', 'month', 'status', 'count'] },
  access: { read: adminOrOwnOrganisation, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', label: 'Organisation', required: true, index: true },
    { name: 'formTitle', type: 'text', label: 'Formulaire', required: true },
    { name: 'month', type: 'text', label: 'Mois de dépôt (AAAA-MM)', required: true, index: true },
    { name: 'status', type: 'text', label: 'Statut final', required: true, admin: { components: { Cell: '/src/admin/StatusCell#StatusCell' } } },
    { name: 'count', type: 'number', label: 'Nombre', required: true },
    { name: 'medianDays', type: 'number', label: 'Durée médiane de traitement (jours)' },
  ],
}
