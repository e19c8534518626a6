import { Mutex } from 'async-mutex'
import type { Payload } from 'payload'

import type { PublishedForm } from '../forms/loadForm'

/** The form reached its maximum number of requests while this one was being sent. */
export class FormFullError extends Error {
  constructor() {
    super('The form has reached its maximum number of submissions')
    this.name = 'FormFullError'
  }
}

// One lock per form and per process (globalThis: Next.js may load this module once per bundle).
const state = globalThis as typeof globalThis & { __portailCapacity?: Map<string, Mutex> }
const locks = (state.__portailCapacity ??= new Map<string, Mutex>())

/**
 * Stores a request only while the form has room: the count and the create run under one lock,
 * so concurrent sends cannot go past the maximum (a room booked 20 times, not 22). Forms without
 * a maximum are not serialised.
 */
export async function withinCapacity<T>(payload: Payload, form: PublishedForm, create: () => Promise<T>): Promise<T> {
  const max = form.availability?.maxSubmissions ?? 0
  if (max <= 0) return create()
  const key = String(form.id)
  if (!locks.has(key)) locks.set(key, new Mutex())
  return locks.get(key)!.runExclusive(async () => {
    const { totalDocs } = await payload.count({ collection: 'submissions', where: { form: { equals: form.id } }, overrideAccess: true })
    if (totalDocs >= max) throw new FormFullError()
    return create()
  })
}
