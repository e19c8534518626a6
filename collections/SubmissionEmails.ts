import type { CollectionConfig } from 'payload'

import { adminOrOwnOrganisation } from '../src/access/adminOrOwnOrganisation'
import { nobody } from '../src/access/nobody'
import { EMAIL_KINDS } from '../src/submissions/emailKinds'
import { GROUPS } from './groups'

/**
 * E-mails sent about a request: to whom, subject, when, whether the sending failed — never their
 * body (it carries the citizen's secret follow-up link). Written by the server where it sends
 * (src/submissions/sendRecorded.ts), read on the agent's request page, like the request itself.
 */
export const SubmissionEmails: CollectionConfig = {
  slug: 'submission-emails',
  labels: { singular: 'Courriel envoyé', plural: 'Courriels envoyés' },
  defaultSort: '-createdAt',
  admin: { group: GROUPS.requests, useAsTitle: 'subject', hidden: true },
  access: { read: adminOrOwnOrganisation, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'submission', type: 'relationship', relationTo: 'submissions', label: 'Demande', required: true, index: true },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', label: 'Organisation', required: true, index: true },
    { name: 'kind', type: 'select', label: 'Nature', required: true, options: EMAIL_KINDS.map(({ value, label }) => ({ value, label })) },
    { name: 'to', type: 'text', label: 'Destinataire', required: true },
    { name: 'subject', type: 'text', label: 'Objet', required: true },
    { name: 'failed', type: 'checkbox', label: 'Échec de l’envoi', defaultValue: false },
  ],
}
