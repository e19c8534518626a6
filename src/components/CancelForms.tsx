import { bookingWhenFr } from '@/booking/describe'
import { bookingCancellableUntil, ticketsCancellableUntil, waitingWithdrawable } from '@/booking/cancellation'
import { instantFr } from '@/lib/instantFr'
import type { Booking, Ticket, WaitingList } from '@/payload-types'
import { waitingEntryFr } from '@/ticketing/waitingStates'

/**
 * What the citizen may still cancel from the follow-up link, each with its deadline and a form
 * (a confirmation box, then the button). Works without JavaScript.
 */
export function CancelForms({
  token,
  bookings,
  tickets,
  waiting = [],
  cancelled,
  now = new Date(),
}: {
  token: string
  bookings: Booking[]
  tickets: Ticket[]
  waiting?: WaitingList[]
  cancelled: boolean
  now?: Date
}) {
  const action = `/suivi/${encodeURIComponent(token)}/annulation`
  const items: Array<{ key: string; target: string; label: string; until: Date | null; button: string }> = []
  for (const booking of bookings) {
    const resource = typeof booking.resource === 'object' ? booking.resource : null
    const until = bookingCancellableUntil(booking, resource?.cancellationDays)
    if (until && until > now) items.push({ key: `b${booking.id}`, target: `reservation:${booking.id}`, label: `${resource?.name ?? 'Réservation'} — ${bookingWhenFr(booking)}`, until, button: 'Annuler cette réservation' })
  }
  const event = tickets[0] && typeof tickets[0].event === 'object' ? tickets[0].event : null
  const ticketsUntil = ticketsCancellableUntil(tickets, event?.cancellationHours)
  if (ticketsUntil && ticketsUntil > now) items.push({ key: 'billets', target: 'billets', label: `Vos billets pour « ${tickets[0].eventTitle} »`, until: ticketsUntil, button: 'Annuler mes billets' })
  for (const entry of waiting.filter(waitingWithdrawable)) {
    items.push({ key: `a${entry.id}`, target: `attente:${entry.id}`, label: `Liste d’attente de ${waitingEntryFr(entry)}`, until: null, button: 'Me retirer de la liste d’attente' })
  }
  if (!items.length && !cancelled) return null
  return (
    <section aria-labelledby="suivi-annulation">
      <h2 id="suivi-annulation">Annuler</h2>
      {cancelled ? (
        <p className="notice" role="status">
          Votre annulation est enregistrée.
        </p>
      ) : null}
      {items.map((item) => (
        <form key={item.key} method="post" action={action} className="cancel-form">
          <input type="hidden" name="quoi" value={item.target} />
          <p>{item.until ? `${item.label} : annulable jusqu’au ${instantFr(item.until)}.` : `${item.label}.`}</p>
          <div className="choices__item">
            <input type="checkbox" id={`confirmer-${item.key}`} name="confirmation" value="oui" required />
            <label htmlFor={`confirmer-${item.key}`}>Je confirme l’annulation</label>
          </div>
          <button type="submit" className="button--secondary">
            {item.button}
          </button>
        </form>
      ))}
    </section>
  )
}
