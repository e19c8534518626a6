import type { Payload } from 'payload'

import { fileIdsIn } from './fileIds'
import { closedAt, closureDays, median, type RequestRow } from './stats'
import { CLOSED_STATUSES } from './workflow'

const MONTH = 30.44 * 86_400_000

export interface PurgeReport {
  deleted: number
  files: number
  byForm: Array<{ form: string; deleted: number }>
}

/**
 * RGPD: deletes closed requests (and their files) older than their form's retention period,
 * counted from the closing date, keeping anonymous statistics (form, month, final status, count,
 * median duration) and an audit-log entry. Open requests are never deleted.
 */
export async function purgeExpiredRequests(payload: Payload, now = new Date()): Promise<PurgeReport> {
  const report: PurgeReport = { deleted: 0, files: 0, byForm: [] }
  const forms = await payload.find({ collection: 'forms', limit: 1000, depth: 0, select: { title: true, retentionMonths: true, organisation: true }, overrideAccess: true, draft: true })
  for (const form of forms.docs) {
    const months = form.retentionMonths ?? 24
    const limit = new Date(now.getTime() - months * MONTH).toISOString()
    const candidates = await payload.find({
      collection: 'submissions',
      where: { and: [{ form: { equals: form.id } }, { status: { in: CLOSED_STATUSES } }, { updatedAt: { less_than: limit } }] },
      pagination: false,
      limit: 0,
      depth: 0,
      overrideAccess: true,
    })
    const expired = candidates.docs.filter((d) => {
      const closed = closedAt(d as unknown as RequestRow)
      return closed !== null ? closed < limit : d.updatedAt < limit
    })
    if (!expired.length) continue
    const groups = new Map<string, { month: string; status: string; rows: RequestRow[] }>()
    for (const doc of expired) {
      const month = doc.createdAt.slice(0, 7)
      const key = `${month}|${doc.status}`
      const group = groups.get(key) ?? { month, status: doc.status, rows: [] }
      group.rows.push(doc as unknown as RequestRow)
      groups.set(key, group)
    }
    const organisation = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
    for (const group of groups.values()) {
      await payload.create({
        collection: 'request-stats',
        data: {
          organisation,
          formTitle: form.title,
          month: group.month,
          status: group.status,
          count: group.rows.length,
          medianDays: median(group.rows.map(closureDays).filter((v): v is number => v !== null)),
        },
        overrideAccess: true,
      })
    }
    for (const doc of expired) {
      const fileIds = [
        ...((doc.files ?? []) as Array<number | { id: number }>),
        ...((doc.messages ?? []).flatMap((m) => (m.files ?? []) as Array<number | { id: number }>)),
      ].map((f) => (typeof f === 'object' ? f.id : f))
      if (fileIds.length) {
        const removed = await payload.delete({ collection: 'submission-files', where: { id: { in: fileIds } }, overrideAccess: true })
        report.files += removed.docs.length
      }
      // By query, not by id: the same hooks, and a plain delete on MongoDB (no findOneAndDelete).
      const removed = await payload.delete({ collection: 'submissions', where: { id: { equals: doc.id } }, overrideAccess: true })
      if (removed.errors.length) throw new Error(`request ${doc.id} could not be deleted: ${removed.errors[0].message}`)
      report.deleted += 1
    }
    report.byForm.push({ form: form.title, deleted: expired.length })
  }
  if (report.deleted) {
    await payload.create({
      collection: 'audit-log',
      data: {
        action: 'purge',
        summary: `${report.deleted} demande(s) et ${report.files} fichier(s) supprimés après leur durée de conservation`,
        details: report as unknown as Record<string, unknown>,
      },
      overrideAccess: true,
    })
  }
  return report
}

/** Files of no request and of no live form session are deleted once this old (the post that stored them has long ended). */
export const ORPHAN_FILE_MAX_AGE_MS = 3600_000

const idOf = (ref: unknown) => String(typeof ref === 'object' && ref !== null ? (ref as { id: unknown }).id : ref)

/**
 * Forms started and never sent, and files nobody kept: expired sessions are deleted, then every
 * file older than an hour that no request and no live form session refers to (uploads of refused
 * or abandoned posts, junk sent to fill the disk). Run every hour (src/jobs), so such a file lives
 * about two hours at most. Decision 0021.
 */
export async function purgeAbandonedUploads(payload: Payload, now = new Date()): Promise<{ sessions: number; files: number }> {
  const sessions = await payload.delete({
    collection: 'form-sessions',
    where: { expiresAt: { less_than: now.toISOString() } },
    overrideAccess: true,
  })
  const old = await payload.find({
    collection: 'submission-files',
    where: { createdAt: { less_than: new Date(now.getTime() - ORPHAN_FILE_MAX_AGE_MS).toISOString() } },
    pagination: false,
    limit: 0,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
  })
  if (!old.docs.length) return { sessions: sessions.docs.length, files: 0 }

  // Files a citizen is still filling in a form with (answers of live sessions).
  const kept = new Set<string>()
  for (let page = 1; ; page += 1) {
    const live = await payload.find({
      collection: 'form-sessions',
      where: { expiresAt: { greater_than_equal: now.toISOString() } },
      select: { answers: true, shown: true },
      limit: 200,
      page,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of live.docs) {
      for (const id of [...fileIdsIn(doc.answers), ...fileIdsIn(doc.shown)]) kept.add(String(id))
    }
    if (!live.hasNextPage) break
  }
  // Files of requests (answers and messages), asked for by batches of candidates.
  const candidates = old.docs.map((file) => file.id).filter((id) => !kept.has(String(id)))
  for (let i = 0; i < candidates.length; i += 100) {
    const batch = candidates.slice(i, i + 100)
    const used = await payload.find({
      collection: 'submissions',
      where: { or: [{ files: { in: batch } }, { 'messages.files': { in: batch } }] },
      select: { files: true, messages: true },
      pagination: false,
      limit: 0,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of used.docs) {
      for (const ref of doc.files ?? []) kept.add(idOf(ref))
      for (const message of doc.messages ?? []) for (const ref of message.files ?? []) kept.add(idOf(ref))
    }
  }
  const orphans = candidates.filter((id) => !kept.has(String(id)))
  if (!orphans.length) return { sessions: sessions.docs.length, files: 0 }
  const removed = await payload.delete({ collection: 'submission-files', where: { id: { in: orphans } }, overrideAccess: true })
  if (removed.errors.length) throw new Error(`files could not be deleted: ${removed.errors.map((e) => e.message).join('; ')}`)
  return { sessions: sessions.docs.length, files: removed.docs.length }
}
