import type { Payload } from 'payload'

import { formClient } from './formClient'

export interface BookOutcome {
  /** Follow-up tokens of the requests stored (one per booking made) */
  booked: string[]
  /** Attempts told the slot was taken (at the step post or at the send) */
  refused: number
}

/**
 * `count` citizens at once, each posting a one-step booking form (`values`: the créneau choice)
 * with their own e-mail and address, then sending it, through the real step handler. `ipPrefix`
 * ("198.51.100") keeps each citizen under its own per-address budget.
 */
export async function bookAtOnce(payload: Payload, slug: string, count: number, tag: string, values: Record<string, string>, ipPrefix: string): Promise<BookOutcome> {
  const outcomes = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const client = formClient(payload, `${ipPrefix}.${i + 1}`)
      const step = await client.post(slug, { action: 'suivant', etape: '1', ...values, courriel: `${tag}.${i}@example.fr` })
      if (!step.location.includes('/verification')) return null
      const sent = await client.post(slug, { action: 'envoyer', session: step.session! })
      return sent.followUp ?? null
    }),
  )
  return { booked: outcomes.filter((o): o is string => o !== null), refused: outcomes.filter((o) => o === null).length }
}
