import type { Payload } from 'payload'

import { getFieldType } from '../forms/engine'
import type { PublishedForm } from '../forms/loadForm'
import { followUpLinks } from '../lib/followUpLinks'
import { publicUrl } from '../lib/publicUrl'
import { answersAsText, type AnswerLine, fillTemplate } from '../forms/summary'
import { orderTicketsPdf } from '../ticketing/orderTicketsPdf'
import { formatEuros } from '../booking/resourceRules'
import type { Organisation, Submission } from '../payload-types'
import { receiptInputOf } from './receiptInput'
import { mentionsAsText, receiptMentions } from './receiptMentions'
import { receiptPdfOf } from './receiptPdf'
import { type EmailAbout, sendRecorded } from './sendRecorded'



/**
 * Answers that cannot carry text of the sender's choosing: the only ones an acknowledgement may
 * repeat, since it goes to an address nobody has verified (decision 0027: no open relay).
 */

/** Free-text tokens are replaced by nothing: tidy the space left before punctuation. */
const tidy = (text: string) => text.replace(/[ \t]+([,.])/g, '$1').replace(/[ \t]{2,}/g, ' ')

// Built once: an Intl.DateTimeFormat costs far more to build than to use (bench/submit's profile).
const receivedAtFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' })
const receivedAt = (date: Date) => receivedAtFormat.format(date)
const timeFr = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short', timeZone: 'Europe/Paris' })

/**
 * Acknowledgement to the citizen and notification to the service. The acknowledgement carries the
 * reference, the follow-up link and the mentions of receipt — never the free text typed in the
 * form, so nobody can make the town's server mail their text to a third party. The service's
 * notification (to the town's own address) has every answer. Called after the request is stored:
 * a mail failure is logged, never loses the request.
 */
export async function notifySubmission(
  payload: Payload,
  args: {
    form: PublishedForm
    reference: string
    token: string
    lines: AnswerLine[]
    requesterEmail: string | null
    organisationEmail: string | null
    organisationName?: string | null
    /** The stored request: its receipt's mentions and récépissé PDF come from its snapshot (decision 0049) */
    submission?: Submission
    organisation?: Organisation | null
    /** What is left to pay online, and until when the order's places wait for it */
    toPay?: { amountCents: number; before: Date } | null
  },
): Promise<void> {
  const { form, reference, token, lines, requesterEmail } = args
  const values: Record<string, string> = { reference, formulaire: form.title }
  // Every field of the form is a known token: one hidden by a condition (no answer line), or whose
  // answer is free text, reads as nothing — never as raw "{{…}}" in the citizen's mail.
  const closed = new Set<string>()
  for (const step of form.definition.steps) {
    for (const field of step.fields) {
      if (!field.name) continue
      values[field.name] = ''
      if (getFieldType(field.blockType).closedValue) closed.add(field.name)
    }
  }
  for (const line of lines) if (closed.has(line.name)) values[line.name] = line.lines.join(', ')
  const summary = answersAsText(lines)
  // The stored request when the caller has it: its e-mails are recorded without looking it up again.
  const about: EmailAbout = args.submission ? { id: args.submission.id, organisation: args.submission.organisation } : { reference }
  const jobs: Array<Promise<unknown>> = []
  const logged = (message: string) => (error: unknown) => {
    payload.logger.error({ err: error, reference }, message)
    return null
  }
  if (requesterEmail) {
    // A ticket order's PDF goes with its acknowledgement: the citizen has the tickets without the link.
    const tickets = await orderTicketsPdf(payload, reference).catch((error: unknown) => {
      payload.logger.error({ err: error, reference }, 'Tickets PDF of an acknowledgement failed')
      return null
    })
    const subject = tidy(fillTemplate(form.emails?.citizenSubject || 'Votre demande {{reference}} a bien été reçue', values)).replace(/[\r\n]+/g, ' ')
    const intro = tidy(fillTemplate(form.emails?.citizenBody || 'Bonjour,\n\nNous avons bien reçu votre demande « {{formulaire}} ».', values))
    // The receipt's legal mentions (CRPA R112-5) in the text and as a PDF; a failure of either never loses the mail.
    const input = args.submission ? await receiptInputOf(payload, args.submission, args.organisation).catch(logged('Receipt of an acknowledgement failed')) : null
    const mentions = input
      ? mentionsAsText(receiptMentions(input))
      : `Référence : ${reference}\nReçue le : ${receivedAt(new Date())}\nService destinataire : ${args.organisationName ?? 'la mairie'}`
    const receiptPdf = input ? await receiptPdfOf(payload, input).catch(logged('Récépissé PDF of an acknowledgement failed')) : null
    const attachments = [
      ...(receiptPdf ? [{ filename: `recepisse-${reference}.pdf`, content: Buffer.from(receiptPdf), contentType: 'application/pdf' }] : []),
      ...(tickets ? [{ filename: `billets-${reference}.pdf`, content: Buffer.from(tickets), contentType: 'application/pdf' }] : []),
    ]
    jobs.push(
      sendRecorded(payload, about, 'acknowledgement', {
        to: requesterEmail,
        subject,
        text:
          `${intro}\n\n${mentions}\n\n` +
          (args.toPay
            ? `Montant à régler en ligne : ${formatEuros(args.toPay.amountCents)}, depuis le lien de suivi ci-dessous (carte bancaire ou prélèvement, par PayFiP). ` +
              `Sans paiement avant ${timeFr.format(args.toPay.before)}, les places ou le créneau réservés sont remis à disposition.\n`
            : '') +
          (tickets ? 'Vos billets sont joints à ce message (PDF, un QR code par billet) ; vous pouvez aussi les télécharger depuis le suivi.\n' : '') +
          (receiptPdf ? 'Votre récépissé est joint à ce message (PDF) ; vous pouvez aussi le télécharger depuis le suivi.\n' : '') +
          `Suivre votre demande et relire vos réponses (lien personnel, ne le transmettez pas) : ${followUpLinks.url(token)}\n\n` +
          `Ce message est envoyé automatiquement, merci de ne pas y répondre. ` +
          `Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : aucune suite ne vous sera demandée.`,
        attachments: attachments.length ? attachments : undefined,
      }),
    )
  }
  const serviceTo = form.emails?.serviceEmail || args.organisationEmail
  if (serviceTo) {
    jobs.push(
      sendRecorded(payload, about, 'service', {
        to: serviceTo,
        subject: `Nouvelle demande ${reference} — ${form.title}`,
        text: `Une nouvelle demande a été déposée.\n\nRéférence : ${reference}\nFormulaire : ${form.title}\n\n${summary}\n\nTraiter la demande : ${publicUrl()}/admin/collections/submissions`,
      }),
    )
  }
  const results = await Promise.allSettled(jobs)
  for (const result of results) {
    if (result.status === 'rejected') payload.logger.error({ err: result.reason, reference }, 'E-mail of a submission failed')
  }
}
