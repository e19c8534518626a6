import type { CollectionAfterChangeHook } from 'payload'

import { fillTemplate } from '../../../src/forms/summary'
import { dateNumericFr } from '../../../src/lib/dateTimeNumericFr'
import { followUpLinks } from '../../../src/lib/followUpLinks'
import { sendRecorded } from '../../../src/submissions/sendRecorded'
import { statusLabel } from '../../../src/submissions/statuses'

type Entry = { direction?: string; text?: string }
type HistoryEntry = { comment?: string | null; emailBody?: string | null; pieces?: string | null; piecesDueAt?: string | null }

/** What a request for a complement adds to its e-mail: the pieces, one per line, and the deadline. */
export function piecesParagraph(entry: HistoryEntry): string {
  if (!entry.pieces) return ''
  const list = entry.pieces.split('\n').map((p) => `- ${p}`).join('\n')
  return `\n\nPièces ou informations à transmettre :\n${list}\nÀ transmettre avant le ${dateNumericFr(entry.piecesDueAt)}, depuis votre page de suivi.`
}

/** The pieces go just before the paragraph that carries the follow-up link, where the citizen sends them. */
function withPieces(text: string, entry: HistoryEntry, link: string): string {
  const lines = text.split('\n')
  const at = lines.findIndex((line) => line.includes(link))
  const before = lines.slice(0, at).join('\n').trimEnd()
  return `${before}${piecesParagraph(entry)}\n\n${lines.slice(at).join('\n')}`
}

/**
 * After an agent's change is stored: the status e-mail (templates in the "Courriels de suivi"
 * global, or the text the agent edited from it on the request page) and the agent's reply are sent
 * to the citizen with the follow-up link, and recorded for the request's timeline. Failures are
 * logged: the change itself is already saved.
 */
export const notifyCitizen: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || req.context?.citizen) return doc
  const statusChanged = previousDoc?.status !== doc.status
  const messages = (doc.messages ?? []) as Entry[]
  const newReplies = messages.slice(((previousDoc?.messages as Entry[]) ?? []).length).filter((m) => m.direction === 'agent')
  if (!statusChanged && !newReplies.length) return doc
  const full = await req.payload.findByID({ collection: 'submissions', id: doc.id, depth: 0, overrideAccess: true, showHiddenFields: true, req })
  const to = full.requesterEmail
  if (!to) return doc
  const about = { id: full.id, organisation: full.organisation as number }
  const version = full.formVersion as { title?: string }
  const change = (statusChanged ? (full.history ?? []).at(-1) : null) as HistoryEntry | null | undefined
  const values = {
    reference: full.reference,
    formulaire: version?.title ?? '',
    statut: statusLabel(full.status),
    commentaire: change?.comment ?? '',
    lien: followUpLinks.url(full.followUpToken),
  }
  const jobs: Array<Promise<unknown>> = []
  if (statusChanged) {
    const templates = (await req.payload.findGlobal({ slug: 'status-emails', depth: 0, req })) as unknown as Record<string, { enabled?: boolean; subject?: string; body?: string } | undefined>
    const template = templates[full.status]
    if (template?.enabled !== false) {
      let text = fillTemplate(change?.emailBody || template?.body || 'Votre demande {{reference}} est maintenant : {{statut}}.\n{{commentaire}}\n\n{{lien}}', values)
      // The link is the server's to add: an agent's text that lost it gets it back.
      if (!text.includes(values.lien)) text += `\n\nSuivre votre demande : ${values.lien}`
      if (change?.pieces) text = withPieces(text, change, values.lien)
      jobs.push(sendRecorded(req.payload, about, 'status', { to, subject: fillTemplate(template?.subject || 'Votre demande {{reference}} : {{statut}}', values).replace(/[\r\n]+/g, ' '), text }, req))
    }
  }
  for (const reply of newReplies) {
    jobs.push(
      sendRecorded(
        req.payload,
        about,
        'reply',
        {
          to,
          subject: `Réponse à votre demande ${full.reference}`,
          text: `Bonjour,\n\nLe service vous a répondu au sujet de votre demande « ${values.formulaire} » (${full.reference}) :\n\n${reply.text}\n\nRépondre ou suivre votre demande : ${values.lien}`,
        },
        req,
      ),
    )
  }
  for (const result of await Promise.allSettled(jobs)) {
    if (result.status === 'rejected') req.payload.logger.error({ err: result.reason, reference: full.reference }, 'Citizen e-mail failed')
  }
  return doc
}
