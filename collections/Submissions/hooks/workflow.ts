import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { dueDate } from '../../../src/submissions/delays'
import { transitionProblem } from '../../../src/submissions/workflow'

type Entry = Record<string, unknown>

const authorOf = (user: { id?: number | string; name?: string | null; email?: string } | null | undefined) =>
  user ? { by: user.id, byName: user.name || user.email || 'Agent' } : { by: null, byName: 'Usager' }

/**
 * The request's workflow, enforced on the server whatever the client: allowed status changes only,
 * each change kept in the history (who, when, from, to, comment); "dossier complet" starts the
 * legal delay; an agent's reply becomes a message for the citizen; internal notes stay internal.
 * The one-shot inputs (statusComment, reply, newNote, markComplete) are consumed and cleared.
 */
export const applyWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const now = new Date().toISOString()
  const author = req.context?.citizen ? authorOf(null) : authorOf(req.user as never)
  const next = { ...data }

  const from = String(originalDoc.status)
  const to = String(next.status ?? from)
  if (to !== from) {
    const problem = transitionProblem(from, to)
    if (problem) throw new ValidationError({ collection: 'submissions', errors: [{ path: 'status', message: problem }] })
    next.history = [
      ...((originalDoc.history as Entry[]) ?? []),
      { at: now, ...author, from, to, comment: (next.statusComment as string)?.trim() || null },
    ]
  }
  next.statusComment = null

  if (next.markComplete && !originalDoc.completeAt) {
    next.completeAt = now
    next.dueDate = dueDate(new Date(now), Number(originalDoc.responseDelayDays ?? 60)).toISOString()
  }
  next.markComplete = false

  const reply = typeof next.reply === 'string' ? next.reply.trim() : ''
  if (reply) {
    next.messages = [...((originalDoc.messages as Entry[]) ?? []), { at: now, direction: 'agent', ...author, text: reply }]
  }
  next.reply = null

  const note = typeof next.newNote === 'string' ? next.newNote.trim() : ''
  if (note) next.notes = [...((originalDoc.notes as Entry[]) ?? []), { at: now, ...author, text: note }]
  next.newNote = null

  if (next.assignee && next.assignee !== originalDoc.assignee) {
    const assigneeId = typeof next.assignee === 'object' ? (next.assignee as { id: number }).id : next.assignee
    const assignee = await req.payload.findByID({ collection: 'users', id: assigneeId as number, depth: 0, overrideAccess: true, req })
    const orgOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: unknown }).id : v)
    if (assignee?.role !== 'agent' || orgOf(assignee.organisation) !== orgOf(originalDoc.organisation)) {
      throw new ValidationError({
        collection: 'submissions',
        errors: [{ path: 'assignee', message: "La demande ne peut être attribuée qu'à un agent de l'organisation destinataire." }],
      })
    }
  }
  return next
}
