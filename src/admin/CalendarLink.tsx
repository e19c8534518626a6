import type { Payload } from 'payload'

import { BOOKING_CALENDAR_PATH } from './paths'

/** Above the bookings and resources lists: the way to the calendar and the options awaiting a decision. */
export function CalendarLink({ payload }: { payload: Payload }) {
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a href={`${payload.config.routes.admin}${BOOKING_CALENDAR_PATH}`}>Calendrier des réservations (semaine, mois) et options en attente de décision</a>
    </p>
  )
}
