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
  /** When the form was first shown: the minimum fill time measures the whole form from there */
  startedAt: string
}

/*
 * Sessions are internal plumbing with no hooks, access rules or versions: they go through
 * Payload's database adapter API (payload.db — the same interface on SQLite and MongoDB),
 * which skips the operation layer that every step post would otherwise pay for.
 */
type SessionDoc = {
  id: number | string
  token: string
  answers?: unknown
  shown?: unknown
  errors?: unknown
  startedAt: string
}

export async function loadSession(payload: Payload, formId: number | string, token: string | null | undefined): Promise<FormSessionState | null> {
  if (!token || !SECURE_TOKEN_PATTERN.test(token)) return null
  const doc = await payload.db.findOne<SessionDoc>({
    collection: 'form-sessions',
    where: { and: [{ token: { equals: token } }, { form: { equals: formId } }, { expiresAt: { greater_than: new Date().toISOString() } }] },
  })
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

/** `startedAt`: when the citizen first saw the form (the minimum fill time counts from there). */
export function newSession(startedAt = new Date()): FormSessionState {
  return { token: newSecureToken(), answers: {}, shown: {}, errors: {}, startedAt: startedAt.toISOString() }
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
    await payload.db.updateOne({ collection: 'form-sessions', id: session.id, data, returning: false })
  } else {
    const created = await payload.db.create({ collection: 'form-sessions', data })
    session.id = created.id as number | string
  }
}

export async function deleteSession(payload: Payload, session: FormSessionState): Promise<void> {
  if (session.id !== undefined) await payload.db.deleteOne({ collection: 'form-sessions', where: { id: { equals: session.id } }, returning: false })
}
