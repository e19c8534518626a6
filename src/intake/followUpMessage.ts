import { type Payload, ValidationError } from 'payload'

import { prepareFields } from '../forms/engine'
import { rawInputFromFormData } from '../forms/rawInput'
import type { StoredFileRef } from '../forms/types'
import { hasInvalidUtf8, stripControlCharacters } from '../lib/controlCharacters'
import { followUpLinks } from '../lib/followUpLinks'
import { publicUrl } from '../lib/publicUrl'
import { MESSAGE_MAX_LENGTH, replyFilesField, saveDraft } from '../submissions/citizenMessage'
import { findByFollowUpToken } from '../submissions/followUp'
import { sendRecorded } from '../submissions/sendRecorded'
import { type CitizenMessageOperation, UNREADABLE_CITIZEN_MESSAGE } from '../submissions/workflow'
import { admitPost, readPost, refusal } from './guard'

const redirect = (location: string) => new Response(null, { status: 303, headers: { Location: location } })

/**
 * POST /suivi/<token>/message — the citizen answers the service and adds documents, with no account:
 * the secret link is the key. The guard first (src/intake/guard.ts); files get the same checks
 * as a form's file field. A refused message is kept as a draft the page shows again. A request
 * waiting for the citizen goes back to "en cours".
 */
export async function handleFollowUpMessage(payload: Payload, token: string, request: Request): Promise<Response> {
  const page = followUpLinks.page(token)
  const back = { href: `${page}#repondre`, label: 'Revenir au suivi de ma demande' }
  const admitted = await admitPost(request, () => back)
  if (admitted.refused) return admitted.refused
  const submission = await findByFollowUpToken(payload, token)
  if (!submission) return refusal(404, 'Demande introuvable', "Ce lien de suivi ne correspond à aucune demande. Vérifiez l'adresse reçue par courriel.")
  const read = await readPost(request, () => back)
  if (read.refused) return read.refused
  const { data } = read

  const formId = typeof submission.form === 'object' ? submission.form.id : submission.form
  const organisationId = typeof submission.organisation === 'object' ? submission.organisation.id : submission.organisation
  const typed = String(data.get('message') ?? '')
  // Control characters go (tab and line breaks kept); text that was not valid UTF-8 is refused, never stored as U+FFFD.
  const text = stripControlCharacters(typed, { multiline: true }).trim()
  const keepDraft = async (errors: Record<string, string>) => {
    const draft = await saveDraft(payload, formId, { text: text.slice(0, MESSAGE_MAX_LENGTH * 2), errors })
    return redirect(`${page}?brouillon=${draft}#repondre`)
  }
  const errors: Record<string, string> = {}
  if (hasInvalidUtf8(typed)) errors.message = UNREADABLE_CITIZEN_MESSAGE
  else if (!text) errors.message = 'Écrivez votre message.'
  else if (text.length > MESSAGE_MAX_LENGTH) errors.message = `Votre message dépasse ${MESSAGE_MAX_LENGTH} caractères.`
  if (Object.keys(errors).length) return keepDraft(errors)

  // The same file rules and checks as a form's file field: its type's prepare pass.
  const uploaded = await prepareFields([replyFilesField], { payload, formData: data, input: rawInputFromFormData(data), organisationId, clientIp: admitted.ip })
  if (uploaded.errors.pieces) return keepDraft({ pieces: uploaded.errors.pieces })
  const files = ((uploaded.values.pieces as StoredFileRef[] | undefined) ?? []).map((f) => f.id)
  // The message is a workflow operation (decision 0019): the hook appends it, author "Usager".
  const citizenMessage: CitizenMessageOperation = { text, files }
  const refused = await payload
    .update({
      collection: 'submissions',
      id: submission.id,
      data: submission.status === 'attente_usager' ? { status: 'en_cours', statusComment: 'Réponse de l’usager reçue.' } : {},
      overrideAccess: true,
      context: { citizen: true, citizenMessage },
      depth: 0,
    })
    .then(
      () => null,
      (error: unknown) => {
        if (error instanceof ValidationError) return error.data.errors[0]?.message ?? 'Message refusé.'
        throw error
      },
    )
  if (refused) return keepDraft({ message: refused })
  const organisation = typeof submission.organisation === 'object' ? submission.organisation : null
  if (organisation?.email) {
    await sendRecorded(payload, { id: submission.id, organisation: organisation.id }, 'citizenMessage', {
      to: organisation.email,
      subject: `Message de l'usager — demande ${submission.reference}`,
      text: `L'usager a répondu au sujet de la demande ${submission.reference}${files.length ? ` et joint ${files.length} document(s)` : ''} :\n\n${text}\n\n${publicUrl()}/admin/collections/submissions/${submission.id}`,
    }).catch((err: unknown) => payload.logger.error({ err }, 'Service e-mail failed'))
  }
  return redirect(`${page}?message=envoye#echanges`)
}
