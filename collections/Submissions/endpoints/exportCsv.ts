import type { Endpoint, Where } from 'payload'

import { displayAnswer, type FormDefinition } from '../../../src/forms/engine'
import { loadPublishedForm } from '../../../src/forms/loadForm'
import type { BaseFieldConfig } from '../../../src/forms/types'
import { hasRole } from '../../../src/access/roles'
import { CSV_BOM, csvRow } from '../../../src/submissions/csv'
import { statusLabel } from '../../../src/submissions/statuses'

const PAGE = 500
const dateFr = (iso?: string | null) => (iso ? new Date(iso).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' }) : '')

/**
 * GET /api/submissions/export.csv?where[...] — the requests the user may read (same access rules
 * as the list), streamed page by page so 100 000 rows never sit in memory. With a form filter
 * (?form=<slug>) there is one column per field of that form; answers are shown as agents read
 * them, through each field type's display.
 */
export const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'agent')) return Response.json({ errors: [{ message: 'Vous n’êtes pas autorisé à exporter les demandes.' }] }, { status: 403 })
    const formSlug = typeof req.query?.form === 'string' ? req.query.form : null
    const form = formSlug ? await loadPublishedForm(req.payload, formSlug) : null
    const fields: BaseFieldConfig[] = form ? form.definition.steps.flatMap((s) => s.fields).filter((f) => f.name && f.blockType !== 'heading') : []
    const filters: Where[] = []
    if (req.query?.where && typeof req.query.where === 'object') filters.push(req.query.where as Where)
    if (form) filters.push({ form: { equals: form.id } })
    const where: Where = filters.length ? { and: filters } : {}
    const header = ['Référence', 'Déposée le', 'Statut', 'Demandeur', 'Courriel', 'Agent chargé', 'Réponse due le', ...fields.map((f) => String(f.label ?? f.name))]
    const encoder = new TextEncoder()
    let page = 1
    let done = false
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(header)))
      },
      async pull(controller) {
        if (done) return controller.close()
        const result = await req.payload.find({
          collection: 'submissions',
          where,
          sort: 'id',
          page,
          limit: PAGE,
          depth: 1,
          overrideAccess: false,
          user: req.user,
        })
        let chunk = ''
        for (const doc of result.docs) {
          const version = doc.formVersion as unknown as FormDefinition | undefined
          const versionFields = new Map((version?.steps ?? []).flatMap((s) => s.fields).map((f) => [f.name, f]))
          const answers = (doc.answers ?? {}) as Record<string, unknown>
          chunk += csvRow([
            doc.reference,
            dateFr(doc.createdAt),
            statusLabel(doc.status),
            doc.requesterName,
            doc.requesterEmail,
            typeof doc.assignee === 'object' ? doc.assignee?.name : '',
            doc.dueDate ? new Date(doc.dueDate).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' }) : '',
            ...fields.map((f) => displayAnswer(versionFields.get(f.name) ?? f, answers[f.name!]).join(' / ')),
          ])
        }
        controller.enqueue(encoder.encode(chunk))
        done = !result.hasNextPage
        page += 1
      },
    })
    const name = `demandes${formSlug ? `-${formSlug}` : ''}-${new Date().toISOString().slice(0, 10)}.csv`
    return new Response(stream, {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' },
    })
  },
}
