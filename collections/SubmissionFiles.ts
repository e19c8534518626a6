import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { adminOrOwnOrganisation } from '../src/access/adminOrOwnOrganisation'
import { isAdmin } from '../src/access/isAdmin'
import { nobody } from '../src/access/nobody'
import { uploadsDir } from '../src/lib/uploadsDir'
import { privateDownloadHeaders } from '../src/security/fileResponseHeaders'
import { filePreview } from './filePreview'
import { GROUPS } from './groups'

const staticDir = path.join(uploadsDir(), 'private', 'submission-files')

/**
 * Files attached by citizens. Private: stored outside public/, listed and downloaded only through
 * Payload's access-checked routes, by admins and the agents of the receiving organisation.
 * Created only by the form engine after content checks (magic bytes, image re-encoding).
 */
export const SubmissionFiles: CollectionConfig = {
  slug: 'submission-files',
  labels: { singular: 'Pièce jointe', plural: 'Pièces jointes' },
  admin: { group: GROUPS.requests, useAsTitle: 'originalName', hidden: ({ user }) => user?.role !== 'admin' },
  access: { read: adminOrOwnOrganisation, create: nobody, update: nobody, delete: isAdmin },
  upload: {
    staticDir,
    mimeTypes: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'],
    // Always a download (attachment, nosniff, sandbox): a citizen's file never runs on our origin.
    modifyResponseHeaders: privateDownloadHeaders,
  },
  endpoints: [filePreview(staticDir)],
  fields: [
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', required: true, index: true },
    { name: 'fieldName', type: 'text', label: 'Champ' },
    { name: 'originalName', type: 'text', label: "Nom d'origine du fichier" },
  ],
}
