import { bookingWhenFr } from '@/booking/describe'
import { bookingStateLabel } from '@/booking/bookingStates'
import { formatEuros } from '@/booking/resourceRules'
import { formatDateFr } from '@/lib/formatDateFr'
import type { Booking } from '@/payload-types'

/**
 * A request's bookings on its follow-up page: what is booked, when, its state (an option awaits the
 * town's confirmation until a date) and what is to pay — on site until online payment opens.
 */
export function BookingSummary({ bookings }: { bookings: Booking[] }) {
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
            {booking.amountCents > 0 ? <>Montant : {formatEuros(booking.amountCents)}, à régler sur place (le paiement en ligne n’est pas encore ouvert).</> : 'Gratuit.'}
          </li>
        ))}
      </ul>
    </section>
  )
}
