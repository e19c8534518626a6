import type { Payload, PayloadRequest } from 'payload'

import { emailKindLabel } from './emailKinds'
import { statusLabel } from './statuses'

type Id = number | string
type Row = Record<string, unknown>

export interface TimelineFile {
  id: Id
  name: string
  mimeType: string
  size: number
  url: string
}

/** One line of a request's story, as the agent's page and its print view show it. */
export interface TimelineEntry {
  at: string
  kind: 'received' | 'status' | 'complete' | 'message' | 'note' | 'email'
  /** A person's name ("Usager" for the citizen), never an id. */
  who: string
  title: string
  text?: string
  /** Status change: labels, not raw values. */
  from?: string
  to?: string
  toStatus?: string
  pieces?: string[]
  piecesDueAt?: string
  direction?: 'agent' | 'citizen'
  files?: TimelineFile[]
  emailTo?: string
  failed?: boolean
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '')
const idOf = (value: unknown): Id => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id))

/**
 * A request's whole story in one list, oldest first: its receipt, status changes (with the reason,
 * the missing pieces and their deadline), "dossier complet", messages both ways (with their files),
 * internal notes and the e-mails sent about it (to whom, subject — never their body). Read with the
 * user's own rights: e-mail records and files follow the request's access rule.
 */
export async function loadTimeline(payload: Payload, request: Row, user: PayloadRequest['user'], req?: PayloadRequest): Promise<TimelineEntry[]> {
  const messages = (request.messages as Row[] | undefined) ?? []
  const fileIds = [...new Set(messages.flatMap((m) => ((m.files as unknown[]) ?? []).map(idOf)))]
  const [emails, files] = await Promise.all([
    payload.find({ collection: 'submission-emails', where: { submission: { equals: request.id } }, sort: 'createdAt', depth: 0, limit: 0, pagination: false, overrideAccess: false, user, req }),
    fileIds.length
      ? payload.find({ collection: 'submission-files', where: { id: { in: fileIds } }, depth: 0, limit: 0, pagination: false, overrideAccess: false, user, req })
      : Promise.resolve({ docs: [] }),
  ])
  const fileById = new Map(files.docs.map((f) => [String(f.id), toTimelineFile(f as unknown as Row)]))

  const entries: TimelineEntry[] = [{ at: str(request.createdAt), kind: 'received', who: str(request.requesterName) || 'Usager', title: 'Demande déposée' }]
  for (const h of (request.history as Row[] | undefined) ?? []) {
    entries.push({
      at: str(h.at),
      kind: 'status',
      who: str(h.byName) || 'Agent',
      title: `${statusLabel(str(h.from))} → ${statusLabel(str(h.to))}`,
      from: statusLabel(str(h.from)),
      to: statusLabel(str(h.to)),
      toStatus: str(h.to),
      text: str(h.comment) || undefined,
      pieces: str(h.pieces) ? str(h.pieces).split('\n') : undefined,
      piecesDueAt: str(h.piecesDueAt) || undefined,
    })
  }
  if (request.completeAt) {
    entries.push({ at: str(request.completeAt), kind: 'complete', who: str(request.completeByName) || 'Agent', title: 'Dossier déclaré complet : le délai légal court' })
  }
  for (const m of messages) {
    const citizen = m.direction === 'citizen'
    entries.push({
      at: str(m.at),
      kind: 'message',
      who: citizen ? 'Usager' : str(m.byName) || 'Agent',
      title: citizen ? 'Message de l’usager' : 'Réponse à l’usager',
      direction: citizen ? 'citizen' : 'agent',
      text: str(m.text),
      files: ((m.files as unknown[]) ?? []).map((f) => fileById.get(String(idOf(f)))).filter((f): f is TimelineFile => Boolean(f)),
    })
  }
  for (const n of (request.notes as Row[] | undefined) ?? []) {
    entries.push({ at: str(n.at), kind: 'note', who: str(n.byName) || 'Agent', title: 'Note interne', text: str(n.text) })
  }
  for (const e of emails.docs as unknown as Row[]) {
    entries.push({
      at: str(e.createdAt),
      kind: 'email',
      who: 'Portail (envoi automatique)',
      title: `Courriel envoyé — ${emailKindLabel(str(e.kind))}`,
      text: str(e.subject),
      emailTo: str(e.to),
      failed: e.failed === true,
    })
  }
  // Oldest first; at the same instant the event comes before the e-mail it caused.
  const order: Record<TimelineEntry['kind'], number> = { received: 0, status: 1, complete: 2, note: 3, message: 4, email: 5 }
  return entries.filter((e) => e.at).sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || order[a.kind] - order[b.kind])
}

export function toTimelineFile(f: Row): TimelineFile {
  return {
    id: f.id as Id,
    name: str(f.originalName) || str(f.filename),
    mimeType: str(f.mimeType),
    size: Number(f.filesize ?? 0),
    url: str(f.url),
  }
}
