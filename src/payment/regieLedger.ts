import type { Payload, Where } from 'payload'

import { isoDateOf } from '../lib/calendarDate'
import type { Payment } from '../payload-types'
import { periodInstants, type RegiePeriod } from './regiePeriod'
import type { RegieScope } from './staffAccess'

/** A movement of the town's cash office: a payment credited, or a refund recorded by staff (negative). */
export interface RegieLine {
  kind: 'paiement' | 'remboursement'
  /** When it was credited (paidAt) or when the refund was recorded */
  at: Date
  /** Its day, Europe/Paris ("2026-11-30") */
  day: string
  paymentId: number | string
  refdet: string
  /** Signed: a refund is negative */
  amountCents: number
  means: 'carte' | 'prelevement' | null
  reference: string
  objet: string
  organisation: { id: number | string; name: string }
  numauto: string
}

const idOf = (value: unknown): number | string => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string))

/**
 * The régie's movements over a period, oldest first: each payment credited in it (paidAt, whatever
 * became of it since: a refund is a line of its own, on its own day) and each refund recorded in it
 * (the payment's "remboursement" event). Limited to the services the scope allows.
 */
export async function regieLines(payload: Payload, scope: NonNullable<RegieScope>, period: RegiePeriod): Promise<RegieLine[]> {
  const { from, until } = periodInstants(period)
  const inScope: Where[] = scope.organisation === null ? [] : [{ organisation: { equals: scope.organisation } }]
  const [credited, refundEvents] = await Promise.all([
    payload.find({
      collection: 'payments',
      where: { and: [...inScope, { paidAt: { greater_than_equal: from.toISOString() } }, { paidAt: { less_than: until.toISOString() } }, { state: { in: ['payee', 'remboursee'] } }] },
      sort: 'paidAt',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'payment-events',
      where: { and: [...inScope, { to: { equals: 'remboursee' } }, { at: { greater_than_equal: from.toISOString() } }, { at: { less_than: until.toISOString() } }] },
      sort: 'at',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const byId = new Map<string, Payment>(credited.docs.map((p) => [String(p.id), p]))
  const missing = [...new Set(refundEvents.docs.map((e) => String(idOf(e.payment))))].filter((id) => !byId.has(id))
  if (missing.length) {
    const { docs } = await payload.find({ collection: 'payments', where: { id: { in: missing } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    for (const p of docs) byId.set(String(p.id), p)
  }
  const names = await organisationNames(payload, [...byId.values()].map((p) => idOf(p.organisation)))
  const line = (payment: Payment, kind: RegieLine['kind'], at: Date): RegieLine => {
    const organisation = idOf(payment.organisation)
    return {
      kind,
      at,
      day: isoDateOf(at),
      paymentId: payment.id,
      refdet: payment.refdet,
      amountCents: kind === 'remboursement' ? -payment.amountCents : payment.amountCents,
      means: payment.means ?? null,
      reference: payment.reference,
      objet: payment.objet ?? '',
      organisation: { id: organisation, name: names.get(String(organisation)) ?? '' },
      numauto: payment.numauto ?? '',
    }
  }
  const lines = [
    ...credited.docs.map((p) => line(p, 'paiement', new Date(p.paidAt!))),
    ...refundEvents.docs.flatMap((e) => {
      const payment = byId.get(String(idOf(e.payment)))
      return payment ? [line(payment, 'remboursement', new Date(e.at))] : []
    }),
  ]
  return lines.sort((a, b) => a.at.getTime() - b.at.getTime() || a.refdet.localeCompare(b.refdet))
}

async function organisationNames(payload: Payload, ids: Array<number | string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids.map(String))]
  if (!unique.length) return new Map()
  const { docs } = await payload.find({ collection: 'organisations', where: { id: { in: unique } }, select: { name: true }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
  return new Map(docs.map((o) => [String(o.id), o.name]))
}
