import type { Payload } from 'payload'

const dateFr = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' })

/**
 * Something already paid online was cancelled (by the citizen, or a session by staff): PayFiP refunds nothing by itself, so the
 * credited payments of the request are flagged for staff, who record the refund (the régie).
 */
export async function flagRefundDue(payload: Payload, reference: string, cause: string, now = new Date()): Promise<void> {
  const { docs } = await payload.find({ collection: 'payments', where: { and: [{ reference: { equals: reference } }, { state: { equals: 'payee' } }] }, limit: 20, depth: 0, overrideAccess: true })
  for (const payment of docs) {
    const problem = `${cause} le ${dateFr.format(now)} : remboursement à faire par la régie.`
    await payload.update({ collection: 'payments', id: payment.id, data: { problem: payment.problem ? `${payment.problem} ${problem}` : problem } as never, overrideAccess: true, depth: 0 })
  }
}
