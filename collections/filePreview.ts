import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Endpoint } from 'payload'

import { inlinePreviewHeaders, PREVIEW_TYPES } from '../src/security/inlinePreviewHeaders'

/**
 * GET /api/submission-files/:id/apercu — a citizen's PDF or image shown in the browser (the file
 * route always downloads), for the staff allowed to read it: the collection's own read rule decides
 * (404 otherwise, as for a file that does not exist).
 */
export const filePreview = (staticDir: string): Endpoint => ({
  path: '/:id/apercu',
  method: 'get',
  handler: async (req) => {
    const notFound = () => Response.json({ errors: [{ message: 'Pièce jointe introuvable.' }] }, { status: 404 })
    if (!req.user) return notFound()
    const file = await req.payload
      .findByID({ collection: 'submission-files', id: String(req.routeParams?.id ?? ''), depth: 0, overrideAccess: false, user: req.user, req })
      .catch(() => null)
    if (!file?.filename || !PREVIEW_TYPES.includes(file.mimeType as (typeof PREVIEW_TYPES)[number])) return notFound()
    const bytes = await readFile(path.join(staticDir, path.basename(file.filename))).catch(() => null)
    if (!bytes) return notFound()
    return new Response(new Uint8Array(bytes), { headers: inlinePreviewHeaders(file.mimeType!, file.originalName || file.filename) })
  },
})
