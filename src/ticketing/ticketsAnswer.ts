import type { OrderLine, SessionRules } from './rules'

/** A ticket order (the billets field), as the form session and the stored request keep it. */
export interface TicketsAnswer {
  event: number | string
  eventTitle: string
  session: string
  sessionStartsAt: string
  lines: OrderLine[]
  seats: string[]
  amountCents: number
  hold: string
  holdUntil: string
}

/** The show a citizen came from (the agenda's link `?spectacle=<slug>`), or posted, before holding tickets. */
export interface ShowPicked {
  eventSlug?: string
  eventId?: string
  /** A waiting-list link's secret and the session it offers places of (`?invitation=…&seance=…`) */
  invitation?: string
  session?: string
}

export function isTicketsAnswer(value: unknown): value is TicketsAnswer {
  if (!value || typeof value !== 'object') return false
  const v = value as Partial<TicketsAnswer>
  return (typeof v.event === 'number' || typeof v.event === 'string') && typeof v.session === 'string' && typeof v.hold === 'string' && Array.isArray(v.lines)
}

export const isShowPicked = (value: unknown): value is ShowPicked =>
  Boolean(value && typeof value === 'object' && (typeof (value as ShowPicked).eventSlug === 'string' || typeof (value as ShowPicked).eventId === 'string'))

/** The answer of a held order: the show, the session, the lines and seats checked, the hold. */
export const heldOrder = (
  event: { id: number | string; title: string },
  session: SessionRules & { id: string },
  order: { lines: OrderLine[]; seats: string[]; amountCents: number },
  hold: string,
  until: Date,
): TicketsAnswer => ({
  event: event.id,
  eventTitle: event.title,
  session: session.id,
  sessionStartsAt: session.startsAt,
  lines: order.lines,
  seats: order.seats,
  amountCents: order.amountCents,
  hold,
  holdUntil: until.toISOString(),
})
