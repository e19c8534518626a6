import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isContentEditor } from '../../src/access/isContentEditor'
import { searchTextField } from '../../src/fields/searchText'
import { slugField } from '../../src/fields/slug'
import { uploadsDir } from '../../src/lib/uploadsDir'
import { GROUPS } from '../groups'
import { requireRealPdf } from './hooks/requireRealPdf'

/** Imprimés: printable PDF forms and notices that citizens download. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: 'Imprimé', plural: 'Imprimés' },
  defaultSort: 'title',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'domain', 'filesize', 'updatedAt'], group: GROUPS.media },
  access: { read: anyone, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  hooks: { beforeOperation: [requireRealPdf] },
  upload: {
    staticDir: path.join(uploadsDir(), 'documents'),
    mimeTypes: ['application/pdf'],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titre', required: true },
    slugField(),
    { name: 'description', type: 'textarea', label: 'Description', maxLength: 400 },
    { name: 'domain', type: 'relationship', relationTo: 'domains', label: 'Domaine', index: true },
    {
      name: 'pageCount',
      type: 'number',
      label: 'Nombre de pages',
      admin: { readOnly: true, position: 'sidebar' },
    },
    searchTextField((d) => [d.title as string, d.description as string]),
  ],
}
