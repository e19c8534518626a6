import type { Payload } from 'payload'

import type { Submission } from '../payload-types'
import { formPart } from './formPart'
import { paymentOnline } from './online'

export interface AmountLine {
  label: string
  amountCents: number
}

export interface AmountDue {
  /** The form asks to pay online */
  online: boolean
  totalCents: number
  lines: AmountLine[]
  /** Already credited (payments in state "payee") */
  paidCents: number
}

type Priced = Pick<Submission, 'reference' | 'formVersion' | 'answers'>

/**
 * What a request costs, computed by the server from what it stored — never from a client: the
 * form's price (fixed or from the answers, as the form version answered set it), its tickets not
 * cancelled, its bookings not cancelled and not awaiting staff (an option is paid once confirmed).
 */
export async function amountDue(payload: Payload, submission: Priced): Promise<AmountDue> {
  const version = (submission.formVersion ?? {}) as { payment?: { enabled?: boolean | null } | null }
  const lines: AmountLine[] = []
  const [tickets, bookings, paid, refunded] = await Promise.all([
    payload.find({ collection: 'tickets', where: { and: [{ reference: { equals: submission.reference } }, { state: { not_equals: 'annule' } }] }, select: { priceCents: true, eventTitle: true }, limit: 0, pagination: false, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'bookings', where: { and: [{ reference: { equals: submission.reference } }, { state: { in: ['attente_paiement', 'confirmee', 'utilisee'] } }] }, select: { amountCents: true }, limit: 0, pagination: false, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'payments', where: { and: [{ reference: { equals: submission.reference } }, { state: { equals: 'payee' } }] }, select: { amountCents: true }, limit: 0, pagination: false, depth: 0, overrideAccess: true }),
    payload.count({ collection: 'payments', where: { and: [{ reference: { equals: submission.reference } }, { state: { equals: 'remboursee' } }] }, overrideAccess: true }),
  ])
  // A refund recorded by staff closes the request's own price too (its tickets and bookings are cancelled with it).
  if (!refunded.totalDocs) lines.push(...formPart(version, (submission.answers ?? {}) as Record<string, unknown>).lines.filter((l) => l.amountCents > 0))
  const ticketsCents = tickets.docs.reduce((sum, t) => sum + (t.priceCents ?? 0), 0)
  if (ticketsCents > 0) lines.push({ label: `${tickets.docs.length} billet${tickets.docs.length > 1 ? 's' : ''} — ${tickets.docs[0]?.eventTitle ?? ''}`.replace(/ — $/, ''), amountCents: ticketsCents })
  const bookingsCents = bookings.docs.reduce((sum, b) => sum + (b.amountCents ?? 0), 0)
  if (bookingsCents > 0) lines.push({ label: bookings.docs.length > 1 ? 'Réservations' : 'Réservation', amountCents: bookingsCents })
  return {
    online: paymentOnline(version),
    totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
    lines,
    paidCents: paid.docs.reduce((sum, p) => sum + (p.amountCents ?? 0), 0),
  }
}

/** What is left to pay online (0 when the form does not ask to, or all is paid). */
export const leftToPay = (due: AmountDue): number => (due.online ? Math.max(0, due.totalCents - due.paidCents) : 0)
