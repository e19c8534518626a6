import type { CollectionAfterChangeHook } from 'payload'

import { fillTemplate } from '../../../src/forms/summary'
import { followUpLinks } from '../../../src/lib/followUpLinks'
import { statusLabel } from '../../../src/submissions/statuses'

type Entry = { direction?: string; text?: string }

/**
 * After an agent's change is stored: the status e-mail (templates in the "Courriels de suivi"
 * global) and the agent's reply are sent to the citizen with the follow-up link. Failures are
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
  const version = full.formVersion as { title?: string }
  const lastComment = statusChanged ? ((full.history ?? []).at(-1)?.comment ?? '') : ''
  const values = {
    reference: full.reference,
    formulaire: version?.title ?? '',
    statut: statusLabel(full.status),
    commentaire: lastComment,
    lien: followUpLinks.url(full.followUpToken),
  }
  const jobs: Array<Promise<unknown>> = []
  if (statusChanged) {
    const templates = (await req.payload.findGlobal({ slug: 'status-emails', depth: 0, req })) as unknown as Record<string, { enabled?: boolean; subject?: string; body?: string } | undefined>
    const template = templates[full.status]
    if (template?.enabled !== false) {
      jobs.push(
        req.payload.sendEmail({
          to,
          subject: fillTemplate(template?.subject || 'Votre demande {{reference}} : {{statut}}', values),
          text: fillTemplate(template?.body || 'Votre demande {{reference}} est maintenant : {{statut}}.\n{{commentaire}}\n\n{{lien}}', values),
        }),
      )
    }
  }
  for (const reply of newReplies) {
    jobs.push(
      req.payload.sendEmail({
        to,
        subject: `Réponse à votre demande ${full.reference}`,
        text: `Bonjour,\n\nLe service vous a répondu au sujet de votre demande « ${values.formulaire} » (${full.reference}) :\n\n${reply.text}\n\nRépondre ou suivre votre demande : ${values.lien}`,
      }),
    )
  }
  for (const result of await Promise.allSettled(jobs)) {
    if (result.status === 'rejected') req.payload.logger.error({ err: result.reason, reference: full.reference }, 'Citizen e-mail failed')
  }
  return doc
}
