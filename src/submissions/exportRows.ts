import type { PayloadRequest, Where } from 'payload'

import { displayAnswer, type FormDefinition, getFieldType } from '../forms/engine'
import { loadPublishedForm } from '../forms/loadForm'
import type { BaseFieldConfig } from '../forms/types'
import { stripControlCharacters } from '../lib/controlCharacters'
import { statusLabel } from './statuses'

const PAGE = 500

export interface ExportPlan {
  /** Used in the file name. */
  formSlug: string | null
  header: string[]
  where: Where
  /** The form's fields, one column each (none without a form filter). */
  fields: BaseFieldConfig[]
}

/** What an export holds: the list's filters, and with ?form=<slug> one column per field of that form. */
export async function planExport(req: PayloadRequest): Promise<ExportPlan> {
  const formSlug = typeof req.query?.form === 'string' ? req.query.form : null
  const form = formSlug ? await loadPublishedForm(req.payload, formSlug) : null
  const fields = form ? formColumns(form.definition) : []
  const filters: Where[] = []
  if (req.query?.where && typeof req.query.where === 'object') filters.push(req.query.where as Where)
  if (form) filters.push({ form: { equals: form.id } })
  return {
    formSlug: form ? formSlug : null,
    header: ['Référence', 'Déposée le', 'Statut', 'Demandeur', 'Courriel', 'Agent chargé', 'Réponse due le', ...fields.map((f) => exportText(String(f.label ?? f.name)))],
    where: filters.length ? { and: filters } : {},
    fields,
  }
}

/**
 * A cell as the export writes it: no control or bidi character, whatever was stored (a NUL cut
 * XLSX cells short; decision 0024), and no lone surrogate, which neither XML nor UTF-8 can carry.
 */
export const exportText = (value: string): string => stripControlCharacters(value, { multiline: true }).replace(/\p{Cs}/gu, '\uFFFD')

const exportCell = (value: unknown): unknown => (typeof value === 'string' ? exportText(value) : value)

const formColumns = (definition: FormDefinition) => definition.steps.flatMap((s) => s.fields).filter((f) => f.name && getFieldType(f.blockType).kind === 'input')

/**
 * The rows of an export, page by page (so 100 000 requests never sit in memory), read with the
 * user's access rules. Dates stay Date objects: each format writes them its own way.
 */
export async function* exportRows(req: PayloadRequest, plan: ExportPlan): AsyncGenerator<unknown[][]> {
  const { fields } = plan
  for (let page = 1; ; page += 1) {
    const result = await req.payload.find({
      collection: 'submissions',
      where: plan.where,
      sort: 'id',
      page,
      limit: PAGE,
      depth: 1,
      overrideAccess: false,
      user: req.user,
    })
    yield result.docs.map((doc) => {
      const version = doc.formVersion as unknown as FormDefinition | undefined
      const versionFields = new Map((version?.steps ?? []).flatMap((s) => s.fields).map((f) => [f.name, f]))
      const answers = (doc.answers ?? {}) as Record<string, unknown>
      const row: unknown[] = [
        doc.reference,
        new Date(doc.createdAt),
        statusLabel(doc.status),
        doc.requesterName ?? '',
        doc.requesterEmail ?? '',
        typeof doc.assignee === 'object' ? (doc.assignee?.name ?? '') : '',
        doc.dueDate ? new Date(doc.dueDate) : null,
        ...fields.map((f) => displayAnswer(versionFields.get(f.name) ?? f, answers[f.name!]).join(' / ')),
      ]
      return row.map(exportCell)
    })
    if (!result.hasNextPage) return
  }
}

export const exportFileName = (plan: ExportPlan, extension: string) =>
  `demandes${plan.formSlug ? `-${plan.formSlug}` : ''}-${new Date().toISOString().slice(0, 10)}.${extension}`
