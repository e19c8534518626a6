import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { nobody } from '../src/access/nobody'
import { GROUPS } from './groups'

/** What was done with personal data (retention purges, exports): read by admins, written by the server only. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Journal RGPD', plural: 'Journal RGPD' },
  defaultSort: '-createdAt',
  admin: { group: GROUPS.settings, useAsTitle: 'summary', defaultColumns: ['action', 'summary', 'createdAt'] },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'action',
      type: 'select',
      label: 'Action',
      required: true,
      options: [
        { value: 'purge', label: 'Suppression après durée de conservation' },
        { value: 'export', label: 'Export des données d’une personne' },
      ],
    },
    { name: 'summary', type: 'text', label: 'Résumé', required: true },
    { name: 'details', type: 'json', label: 'Détails (sans données personnelles)' },
  ],
}
