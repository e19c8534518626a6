import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'
import { relationship } from 'payload/shared'

import { fieldBlocks } from '../../blocks/fields'
import { isAdminField } from '../../src/access/isAdmin'
import { isContentEditor } from '../../src/access/isContentEditor'
import { hasRole } from '../../src/access/roles'
import { staffOrServerField } from '../../src/access/staffOrServerField'
import { publishedOrAuthenticated } from '../../src/access/publishedOrAuthenticated'
import { slugField } from '../../src/fields/slug'
import { GROUPS } from '../groups'
import { checkFieldNames } from './hooks/checkFieldNames'
import { legalDelayFields } from './legalDelayFields'
import { paymentFields } from './paymentFields'

/**
 * Routing (organisation, service e-mail, e-mail templates, directory fed) and retention decide who receives a
 * citizen's data and for how long: set by admins only. Internal settings are read by staff and by
 * the server, never by an anonymous API caller. Decision 0020.
 */
const adminOnly = { read: staffOrServerField, create: isAdminField, update: isAdminField }
const internal = { read: staffOrServerField }
const ADMIN_ONLY_NOTE = 'Réservé aux administrateurs.'

/** A CMS-defined form: steps of field blocks, conditions, e-mails, opening rules and delays. */
export const Forms: CollectionConfig = {
  slug: 'forms',
  labels: { singular: 'Formulaire', plural: 'Formulaires' },
  defaultSort: 'title',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'organisation', '_status', 'updatedAt'], group: GROUPS.procedures },
  versions: { drafts: true, maxPerDoc: 50 },
  access: { read: publishedOrAuthenticated, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  hooks: {
    beforeValidate: [checkFieldNames],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titre', required: true },
    slugField(),
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: 'Organisation destinataire',
      required: true,
      access: adminOnly,
      // Staff who may not set it save a draft (drafts skip validation); an admin routes it before publication.
      validate: ((value, options) =>
        !value && !hasRole(options.req.user as { role?: string | null } | null, 'admin')
          ? 'L’organisation destinataire est choisie par un administrateur : enregistrez un brouillon et demandez-lui de la renseigner avant la publication.'
          : relationship(value, options)) satisfies RelationshipFieldSingleValidation,
      admin: { position: 'sidebar', description: `Ses agents reçoivent et traitent les demandes. ${ADMIN_ONLY_NOTE}` },
    },
    { name: 'intro', type: 'textarea', label: 'Introduction', admin: { description: 'Affichée au début de la première étape.' } },
    {
      name: 'steps',
      type: 'array',
      label: 'Étapes',
      labels: { singular: 'Étape', plural: 'Étapes' },
      minRows: 1,
      required: true,
      fields: [
        { name: 'title', type: 'text', label: "Titre de l'étape", required: true },
        {
          name: 'fields',
          type: 'blocks',
          label: 'Champs',
          labels: { singular: 'Champ', plural: 'Champs' },
          blocks: fieldBlocks,
          minRows: 1,
          required: true,
        },
      ],
    },
    {
      name: 'confirmationText',
      type: 'textarea',
      label: 'Message de confirmation',
      defaultValue: 'Votre demande a bien été envoyée. Vous recevrez une réponse par courriel.',
    },
    paymentFields,
    {
      name: 'emails',
      type: 'group',
      label: 'Courriels',
      access: adminOnly,
      admin: { description: `Destinataire et textes des courriels (ils citent les réponses de l'usager). ${ADMIN_ONLY_NOTE}` },
      fields: [
        { name: 'serviceEmail', type: 'email', label: 'Adresse du service (notification)', admin: { description: "Vide : l'adresse de l'organisation." } },
        { name: 'citizenSubject', type: 'text', label: "Objet de l'accusé de réception", defaultValue: 'Votre demande {{reference}} a bien été reçue' },
        {
          name: 'citizenBody',
          type: 'textarea',
          label: "Texte de l'accusé de réception",
          defaultValue: 'Bonjour,\n\nNous avons bien reçu votre demande « {{formulaire}} ».',
          admin: { description: 'Jetons : {{reference}}, {{formulaire}}, et {{nom_technique}} de chaque champ.' },
        },
      ],
    },
    {
      name: 'availability',
      type: 'group',
      label: 'Ouverture',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'opensAt', type: 'date', label: 'Ouvert à partir du', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'closesAt', type: 'date', label: "Fermé à partir du", admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'maxSubmissions', type: 'number', label: 'Nombre maximum de demandes', min: 1, access: internal },
      ],
    },
    ...legalDelayFields(internal),
    {
      name: 'directory',
      type: 'select',
      label: 'Annuaire alimenté',
      // Routing too: each request then becomes a proposal that communication staff read.
      access: adminOnly,
      options: [
        { value: 'associations', label: 'Associations' },
        { value: 'businesses', label: 'Entreprises' },
      ],
      admin: {
        position: 'sidebar',
        description: `Chaque demande crée aussi une proposition à valider dans Annuaires › Propositions (noms techniques des champs : denomination, categorie ou secteur, adresse… voir le README). ${ADMIN_ONLY_NOTE}`,
      },
    },
    {
      name: 'retentionMonths',
      type: 'number',
      label: 'Durée de conservation (mois)',
      defaultValue: 24,
      min: 1,
      access: adminOnly,
      admin: { position: 'sidebar', description: `RGPD : les demandes closes sont supprimées après ce délai. ${ADMIN_ONLY_NOTE}` },
    },
  ],
}
