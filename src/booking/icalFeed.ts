import type { Payload } from 'payload'

const DAY_MS = 86_400_000

/**
 * A resource's bookings as an iCalendar feed for the town's calendars: what is booked and when,
 * options marked as such, cancelled bookings left out; no name nor e-mail (the feed is public).
 * From 30 days ago to a year ahead. Null when the resource does not exist.
 */
export async function resourceFeed(payload: Payload, slug: string, publicUrl: string, now = new Date()): Promise<string | null> {
  const { docs } = await payload.find({ collection: 'resources', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true })
  const resource = docs[0]
  if (!resource) return null
  const bookings = await payload.find({
    collection: 'bookings',
    where: {
      and: [
        { resource: { equals: resource.id } },
        { state: { not_equals: 'annulee' } },
        { startsAt: { greater_than: new Date(now.getTime() - 30 * DAY_MS).toISOString() } },
        { startsAt: { less_than: new Date(now.getTime() + 366 * DAY_MS).toISOString() } },
      ],
    },
    sort: 'startsAt',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const { default: ical } = await import('ical-generator')
  const calendar = ical({ name: resource.name, timezone: 'Europe/Paris', prodId: { company: 'Portail Citoyen', product: 'reservations', language: 'FR' } })
  const host = new URL(publicUrl).host
  for (const booking of bookings.docs) {
    const option = booking.state === 'option'
    calendar.createEvent({
      id: `reservation-${booking.id}@${host}`,
      start: new Date(booking.startsAt),
      end: new Date(booking.endsAt),
      summary: `${resource.name} — ${option ? 'option' : 'réservé'}${booking.quantity > 1 ? ` (${booking.quantity})` : ''}`,
      description: `Demande ${booking.reference}`,
      stamp: new Date(booking.updatedAt),
    })
  }
  return calendar.toString()
}
