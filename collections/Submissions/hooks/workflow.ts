import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { hasInvalidUtf8, stripControlCharacters } from '../../../src/lib/controlCharacters'
import { BAD_PIECES_DATE, defaultPiecesDueDay, NO_PIECES, NO_REFUSAL_REASON, piecesDueDay, piecesOf } from '../../../src/submissions/complement'
import { legalDueDate } from '../../../src/submissions/delays'
import { legalDelayOf } from '../../../src/submissions/implicitDecision'
import { emailKey } from '../../../src/submissions/requester'
import {
  type CitizenMessageOperation,
  FOREIGN_MESSAGE_FILES,
  transitionProblem,
  UNREADABLE_CITIZEN_MESSAGE,
  UNREADABLE_TEXT,
} from '../../../src/submissions/workflow'
import { IMMUTABLE_FIELDS, SERVER_OWNED_FIELDS } from '../serverOwned'

type Entry = Record<string, unknown>
type Id = number | string

const authorOf = (user: { id?: Id; name?: string | null; email?: string } | null | undefined) =>
  user ? { by: user.id, byName: user.name || user.email || 'Agent' } : { by: null, byName: 'Usager' }

const idOf = (value: unknown): string => String(value && typeof value === 'object' ? (value as { id: unknown }).id : value)

const refuse = (path: string, message: string) => new ValidationError({ collection: 'submissions', errors: [{ path, message }] })

/** Long text typed by a person: control characters dropped (tab and line breaks kept), invalid UTF-8 refused. */
function cleanText(value: unknown, path: string, unreadable = UNREADABLE_TEXT): string {
  if (typeof value !== 'string') return ''
  if (hasInvalidUtf8(value)) throw refuse(path, unreadable)
  return stripControlCharacters(value, { multiline: true }).trim()
}

/**
 * Files of a citizen's message: stored for this request's organisation and referenced by no request
 * yet (this one included), i.e. uploaded for this very message. Anything else is refused whole.
 */
async function messageFiles(req: PayloadRequest, originalDoc: Entry, files: Id[]): Promise<Id[]> {
  const ids = [...new Map(files.map((id) => [String(id), id])).values()]
  if (!ids.length) return []
  const found = await req.payload.find({
    collection: 'submission-files',
    where: { id: { in: ids } },
    select: { organisation: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const organisation = idOf(originalDoc.organisation)
  if (found.docs.length !== ids.length || found.docs.some((f) => idOf(f.organisation) !== organisation)) throw refuse('messages', FOREIGN_MESSAGE_FILES)
  const used = await req.payload.count({
    collection: 'submissions',
    where: { or: [{ files: { in: ids } }, { 'messages.files': { in: ids } }] },
    overrideAccess: true,
    req,
  })
  if (used.totalDocs > 0) throw refuse('messages', FOREIGN_MESSAGE_FILES)
  return ids
}

/**
 * The request's workflow, enforced on the server whatever the client: allowed status changes only,
 * each change kept in the history (who, when, from, to, comment); a refusal carries its reason
 * (CRPA L211-2), a request for a complement its missing pieces and a future deadline (CRPA L114-5),
 * both kept in the history entry with the e-mail text the agent wrote; "dossier complet" starts the
 * legal delay; an agent's reply becomes a message for the citizen; internal notes stay internal;
 * the citizen's message comes only from `req.context.citizenMessage`.
 * Every server-owned or immutable field starts from the stored value (decision 0019): a value sent
 * by a client, or by a Local API call with overrideAccess, is ignored. The one-shot inputs
 * (statusComment, statusEmailBody, requestedPieces, piecesDueBy, reply, newNote, markComplete) are
 * consumed and cleared.
 */
/** The missing pieces (one per line) and the date to send them by, required to wait for the citizen. */
function complement(next: Entry): Entry {
  const pieces = piecesOf(cleanText(next.requestedPieces, 'requestedPieces'))
  if (!pieces.length) throw refuse('requestedPieces', NO_PIECES)
  const dueAt = piecesDueDay(next.piecesDueBy || defaultPiecesDueDay())
  if (!dueAt) throw refuse('piecesDueBy', BAD_PIECES_DATE)
  return { pieces: pieces.join('\n'), piecesDueAt: dueAt }
}

export const applyWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'create') return { ...data, requesterEmailKey: emailKey(data.requesterEmail) }
  if (operation !== 'update' || !originalDoc) return data
  const now = new Date().toISOString()
  const citizenMessage = req.context?.citizenMessage as CitizenMessageOperation | undefined
  const author = req.context?.citizen || citizenMessage ? authorOf(null) : authorOf(req.user as never)
  const next: Entry = { ...data }
  for (const field of [...SERVER_OWNED_FIELDS, ...IMMUTABLE_FIELDS]) {
    if (field in originalDoc) next[field] = originalDoc[field]
    else delete next[field]
  }
  next.requesterEmailKey = emailKey(originalDoc.requesterEmail)

  const from = String(originalDoc.status)
  const to = String(next.status ?? from)
  const comment = cleanText(next.statusComment, 'statusComment')
  if (to !== from) {
    const problem = transitionProblem(from, to)
    if (problem) throw refuse('status', problem)
    if (to === 'refusee' && !comment) throw refuse('statusComment', NO_REFUSAL_REASON)
    const emailBody = cleanText(next.statusEmailBody, 'statusEmailBody')
    next.history = [
      ...((originalDoc.history as Entry[]) ?? []),
      { at: now, ...author, from, to, comment: comment || null, emailBody: emailBody || null, ...(to === 'attente_usager' ? complement(next) : {}) },
    ]
  }
  next.statusComment = null
  next.statusEmailBody = null
  next.requestedPieces = null
  next.piecesDueBy = null

  if (next.markComplete && !originalDoc.completeAt) {
    next.completeAt = now
    next.completeByName = author.byName
    next.dueDate = legalDueDate(new Date(now), legalDelayOf(originalDoc)).toISOString()
  }
  next.markComplete = false

  const messages = [...((originalDoc.messages as Entry[]) ?? [])]
  const reply = cleanText(next.reply, 'reply')
  if (reply) messages.push({ at: now, direction: 'agent', ...author, text: reply, files: [] })
  next.reply = null
  if (citizenMessage) {
    const text = cleanText(citizenMessage.text, 'messages', UNREADABLE_CITIZEN_MESSAGE)
    if (!text) throw refuse('messages', 'Écrivez votre message.')
    const files = await messageFiles(req, originalDoc, citizenMessage.files ?? [])
    messages.push({ at: now, direction: 'citizen', ...authorOf(null), text, files })
  }
  if (messages.length !== ((originalDoc.messages as Entry[]) ?? []).length) next.messages = messages

  const note = cleanText(next.newNote, 'newNote')
  if (note) next.notes = [...((originalDoc.notes as Entry[]) ?? []), { at: now, ...author, text: note }]
  next.newNote = null

  if (next.assignee && idOf(next.assignee) !== idOf(originalDoc.assignee)) {
    const assigneeId = (typeof next.assignee === 'object' ? (next.assignee as { id: Id }).id : next.assignee) as Id
    const assignee = await req.payload.findByID({ collection: 'users', id: assigneeId, depth: 0, overrideAccess: true, req }).catch(() => null)
    if (assignee?.role !== 'agent' || idOf(assignee.organisation) !== idOf(originalDoc.organisation)) {
      throw refuse('assignee', "La demande ne peut être attribuée qu'à un agent de l'organisation destinataire.")
    }
  }
  return next
}
