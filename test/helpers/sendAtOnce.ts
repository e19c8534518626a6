import type { Payload } from 'payload'

import { loadPublishedForm } from '../../src/forms/loadForm'
import { FormFullError } from '../../src/submissions/capacity'
import { submitForm } from '../../src/submissions/submit'

export interface SendOutcome {
  references: string[]
  /** Requests refused because the form's maximum was reached. */
  full: number
}

/**
 * `count` requests to a one-e-mail-field form at once, as many citizens pressing "send" together;
 * with `sendKey`, one citizen's send repeated `count` times (the same answers and key).
 */
export async function sendAtOnce(payload: Payload, slug: string, count: number, tag: string, sendKey?: string): Promise<SendOutcome> {
  const form = await loadPublishedForm(payload, slug)
  if (!form) throw new Error(`no published form ${slug}`)
  const outcomes = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      submitForm(payload, form, { courriel: sendKey ? `${tag}@example.fr` : `${tag}.${i}@example.fr` }, { schedule: () => {}, sendKey }).then(
        (receipt) => receipt.reference,
        (error) => {
          if (error instanceof FormFullError) return null
          throw error
        },
      ),
    ),
  )
  return { references: outcomes.filter((o): o is string => o !== null), full: outcomes.filter((o) => o === null).length }
}
