import type { CollectionConfig } from 'payload'

import { isContentEditor } from '../../src/access/isContentEditor'
import { publishedOrAuthenticated } from '../../src/access/publishedOrAuthenticated'
import { searchTextField } from '../../src/fields/searchText'
import { slugField } from '../../src/fields/slug'
import { lexicalToPlainText } from '../../src/lib/lexicalText'
import { GROUPS } from '../groups'
import { servicePublicFields, servicePublicNoticeField } from './fields/servicePublic'
import { servicePublicReview } from './hooks/servicePublicReview'

const SERVICE_PUBLIC_CODE = /^[FNR]\d{1,6}$/

/** A démarche: the page explaining one procedure, its documents and its online form. */
export const Procedures: CollectionConfig = {
  slug: 'procedures',
  labels: { singular: 'Démarche', plural: 'Démarches' },
  defaultSort: 'title',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'domain', 'organisation', '_status', 'servicePublicNeedsReview', 'updatedAt'],
    group: GROUPS.procedures,
    listSearchableFields: ['title', 'summary'],
    components: { beforeListTable: ['/collections/Procedures/components/ReviewQuickFilter#ReviewQuickFilter'] },
  },
  hooks: { beforeChange: [servicePublicReview] },
  versions: { drafts: true, maxPerDoc: 25 },
  access: {
    read: publishedOrAuthenticated,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
  fields: [
    servicePublicNoticeField,
    { name: 'title', type: 'text', label: 'Titre', required: true },
    slugField(),
    {
      name: 'domain',
      type: 'relationship',
      relationTo: 'domains',
      label: 'Domaine',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: 'Organisation responsable',
      required: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'summary',
      type: 'textarea',
      label: 'Résumé',
      required: true,
      maxLength: 300,
      admin: { description: 'Une ou deux phrases, affichées dans les listes et les résultats de recherche.' },
    },
    { name: 'body', type: 'richText', label: 'Présentation' },
    {
      name: 'sections',
      type: 'group',
      label: 'Informations pratiques',
      fields: [
        { name: 'whoCanApply', type: 'textarea', label: 'Qui peut faire la demande ?' },
        {
          name: 'requiredDocuments',
          type: 'array',
          label: 'Pièces à fournir',
          labels: { singular: 'Pièce', plural: 'Pièces' },
          fields: [{ name: 'item', type: 'text', label: 'Pièce', required: true }],
        },
        { name: 'cost', type: 'text', label: 'Coût' },
        { name: 'delay', type: 'text', label: 'Délai' },
        { name: 'whereToApply', type: 'textarea', label: "Où s'adresser ?" },
      ],
    },
    {
      name: 'documents',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: 'Imprimés associés',
    },
    {
      name: 'form',
      type: 'relationship',
      relationTo: 'forms',
      label: 'Formulaire en ligne',
      admin: { position: 'sidebar', description: 'Affiche « Faire la démarche en ligne » vers ce formulaire.' },
    },
    {
      name: 'servicePublicCode',
      type: 'text',
      label: 'Fiche service-public.fr',
      admin: { position: 'sidebar', description: 'Code de la fiche, par exemple F1427.' },
      validate: (value: string | null | undefined) =>
        !value || SERVICE_PUBLIC_CODE.test(value) ? true : 'Saisissez un code de fiche comme F1427, N359 ou R1406.',
    },
    ...servicePublicFields,
    {
      name: 'onlineService',
      type: 'group',
      label: 'Téléservice externe',
      admin: {
        description:
          "Si la démarche se fait en ligne sur un autre site (ANTS, service-public.fr…), son adresse. Le formulaire du portail, quand il existe, est prioritaire.",
      },
      fields: [
        { name: 'label', type: 'text', label: 'Nom du téléservice' },
        {
          name: 'url',
          type: 'text',
          label: 'Adresse',
          validate: (value: string | null | undefined) =>
            !value || /^https:\/\/[^\s]+$/.test(value) ? true : 'Saisissez une adresse qui commence par https://',
        },
      ],
    },
    {
      name: 'keywords',
      type: 'text',
      label: 'Mots-clés de recherche',
      admin: { description: 'Synonymes que les usagers tapent, séparés par des virgules (ex. : extrait, copie intégrale).' },
    },
    searchTextField((d) => [
      d.title as string,
      d.summary as string,
      d.keywords as string,
      lexicalToPlainText(d.body),
    ]),
  ],
}
