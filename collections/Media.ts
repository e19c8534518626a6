import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isContentEditor } from '../src/access/isContentEditor'
import { uploadsDir } from '../src/lib/uploadsDir'
import { GROUPS } from './groups'

/** Public images of the site (logo, illustrations). Alternative text is compulsory (RGAA 1.1). */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  admin: { group: GROUPS.media, useAsTitle: 'alt' },
  access: { read: anyone, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  upload: {
    staticDir: path.join(uploadsDir(), 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, withoutEnlargement: true },
      { name: 'card', width: 768, withoutEnlargement: true },
      { name: 'hero', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Texte alternatif',
      required: true,
      admin: { description: "Décrivez l'image pour les personnes qui ne la voient pas. Pour un logo : le nom affiché." },
    },
    { name: 'credit', type: 'text', label: 'Crédit' },
  ],
}
