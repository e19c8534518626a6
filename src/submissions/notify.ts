import type { Payload } from 'payload'

import type { PublishedForm } from '../forms/loadForm'
import { publicUrl } from '../lib/publicUrl'
import { answersAsText, type AnswerLine, fillTemplate } from '../forms/summary'

export { publicUrl }

export const followUpUrl = (token: string) => `${publicUrl()}/suivi/${token}`

/**
 * Acknowledgement to the citizen (reference, answers, follow-up link) and notification to the
 * service. Called after the request is stored: a mail failure is logged, never loses the request.
 */
export async function notifySubmission(
  payload: Payload,
  args: { form: PublishedForm; reference: string; token: string; lines: AnswerLine[]; requesterEmail: string | null; organisationEmail: string | null },
): Promise<void> {
  const { form, reference, token, lines, requesterEmail } = args
  const values: Record<string, string> = { reference, formulaire: form.title }
  // Every field of the form is a known token: one hidden by a condition (no answer line) reads
  // as nothing, never as raw "{{…}}" in the citizen's mail.
  for (const step of form.definition.steps) for (const field of step.fields) if (field.name) values[field.name] = ''
  for (const line of lines) values[line.name] = line.lines.join(', ')
  const summary = answersAsText(lines)
  const jobs: Array<Promise<unknown>> = []
  if (requesterEmail) {
    const subject = fillTemplate(form.emails?.citizenSubject || 'Votre demande {{reference}} a bien été reçue', values)
    const intro = fillTemplate(form.emails?.citizenBody || 'Bonjour,\n\nNous avons bien reçu votre demande « {{formulaire}} ».', values)
    jobs.push(
      payload.sendEmail({
        to: requesterEmail,
        subject,
        text:
          `${intro}\n\nRéférence : ${reference}\n` +
          `Suivre votre demande (lien personnel, ne le transmettez pas) : ${followUpUrl(token)}\n\n` +
          `Récapitulatif de vos réponses :\n${summary}\n\n` +
          `Ce message est envoyé automatiquement, merci de ne pas y répondre.`,
      }),
    )
  }
  const serviceTo = form.emails?.serviceEmail || args.organisationEmail
  if (serviceTo) {
    jobs.push(
      payload.sendEmail({
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
