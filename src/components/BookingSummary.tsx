import { bookingWhenFr } from '@/booking/describe'
import { bookingStateLabel } from '@/booking/bookingStates'
import { formatEuros } from '@/booking/resourceRules'
import { formatDateFr } from '@/lib/formatDateFr'
import type { Booking } from '@/payload-types'

/**
 * A request's bookings on its follow-up page: what is booked, when, its state (an option awaits the
 * town's confirmation until a date) and what is to pay — online when the form asks it, else on site.
 */
export function BookingSummary({ bookings, paidOnline = false }: { bookings: Booking[]; paidOnline?: boolean }) {
  if (!bookings.length) return null
  return (
    <section aria-labelledby="suivi-reservations">
      <h2 id="suivi-reservations">Vos réservations</h2>
      <ul className="booking-list">
        {bookings.map((booking) => (
          <li key={booking.id}>
            <strong>{typeof booking.resource === 'object' ? booking.resource.name : 'Réservation'}</strong> — {bookingWhenFr(booking)}
            {booking.quantity > 1 ? <> — quantité : {booking.quantity}</> : null}
            <br />
            État : {bookingStateLabel(booking.state)}
            {booking.state === 'option' && booking.optionUntil ? <>, jusqu’au {formatDateFr(booking.optionUntil)}</> : null}
            <br />
            {booking.amountCents > 0 ? <>Montant : {formatEuros(booking.amountCents)}{paidOnline ? ' (voir « Paiement » ci-dessous).' : ', à régler sur place.'}</> : 'Gratuit.'}
          </li>
        ))}
      </ul>
    </section>
  )
}
