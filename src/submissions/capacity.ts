import type { Payload } from 'payload'

import type { PublishedForm } from '../forms/loadForm'
import { claimPlace, holdPlace, PoolFullError, releasePlace } from '../places/claims'

/** The form reached its maximum number of requests while this one was being sent. */
export class FormFullError extends Error {
  constructor() {
    super('The form has reached its maximum number of submissions')
    this.name = 'FormFullError'
  }
}

/** The pool of a form's places: one per request it may receive. */
export const formPool = (formId: number | string) => `forms:${formId}`

/** What holds a place: the stored request (its deletion frees the place). */
export const submissionHolder = (submissionId: number | string) => `submissions:${submissionId}`

/**
 * Stores a request only while the form has room: a place of the form's pool is taken first (a
 * unique key in the database, so no two processes can take the last one: a room booked 20 times,
 * not 22), then the request is stored and holds it. A failed store frees the place. Forms without
 * a maximum take no place.
 */
export async function withinCapacity<T extends { id: number | string }>(payload: Payload, form: PublishedForm, create: () => Promise<T>): Promise<T> {
  const max = form.availability?.maxSubmissions ?? 0
  if (max <= 0) return create()
  const claim = await claimPlace(payload, formPool(form.id), max).catch((error) => {
    throw error instanceof PoolFullError ? new FormFullError() : error
  })
  let created: T
  try {
    created = await create()
  } catch (error) {
    await releasePlace(payload, claim)
    throw error
  }
  await holdPlace(payload, claim, submissionHolder(created.id))
  return created
}
