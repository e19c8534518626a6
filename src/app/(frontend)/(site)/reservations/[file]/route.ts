import { resourceFeed } from '@/booking/icalFeed'
import { publicUrl } from '@/lib/publicUrl'
import { problemResponse } from '@/security/problemResponse'
import { sitePayload } from '@/site/payload'

/** GET /reservations/<resource>.ics — a resource's bookings for the town's calendars (no personal data). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^([a-z0-9-]{1,100})\.ics$/.exec((await params).file)
  const feed = match ? await resourceFeed(await sitePayload(), match[1], publicUrl()) : null
  if (!feed) return problemResponse(404, 'Calendrier introuvable', 'Aucune ressource réservable ne porte ce nom.')
  return new Response(feed, {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `inline; filename="${match![1]}.ics"`, 'Cache-Control': 'no-cache' },
  })
}
