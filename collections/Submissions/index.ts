import type { CollectionConfig, Where } from 'payload'

import { adminOrOwnOrganisation } from '../../src/access/adminOrOwnOrganisation'
import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { SUBMISSION_STATUSES } from '../../src/submissions/statuses'
import { GROUPS } from '../groups'
import { bulkChange } from './endpoints/bulkChange'
import { exportCsv } from './endpoints/exportCsv'
import { exportProgress } from './endpoints/exportProgress'
import { exportXlsx } from './endpoints/exportXlsx'
import { personalData } from './endpoints/personalData'
import { requestActions } from './endpoints/actions'
import { requestTimeline } from './endpoints/timeline'
import { deleteBookings } from './hooks/deleteBookings'
import { deleteEmailRecords } from './hooks/deleteEmailRecords'
import { freePlace } from './hooks/freePlace'
import { notifyCitizen } from './hooks/notifyCitizen'
import { recordTimings } from './hooks/recordTimings'
import { setDomain } from './hooks/setDomain'
import { applyWorkflow } from './hooks/workflow'
import { legalSnapshotFields } from './legalSnapshotFields'
import { serverOnly } from './serverOwned'

const readOnlyAfterCreate = { update: () => false }
const entryAuthor = [
  { name: 'by', type: 'relationship' as const, relationTo: 'users' as const, label: 'Par' },
  { name: 'byName', type: 'text' as const, label: 'Auteur' },
]

