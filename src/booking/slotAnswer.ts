import type { Eligibility } from './eligibility'
import type { Rate } from './resourceRules'

/**
 * A booking answer (the créneau field), as the form session and the stored request keep it. Every
 * figure here is the server's: the amount is computed from the resource's prices, never posted.
 */
export interface SlotAnswer extends Eligibility {
  resource: number | string
  /** The resource's name when chosen */
  resourceName: string
  /** The first day ("2026-12-12") or the slot ("2026-12-12T10:00") */
  start: string
  /** The last day (day unit) or the slot's end time ("12:00") */
  end: string
  days: number
  quantity: number
  rate: Rate
  amountCents: number
  /** The hold's token, while the request is not stored */
  hold: string
  /** When the hold lapses (ISO instant) */
  holdUntil: string
}

export function isSlotAnswer(value: unknown): value is SlotAnswer {
  if (!value || typeof value !== 'object') return false
  const v = value as Partial<SlotAnswer>
  return (typeof v.resource === 'number' || typeof v.resource === 'string') && typeof v.start === 'string' && typeof v.hold === 'string'
}
