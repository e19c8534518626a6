import type { AdminViewServerProps } from 'payload'

import { bookingCalendar, readCalendarQuery } from '../booking/calendar'
import { isoDateOf } from '../lib/calendarDate'
import type { User } from '../payload-types'
import { AdminPage } from './AdminPage'
import { BookingCalendar } from './BookingCalendar'
import { BOOKING_CALENDAR_PATH } from './paths'

/**
 * Admin › Calendrier des réservations: the week or the month of every resource the user may see,
 * and the options awaiting a decision. A server page (no script needed): the period and the
 * resource are in its address.
 */
export async function BookingCalendarView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = (req.user as User | null) ?? null
  const adminRoute = req.payload.config.routes.admin
  const now = new Date()
  const query = readCalendarQuery((searchParams ?? {}) as Record<string, string | string[] | undefined>, now)
  const calendar = user ? await bookingCalendar(req.payload, user, query, now) : null
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams} title="Calendrier des réservations">
      {calendar ? (
        <BookingCalendar calendar={calendar} base={`${adminRoute}${BOOKING_CALENDAR_PATH}`} today={isoDateOf(now)} adminRoute={adminRoute} />
      ) : (
        <p>Ce calendrier est réservé aux administrateurs et aux agents qui traitent les réservations.</p>
      )}
    </AdminPage>
  )
}
