import type { Payload, PayloadRequest } from 'payload'

import type { EmailKind } from './emailKinds'

type Id = number | string
type Message = Parameters<Payload['sendEmail']>[0] & { to: string; subject: string }

/** The request an e-mail is about: its id and organisation when the caller has them, else its reference. */
export type EmailAbout = { id: Id; organisation: Id | { id: Id } } | { reference: string }

const idOf = (value: Id | { id: Id }): Id => (typeof value === 'object' ? value.id : value)

/**
 * Sends an e-mail about a request and records it (to whom, subject, when, failed or not; never the
 * body, which carries the follow-up link) for the agent's timeline. The sending's own result or
 * error is passed on; a failure to record is logged, never stops the sending.
 */
export async function sendRecorded(payload: Payload, about: EmailAbout, kind: EmailKind, message: Message, req?: PayloadRequest): Promise<unknown> {
  let failed = false
  try {
    return await payload.sendEmail(message)
  } catch (error) {
    failed = true
    throw error
  } finally {
    await record(payload, about, kind, message, failed, req).catch((err: unknown) => payload.logger.error({ err, kind }, 'E-mail record failed'))
  }
}

async function record(payload: Payload, about: EmailAbout, kind: EmailKind, message: Message, failed: boolean, req?: PayloadRequest) {
  let target: { id: Id; organisation: Id } | null = null
  if ('id' in about) target = { id: about.id, organisation: idOf(about.organisation) }
  else {
    const { docs } = await payload.find({ collection: 'submissions', where: { reference: { equals: about.reference } }, select: { organisation: true }, limit: 1, depth: 0, overrideAccess: true, req })
    if (docs[0]) target = { id: docs[0].id, organisation: idOf(docs[0].organisation as Id | { id: Id }) }
  }
  if (!target) return
  await payload.create({
    collection: 'submission-emails',
    data: { submission: target.id, organisation: target.organisation, kind, to: String(message.to), subject: message.subject, failed } as never,
    overrideAccess: true,
    depth: 0,
    req,
  })
}
