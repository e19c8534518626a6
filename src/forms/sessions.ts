import type { Payload } from 'payload'

import { newSecureToken, SECURE_TOKEN_PATTERN } from '../lib/secureToken'
import type { Answers } from './engine'

export const SESSION_TTL_HOURS = 24

export interface FormSessionState {
  id?: number | string
  token: string
  answers: Answers
  /** Last submitted values by field name, for redisplay (valid or not) */
  shown: Answers
  /** French messages by input name, for the step being redisplayed */
  errors: Record<string, string>
  startedAt: string
}

export async function loadSession(payload: Payload, formId: number | string, token: string | null | undefined): Promise<FormSessionState | null> {
  if (!token || !SECURE_TOKEN_PATTERN.test(token)) return null
  const { docs } = await payload.find({
    collection: 'form-sessions',
    where: { and: [{ token: { equals: token } }, { form: { equals: formId } }, { expiresAt: { greater_than: new Date().toISOString() } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const doc = docs[0]
  if (!doc) return null
  return {
    id: doc.id,
    token: doc.token,
    answers: (doc.answers as Answers) ?? {},
    shown: (doc.shown as Answers) ?? {},
    errors: (doc.errors as Record<string, string>) ?? {},
    startedAt: doc.startedAt,
  }
}

export function newSession(): FormSessionState {
  return { token: newSecureToken(), answers: {}, shown: {}, errors: {}, startedAt: new Date().toISOString() }
}

export async function saveSession(payload: Payload, formId: number | string, session: FormSessionState): Promise<void> {
  const data = {
    token: session.token,
    form: formId as number,
    answers: session.answers,
    shown: session.shown,
    errors: session.errors,
    startedAt: session.startedAt,
    expiresAt: new Date(Date.now() + SESSION_TTL_HOURS * 3600_000).toISOString(),
  }
  if (session.id !== undefined) {
    await payload.update({ collection: 'form-sessions', id: session.id, data, overrideAccess: true, depth: 0 })
  } else {
    const created = await payload.create({ collection: 'form-sessions', data, overrideAccess: true, depth: 0 })
    session.id = created.id
  }
}

export async function deleteSession(payload: Payload, session: FormSessionState): Promise<void> {
  if (session.id !== undefined) await payload.delete({ collection: 'form-sessions', id: session.id, overrideAccess: true })
}
