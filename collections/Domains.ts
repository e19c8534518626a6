import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isContentEditor } from '../src/access/isContentEditor'
import { internalOrHttpsLink } from '../src/fields/internalOrHttpsLink'
import { slugField } from '../src/fields/slug'
import { DOMAIN_ICON_OPTIONS } from '../src/site/domainIcons'
import { GROUPS } from './groups'

/** The seven domains of procedures (État civil … Emploi). */
export const Domains: CollectionConfig = {
  slug: 'domains',
  labels: { singular: 'Domaine', plural: 'Domaines' },
  defaultSort: 'order',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'order', 'slug'], group: GROUPS.procedures },
  access: { read: anyone, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  fields: [
    { name: 'title', type: 'text', label: 'Titre', required: true },
    slugField(),
    { name: 'description', type: 'textarea', label: 'Description courte', required: true, maxLength: 240 },
    { name: 'icon', type: 'select', label: 'Pictogramme', required: true, options: DOMAIN_ICON_OPTIONS },
    { name: 'order', type: 'number', label: "Ordre d'affichage", required: true, defaultValue: 10, index: true },
    {
      // A page of the site that is not a procedure (the PLU map for Urbanisme), shown under the
      // domain's procedures (decision 0067). Procedures keep their own links rules.
      name: 'seeAlso',
      type: 'array',
      label: 'Voir aussi',
      labels: { singular: 'Lien', plural: 'Liens' },
      maxRows: 4,
      admin: { description: 'Pages utiles du thème qui ne sont pas des démarches, par exemple /urbanisme/plu.' },
      fields: [
        { name: 'label', type: 'text', label: 'Libellé', required: true, maxLength: 120 },
        { name: 'href', type: 'text', label: 'Lien', required: true, validate: internalOrHttpsLink },
      ],
    },
  ],
}
