import { type Payload, ValidationError } from 'payload'

import { allowPost, antiAbuseSettings, clientIp, HONEYPOT_NAME } from '../forms/antiAbuse'
import { hasInvalidUtf8, stripControlCharacters } from '../lib/controlCharacters'
import { readLimitedFormData, RequestTooLargeError } from '../forms/limitedFormData'
import { newSecureToken, SECURE_TOKEN_PATTERN } from '../lib/secureToken'
import { prepareFields } from '../forms/engine'
import { rawInputFromFormData } from '../forms/rawInput'
import type { BaseFieldConfig, StoredFileRef } from '../forms/types'
import { followUpLinks } from '../lib/followUpLinks'
import { findByFollowUpToken } from './followUp'
import { publicUrl } from '../lib/publicUrl'
import { type CitizenMessageOperation, UNREADABLE_CITIZEN_MESSAGE } from './workflow'

export const MESSAGE_MAX_LENGTH = 5000

/** The citizen's attachment field on the follow-up page: same checks as form files. */
export const replyFilesField: BaseFieldConfig = {
  blockType: 'file',
  name: 'pieces',
  label: 'Documents à joindre',
  accept: ['pdf', 'jpeg', 'png'],
  maxSizeMb: 10,
  maxFiles: 5,
}

const redirect = (location: string) => new Response(null, { status: 303, headers: { Location: location } })

type Draft = { text: string; errors: Record<string, string> }

/** A refused message is kept (text and error) for 1 hour, so the citizen finds it again. */
async function saveDraft(payload: Payload, formId: number | string, draft: Draft): Promise<string> {
  const token = newSecureToken()
  await payload.db.create({
    collection: 'form-sessions',
    data: { token, form: formId, answers: draft, startedAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 3600_000).toISOString() },
  })
  return token
}

export async function loadDraft(payload: Payload, formId: number | string, token: string | undefined): Promise<Draft | null> {
  if (!token || !SECURE_TOKEN_PATTERN.test(token)) return null
  const doc = await payload.db.findOne<{ id: number | string; answers?: Draft }>({
    collection: 'form-sessions',
    where: { and: [{ token: { equals: token } }, { form: { equals: formId } }, { expiresAt: { greater_than: new Date().toISOString() } }] },
  })
  return doc?.answers ?? null
}

/**
 * POST /suivi/<token>/message — the citizen answers the service and adds documents, with no account:
 * the secret link is the key. Files get the same content checks as forms. A request waiting for
 * the citizen goes back to "en cours".
 */
export async function handleCitizenMessage(payload: Payload, token: string, request: Request): Promise<Response> {
  const page = followUpLinks.page(token)
  if (!(await allowPost(clientIp(request.headers)))) return new Response('Trop de tentatives : patientez une minute.', { status: 429 })
  const { maxRequestBytes } = antiAbuseSettings()
  const tooLarge = () => new Response('Envoi trop volumineux.', { status: 413 })
  // Fast path on the declared size; a chunked body is counted while it is read below.
  if (Number(request.headers.get('content-length') ?? 0) > maxRequestBytes) return tooLarge()
  const submission = await findByFollowUpToken(payload, token)
  if (!submission) return new Response('Demande introuvable.', { status: 404 })
  let data: FormData
  try {
    data = await readLimitedFormData(request, maxRequestBytes)
  } catch (error) {
    if (error instanceof RequestTooLargeError) return tooLarge()
    return redirect(page)
  }
  if (String(data.get(HONEYPOT_NAME) ?? '').trim()) return new Response('Envoi refusé.', { status: 400 })
  const formId = typeof submission.form === 'object' ? submission.form.id : submission.form
  const organisationId = typeof submission.organisation === 'object' ? submission.organisation.id : submission.organisation
  const typed = String(data.get('message') ?? '')
  // Control characters go (tab and line breaks kept); text that was not valid UTF-8 is refused, never stored as U+FFFD.
  const text = stripControlCharacters(typed, { multiline: true }).trim()
  const errors: Record<string, string> = {}
  if (hasInvalidUtf8(typed)) errors.message = UNREADABLE_CITIZEN_MESSAGE
  else if (!text) errors.message = 'Écrivez votre message.'
  else if (text.length > MESSAGE_MAX_LENGTH) errors.message = `Votre message dépasse ${MESSAGE_MAX_LENGTH} caractères.`
  if (Object.keys(errors).length === 0) {
    // The same file rules and checks as a form's file field: its type's prepare pass.
    const uploaded = await prepareFields([replyFilesField], {
      payload,
      formData: data,
      input: rawInputFromFormData(data),
      organisationId,
      clientIp: clientIp(request.headers), // the per-address upload budget
    })
    if (uploaded.errors.pieces) errors.pieces = uploaded.errors.pieces
    else {
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
      if (refused) {
        const draft = await saveDraft(payload, formId, { text: text.slice(0, MESSAGE_MAX_LENGTH * 2), errors: { message: refused } })
        return redirect(`${page}?brouillon=${draft}#repondre`)
      }
      const organisation = typeof submission.organisation === 'object' ? submission.organisation : null
      if (organisation?.email) {
        await payload
          .sendEmail({
            to: organisation.email,
            subject: `Message de l'usager — demande ${submission.reference}`,
            text: `L'usager a répondu au sujet de la demande ${submission.reference}${files.length ? ` et joint ${files.length} document(s)` : ''} :\n\n${text}\n\n${publicUrl()}/admin/collections/submissions/${submission.id}`,
          })
          .catch((err: unknown) => payload.logger.error({ err }, 'Service e-mail failed'))
      }
      return redirect(`${page}?message=envoye#echanges`)
    }
  }
  const draft = await saveDraft(payload, formId, { text: text.slice(0, MESSAGE_MAX_LENGTH * 2), errors })
  return redirect(`${page}?brouillon=${draft}#repondre`)
}
