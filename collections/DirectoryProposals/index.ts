import type { CollectionConfig } from 'payload'

import { ASSOCIATION_CATEGORIES, BUSINESS_SECTORS } from '../../src/directory/categories'
import { locationField } from '../../src/directory/entryFields'
import { isContentEditor } from '../../src/access/isContentEditor'
import { nobody } from '../../src/access/nobody'
import { PROPOSAL_DECISIONS } from '../../src/directory/proposalDecisions'
import { GROUPS } from '../groups'
import { applyDecision } from './hooks/applyDecision'
import { notifyRequester } from './hooks/notifyRequester'

/** Categories and sectors share a few codes ("sante", "autre"): each code once. */
const CATEGORY_OR_SECTOR = [...ASSOCIATION_CATEGORIES, ...BUSINESS_SECTORS]
  .filter((option, index, all) => all.findIndex((o) => o.value === option.value) === index)
  .map((o) => ({ value: o.value, label: o.label }))

/**
 * Moderation queue of the directories: one proposal per citizen request made with a form whose
 * "Annuaire" setting is set. Staff correct it if needed, then set the decision and save: approving
 * creates or updates the published entry, and the requester is told by e-mail
 * (docs/decisions/0010-directory-moderation.md).
 */
export const DirectoryProposals: CollectionConfig = {
  slug: 'directory-proposals',
  labels: { singular: "Proposition pour l'annuaire", plural: "Propositions pour l'annuaire" },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'decision', 'requesterEmail', 'createdAt'],
    group: GROUPS.directories,
    description: 'Demandes de référencement ou de mise à jour envoyées par les usagers. Choisissez une décision puis enregistrez.',
  },
  access: { read: isContentEditor, create: nobody, update: isContentEditor, delete: isContentEditor },
  hooks: { beforeChange: [applyDecision], afterChange: [notifyRequester] },
  fields: [
    {
      name: 'decision',
      type: 'select',
      label: 'Décision',
      options: [...PROPOSAL_DECISIONS],
      defaultValue: 'pending',
      required: true,
      index: true,
      admin: { position: 'sidebar', description: '« Approuver » publie la fiche et prévient le demandeur par courriel.' },
    },
    {
      name: 'rejectionReason',
      type: 'textarea',
      label: 'Motif du refus (envoyé au demandeur)',
      admin: { position: 'sidebar', condition: (data) => data?.decision === 'rejected' },
    },
    {
      name: 'kind',
      type: 'select',
      label: 'Annuaire',
      required: true,
      options: [
        { value: 'associations', label: 'Associations' },
        { value: 'businesses', label: 'Entreprises' },
      ],
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'entry',
      type: 'relationship',
      relationTo: ['associations', 'businesses'],
      label: 'Fiche mise à jour par cette demande',
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: "Déterminée à l'arrivée de la demande (lien « Mettre à jour cette fiche », sinon même SIRET, sinon même nom). Vide : l'approbation crée une nouvelle fiche.",
      },
    },
    {
      name: 'requesterWarning',
      type: 'text',
      label: 'Vérification du demandeur',
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.requesterWarning) },
    },
    { name: 'decidedAt', type: 'date', label: 'Traitée le', admin: { position: 'sidebar', readOnly: true } },
    { name: 'reference', type: 'text', label: 'Référence de la demande', admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'requesterName', type: 'text', label: 'Demandeur', admin: { readOnly: true } },
        { name: 'requesterEmail', type: 'email', label: 'Courriel du demandeur', admin: { readOnly: true } },
      ],
    },
    { name: 'name', type: 'text', label: 'Nom', required: true },
    {
      name: 'category',
      type: 'select',
      label: "Catégorie (associations) ou secteur d'activité (entreprises)",
      required: true,
      options: CATEGORY_OR_SECTOR,
    },
    { name: 'siret', type: 'text', label: 'Numéro SIRET' },
    { name: 'description', type: 'textarea', label: 'Présentation' },
    {
      name: 'contact',
      type: 'group',
      label: 'Contact public',
      fields: [
        { name: 'email', type: 'text', label: 'Courriel' },
        { name: 'phone', type: 'text', label: 'Téléphone' },
        { name: 'website', type: 'text', label: 'Site web' },
      ],
    },
    {
      name: 'address',
      type: 'group',
      label: 'Adresse',
      fields: [
        { name: 'street', type: 'text', label: 'Numéro et voie' },
        { name: 'postcode', type: 'text', label: 'Code postal' },
        { name: 'commune', type: 'text', label: 'Commune' },
      ],
    },
    {
      ...locationField(),
      admin: {
        description:
          "Longitude puis latitude (ex. : -2.7333 et 47.6872), à renseigner avant d'approuver pour que la fiche apparaisse sur la carte. Vide : une fiche existante garde sa position, une nouvelle fiche n'apparaît pas sur la carte.",
      },
    },
    { name: 'openingHours', type: 'textarea', label: "Horaires d'ouverture (entreprises)" },
    {
      name: 'meetings',
      type: 'textarea',
      label: 'Lieux et horaires de rencontre (associations)',
      admin: { description: 'Une ligne par rendez-vous : « Lieu : jours et heures ».' },
    },
  ],
}
