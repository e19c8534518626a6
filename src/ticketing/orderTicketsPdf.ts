import type { Payload } from 'payload'

import { renderTicketsPdf } from './ticketsPdf'

/** The valid tickets of a request (paid, when paid online) as one PDF in the town's colours, or null when it has none. */
export async function orderTicketsPdf(payload: Payload, reference: string): Promise<Uint8Array | null> {
  const { docs } = await payload.find({
    collection: 'tickets',
    where: { and: [{ reference: { equals: reference } }, { state: { in: ['valide', 'utilise'] } }] },
    sort: 'seat',
    limit: 100,
    depth: 1,
    overrideAccess: true,
    showHiddenFields: true,
  })
  if (!docs.length) return null
  const [site, charter] = await Promise.all([payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true }), payload.findGlobal({ slug: 'charter', depth: 0, overrideAccess: true })])
  return renderTicketsPdf(
    docs.map((t) => ({
      code: (t as { code?: string }).code ?? '',
      eventTitle: t.eventTitle ?? '',
      sessionStartsAt: t.sessionStartsAt,
      tariff: t.tariff,
      priceCents: t.priceCents,
      seat: t.seat,
      holderName: t.holderName,
      reference: t.reference,
      venue: typeof t.event === 'object' ? t.event.venue : null,
    })),
    { name: `Ville de ${(site as { townName?: string }).townName ?? ''}`.trim(), primaryColor: (charter as { primaryColor?: string }).primaryColor },
  )
}
