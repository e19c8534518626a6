import type { Payload, TypedUser } from 'payload'

import { statusLabel, SUBMISSION_STATUSES } from './statuses'

type Id = number | string

/** What an agent asks of several requests at once: a new status, a new assignee, or both. */
export interface BulkChange {
  ids: Id[]
  status?: string
  assignee?: Id
  comment?: string
}

export interface BulkReport {
  changed: Array<{ id: Id; reference: string }>
  refused: Array<{ id: Id; reference: string | null; reason: string }>
}

/** At most one page of the list (Payload's largest page size). */
export const BULK_LIMIT = 100

const NOT_VISIBLE = 'Demande introuvable, ou adressée à une autre organisation.'
const UNKNOWN_AGENT = 'Agent inconnu.'

/** The request's body → a change, or the French reason it cannot be one (a 400). */
export function readBulkChange(body: unknown): BulkChange | string {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const isId = (v: unknown): v is Id => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^[\w-]{1,64}$/.test(v))
  if (!Array.isArray(b.ids) || !b.ids.length || !b.ids.every(isId)) return 'Sélectionnez au moins une demande.'
  if (b.ids.length > BULK_LIMIT) return `Sélectionnez au plus ${BULK_LIMIT} demandes à la fois.`
  const status = b.status === undefined || b.status === '' ? undefined : b.status
  if (status !== undefined && !SUBMISSION_STATUSES.some((s) => s.value === status)) return 'Statut inconnu.'
  const assignee = b.assignee === undefined || b.assignee === '' ? undefined : b.assignee
  if (assignee !== undefined && !isId(assignee)) return UNKNOWN_AGENT
  if (status === undefined && assignee === undefined) return 'Choisissez un nouveau statut ou un agent.'
  const comment = typeof b.comment === 'string' ? b.comment.slice(0, 5000) : undefined
  return { ids: [...new Set(b.ids as Id[])], status: status as string | undefined, assignee: assignee as Id | undefined, comment }
}

/** The first French message of a refused update (the workflow hook's, or access). */
function reasonOf(error: unknown): string {
  const e = error as { name?: string; status?: number; message?: string; data?: { errors?: Array<{ message?: string }> } }
  const field = e?.data?.errors?.find((x) => x.message)?.message
  if (field) return field
  if (e?.status === 403 || e?.status === 404 || e?.name === 'Forbidden' || e?.name === 'NotFound') return NOT_VISIBLE
  return 'La demande n’a pas pu être modifiée.'
}

/**
 * Applies one change to several requests, each through the ordinary update with the agent's own
 * rights: the workflow hook refuses a forbidden transition or a foreign assignee exactly as for
 * one request. Each request stands alone (one refused does not stop the others); the report
 * says which changed and which were refused, and why. Decision 0057.
 */
export async function applyBulkChange(payload: Payload, user: TypedUser, change: BulkChange): Promise<BulkReport> {
  const asUser = { overrideAccess: false, user } as const
  const visible = await payload.find({
    collection: 'submissions',
    where: { id: { in: change.ids } },
    select: { reference: true, status: true },
    depth: 0,
    limit: 0,
    pagination: false,
    ...asUser,
  })
  const byId = new Map(visible.docs.map((d) => [String(d.id), d]))
  const report: BulkReport = { changed: [], refused: [] }
  // The id as the database types it (a form posts "5"; SQLite ids are numbers): the workflow then
  // judges the person, and an unknown id is refused as such.
  let assignee: Id | undefined
  if (change.assignee !== undefined) {
    const found = await payload.find({ collection: 'users', where: { id: { equals: change.assignee } }, depth: 0, limit: 1, select: { role: true }, overrideAccess: true })
    if (!found.docs[0]) {
      for (const id of change.ids) report.refused.push({ id, reference: byId.get(String(id))?.reference ?? null, reason: UNKNOWN_AGENT })
      return report
    }
    assignee = found.docs[0].id
  }
  for (const id of change.ids) {
    const doc = byId.get(String(id))
    if (!doc) {
      report.refused.push({ id, reference: null, reason: NOT_VISIBLE })
      continue
    }
    if (change.status && change.status === doc.status && assignee === undefined) {
      report.refused.push({ id: doc.id, reference: doc.reference, reason: `Elle est déjà « ${statusLabel(doc.status)} ».` })
      continue
    }
    const data: Record<string, unknown> = {}
    if (change.status && change.status !== doc.status) {
      data.status = change.status
      if (change.comment?.trim()) data.statusComment = change.comment
    }
    if (assignee !== undefined) data.assignee = assignee
    try {
      await payload.update({ collection: 'submissions', id: doc.id, data, depth: 0, ...asUser })
      report.changed.push({ id: doc.id, reference: doc.reference })
    } catch (error) {
      report.refused.push({ id: doc.id, reference: doc.reference, reason: reasonOf(error) })
    }
  }
  return report
}
