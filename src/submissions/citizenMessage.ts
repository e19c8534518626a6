import type { Payload } from 'payload'

import { newSecureToken, SECURE_TOKEN_PATTERN } from '../lib/secureToken'
import type { FileFieldConfig } from '../../blocks/fields/file/rules'

export const MESSAGE_MAX_LENGTH = 5000

/** The citizen's attachment field on the follow-up page: same checks as form files. */
export const replyFilesField: FileFieldConfig = {
  blockType: 'file',
  name: 'pieces',
  label: 'Documents à joindre',
  accept: ['pdf', 'jpeg', 'png'],
  maxSizeMb: 10,
  maxFiles: 5,
}

export type Draft = { text: string; errors: Record<string, string> }

/** A refused message is kept (text and error) for 1 hour, so the citizen finds it again. */
export async function saveDraft(payload: Payload, formId: number | string, draft: Draft): Promise<string> {
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