/** A citizen's request: created only by the submission service, read by its organisation's agents. */
export const Submissions: CollectionConfig = {
  slug: 'submissions',
  labels: { singular: 'Demande', plural: 'Demandes' },
  defaultSort: '-createdAt',
  // Saved filters ("Filtres enregistrés"): each agent's own, see src/admin/queryPresets.ts (decision 0057).
  enableQueryPresets: true,
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'form', 'requesterName', 'status', 'assignee', 'dueDate', 'createdAt'],
    group: GROUPS.requests,
    listSearchableFields: ['reference', 'requesterName', 'requesterEmail'],
    components: {
      beforeListTable: [
        '/collections/Submissions/components/QuickFilters#QuickFilters',
        '/collections/Submissions/components/BulkActions#BulkActions',
        '/collections/Submissions/components/ExportLinks#ExportLinks',
        '/collections/Submissions/components/ListControlLabels#ListControlLabels',
      ],
    },
  },
  access: { read: adminOrOwnOrganisation, create: nobody, update: adminOrOwnOrganisation, delete: isAdmin },
  hooks: { beforeChange: [setDomain, applyWorkflow, recordTimings], afterChange: [notifyCitizen], beforeDelete: [deleteEmailRecords], afterDelete: [freePlace, deleteBookings] },
  // The agent list and the dashboard filter by organisation first (access rules): see decision 0012.
  // Durations sit last in their index so medians read the index alone, never the wide rows.
  indexes: [
    { fields: ['organisation', 'openDueDate'] },
    { fields: ['organisation', 'form'] },
    { fields: ['organisation', 'domain', 'status'] },
    { fields: ['domain', 'status'] },
    { fields: ['organisation', 'status', 'closedAt'] },
    { fields: ['status', 'closedAt'] },
    { fields: ['organisation', 'createdAt', 'firstResponseDays'] },
    { fields: ['organisation', 'createdAt', 'closureDays'] },
    { fields: ['createdAt', 'firstResponseDays'] },
    { fields: ['createdAt', 'closureDays'] },
  ],
  endpoints: [exportCsv, exportXlsx, exportProgress, personalData, requestActions, requestTimeline, bulkChange],
  fields: [
    { name: 'reference', access: readOnlyAfterCreate, type: 'text', label: 'Référence', required: true, unique: true, index: true, admin: { readOnly: true } },
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
    {
      name: 'sendKey',
      type: 'text',
      label: 'Clé d’envoi',
      unique: true,
      index: true,
      // One request per send (the page's one-time key, the form session): a repeat finds it (decision 0035).
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    { name: 'form', access: readOnlyAfterCreate, type: 'relationship', relationTo: 'forms', label: 'Formulaire', required: true, index: true, admin: { readOnly: true, components: { Field: '/collections/Submissions/components/ReadOnlyFact#ReadOnlyFact' } } },
    { name: 'organisation', access: readOnlyAfterCreate, type: 'relationship', relationTo: 'organisations', label: 'Organisation', required: true, index: true, admin: { readOnly: true, components: { Field: '/collections/Submissions/components/ReadOnlyFact#ReadOnlyFact' } } },
    { name: 'domain', access: readOnlyAfterCreate, type: 'relationship', relationTo: 'domains', label: 'Domaine', index: true, admin: { readOnly: true, components: { Field: '/collections/Submissions/components/ReadOnlyFact#ReadOnlyFact' } } },
    {
      name: 'status',
      type: 'select',
      label: 'Statut',
      required: true,
      defaultValue: 'recue',
      index: true,
      options: SUBMISSION_STATUSES.map(({ value, label }) => ({ value, label })),
      // On the request page: the status as a badge with the due date and one button per allowed decision.
      admin: { components: { Field: '/collections/Submissions/components/StatusPanel#StatusPanel' } },
    },
    { name: 'requesterName', access: readOnlyAfterCreate, type: 'text', label: 'Demandeur', index: true, admin: { readOnly: true } },
    { name: 'requesterEmail', access: readOnlyAfterCreate, type: 'email', label: 'Courriel du demandeur', admin: { readOnly: true } },
    // Lower-case copy of the address, set by the server: the RGPD export finds a person by it whatever the case typed.
    { name: 'requesterEmailKey', access: serverOnly, type: 'text', label: 'Courriel du demandeur (recherche)', index: true, admin: { hidden: true } },
    {
      name: 'formVersion',
      access: serverOnly,
      type: 'json',
      label: 'Version du formulaire',
      required: true,
      admin: { readOnly: true, hidden: true, description: 'Définition exacte du formulaire au moment de la demande.' },
    },
    {
      name: 'answers',
      access: readOnlyAfterCreate,
      type: 'json',
      label: 'Réponses',
      required: true,
      admin: { readOnly: true, components: { Field: '/collections/Submissions/components/AnswersView#AnswersView' } },
    },
    // Listed, previewed and downloadable in the answers above.
    { name: 'files', access: readOnlyAfterCreate, type: 'relationship', relationTo: 'submission-files', hasMany: true, label: 'Pièces jointes', admin: { readOnly: true, hidden: true } },
    {
      name: 'workspace',
      type: 'ui',
      label: 'Suivi de la demande',
      admin: { components: { Field: '/collections/Submissions/components/RequestTimeline#RequestTimeline' } },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      label: 'Agent chargé',
      index: true,
      admin: { position: 'sidebar', components: { Cell: '/collections/Submissions/components/AssigneeCell#AssigneeCell', Field: '/collections/Submissions/components/AssigneeField#AssigneeField' } },
      filterOptions: ({ data }): Where => ({ role: { equals: 'agent' }, organisation: { equals: data?.organisation } }),
    },
    // One-shot workflow inputs (REST, Local API); on the request page the action buttons fill them.
    { name: 'statusComment', type: 'textarea', label: 'Commentaire du changement de statut (visible par l’usager)', admin: { hidden: true } },
    { name: 'statusEmailBody', type: 'textarea', label: 'Texte du courriel de changement de statut', admin: { hidden: true } },
    { name: 'requestedPieces', type: 'textarea', label: 'Pièces demandées (une par ligne)', admin: { hidden: true } },
    { name: 'piecesDueBy', type: 'text', label: 'Pièces à transmettre avant le (AAAA-MM-JJ)', admin: { hidden: true } },
    { name: 'markComplete', type: 'checkbox', label: 'Marquer le dossier complet (lance le délai légal)', admin: { hidden: true } },
    ...legalSnapshotFields,
    { name: 'completeAt', access: serverOnly, type: 'date', label: 'Dossier complet le', admin: { readOnly: true, position: 'sidebar', components: { Field: '/collections/Submissions/components/ReadOnlyFact#ReadOnlyFact' } } },
    { name: 'completeByName', access: serverOnly, type: 'text', label: 'Dossier déclaré complet par', admin: { readOnly: true, hidden: true } },
    {
      name: 'dueDate',
      access: serverOnly,
      type: 'date',
      label: 'Réponse due le',
      index: true,
      // A day (stored at its UTC midnight); the list says how near or late it is.
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayOnly' }, components: { Cell: '/collections/Submissions/components/DueDateCell#DueDateCell', Field: '/collections/Submissions/components/ReadOnlyFact#ReadOnlyFact' } },
    },
    // Derived from the status, history and messages by recordTimings (never from a client value).
    { name: 'openDueDate', access: serverOnly, type: 'date', label: 'Échéance (demande ouverte)', index: true, admin: { readOnly: true, hidden: true, date: { pickerAppearance: 'dayOnly' } } },
    { name: 'firstResponseAt', access: serverOnly, type: 'date', label: 'Première réponse le', index: true, admin: { readOnly: true, position: 'sidebar', components: { Field: '/collections/Submissions/components/ReadOnlyFact#ReadOnlyFact' } } },
    { name: 'firstResponseDays', access: serverOnly, type: 'number', label: 'Délai de première réponse (jours)', admin: { readOnly: true, hidden: true } },
    { name: 'closedAt', access: serverOnly, type: 'date', label: 'Close le', index: true, admin: { readOnly: true, position: 'sidebar', components: { Field: '/collections/Submissions/components/ReadOnlyFact#ReadOnlyFact' } } },
    { name: 'closureDays', access: serverOnly, type: 'number', label: 'Durée de traitement (jours)', admin: { readOnly: true, hidden: true } },
    {
      name: 'reply',
      type: 'textarea',
      label: "Répondre à l'usager",
      admin: { hidden: true, description: "Le message est ajouté au suivi de la demande et envoyé par courriel à l'usager." },
    },
    {
      name: 'messages',
      access: serverOnly,
      type: 'array',
      label: 'Échanges avec l’usager',
      admin: { readOnly: true, hidden: true },
      fields: [
        { name: 'at', type: 'date', label: 'Date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'direction', type: 'select', label: 'Sens', options: [{ value: 'agent', label: 'Service → usager' }, { value: 'citizen', label: 'Usager → service' }] },
        ...entryAuthor,
        { name: 'text', type: 'textarea', label: 'Message' },
        { name: 'files', type: 'relationship', relationTo: 'submission-files', hasMany: true, label: 'Pièces jointes' },
      ],
    },
    { name: 'newNote', type: 'textarea', label: 'Ajouter une note interne', admin: { hidden: true, description: "Jamais montrée à l'usager." } },
    {
      name: 'notes',
      access: serverOnly,
      type: 'array',
      label: 'Notes internes',
      admin: { readOnly: true, hidden: true },
      fields: [{ name: 'at', type: 'date', label: 'Date' }, ...entryAuthor, { name: 'text', type: 'textarea', label: 'Note' }],
    },
    {
      name: 'history',
      access: serverOnly,
      type: 'array',
      label: 'Historique',
      admin: { readOnly: true, hidden: true },
      fields: [
        { name: 'at', type: 'date', label: 'Date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        ...entryAuthor,
        { name: 'from', type: 'text', label: 'De' },
        { name: 'to', type: 'text', label: 'À' },
        { name: 'comment', type: 'textarea', label: 'Commentaire' },
        { name: 'emailBody', type: 'textarea', label: 'Texte du courriel à l’usager' },
        { name: 'pieces', type: 'textarea', label: 'Pièces demandées (une par ligne)' },
        { name: 'piecesDueAt', type: 'date', label: 'Pièces à transmettre avant le' },
      ],
    },
  ],
}
