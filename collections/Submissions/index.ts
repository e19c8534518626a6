import type { CollectionConfig } from 'payload'

import { adminOrOwnOrganisation } from '../../src/access/adminOrOwnOrganisation'
import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { SUBMISSION_STATUSES } from '../../src/submissions/statuses'
import { GROUPS } from '../groups'

/** A citizen's request: created only by the submission service, read by its organisation's agents. */
export const Submissions: CollectionConfig = {
  slug: 'submissions',
  labels: { singular: 'Demande', plural: 'Demandes' },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'form', 'requesterName', 'status', 'createdAt'],
    group: GROUPS.requests,
    listSearchableFields: ['reference', 'requesterName', 'requesterEmail'],
  },
  access: { read: adminOrOwnOrganisation, create: nobody, update: adminOrOwnOrganisation, delete: isAdmin },
  fields: [
    { name: 'reference', type: 'text', label: 'Référence', required: true, unique: true, index: true, admin: { readOnly: true } },
    {
      name: 'followUpToken',
      type: 'text',
      label: 'Jeton de suivi',
      required: true,
      unique: true,
      index: true,
      // The citizen's secret: never sent to any API client, staff included.
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    { name: 'form', type: 'relationship', relationTo: 'forms', label: 'Formulaire', required: true, index: true, admin: { readOnly: true } },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', label: 'Organisation', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      label: 'Statut',
      required: true,
      defaultValue: 'recue',
      index: true,
      options: SUBMISSION_STATUSES.map(({ value, label }) => ({ value, label })),
    },
    { name: 'requesterName', type: 'text', label: 'Demandeur', index: true, admin: { readOnly: true } },
    { name: 'requesterEmail', type: 'email', label: 'Courriel du demandeur', admin: { readOnly: true } },
    {
      name: 'formVersion',
      type: 'json',
      label: 'Version du formulaire',
      required: true,
      admin: { readOnly: true, description: 'Définition exacte du formulaire au moment de la demande.' },
    },
    { name: 'answers', type: 'json', label: 'Réponses', required: true, admin: { readOnly: true } },
    { name: 'files', type: 'relationship', relationTo: 'submission-files', hasMany: true, label: 'Pièces jointes', admin: { readOnly: true } },
  ],
}
