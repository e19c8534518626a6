import path from 'node:path'

import { readFile } from 'node:fs/promises'

import { fileTypeFromBuffer } from 'file-type'
import { type CollectionBeforeOperationHook, type CollectionConfig, ValidationError } from 'payload'

import { anyone } from '../src/access/anyone'
import { isContentEditor } from '../src/access/isContentEditor'
import { uploadsDir } from '../src/lib/uploadsDir'
import { publicImageHeaders } from '../src/security/fileResponseHeaders'
import { GROUPS } from './groups'

const RASTER_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif']

/**
 * Only raster images, judged by their bytes (never by name or declared type): an SVG is a document
 * that can run script on the portal's origin, so it is refused with a French message (decision 0020).
 */
const requireRasterImage: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const data = file.data?.length ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : Buffer.alloc(0)
  const detected = await fileTypeFromBuffer(data).catch(() => undefined)
  if (!detected || !RASTER_TYPES.includes(detected.mime)) {
    const svg = /\.svgz?$/i.test(file.name) || /svg/i.test(file.mimetype ?? '') || /<svg[\s>]/i.test(data.subarray(0, 4096).toString('latin1'))
    throw new ValidationError({
      collection: 'media',
      errors: [
        {
          path: 'file',
          message: svg
            ? `Les images SVG ne sont pas acceptées (« ${file.name} ») : déposez l'image au format PNG, JPEG, WebP ou GIF.`
            : `Le fichier « ${file.name} » n'est pas une image PNG, JPEG, WebP ou GIF.`,
        },
      ],
    })
  }
  return args
}

/** Public images of the site (logo, illustrations). Alternative text is compulsory (RGAA 1.1). */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  admin: { group: GROUPS.media, useAsTitle: 'alt' },
  access: { read: anyone, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  hooks: { beforeOperation: [requireRasterImage] },
  upload: {
    staticDir: path.join(uploadsDir(), 'media'),
    mimeTypes: RASTER_TYPES,
    // nosniff always; anything stored before SVG was refused is a sandboxed download.
    modifyResponseHeaders: publicImageHeaders,
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
