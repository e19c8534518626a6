import { formatEuros } from '@/booking/resourceRules'
import type { Ticket } from '@/payload-types'
import { sessionFr } from '@/ticketing/describe'
import { TICKET_STATES } from '@/ticketing/ticketStates'

/** A request's tickets on its follow-up page, with the PDF to print or show at the door. */
export function TicketSummary({ tickets, pdfHref }: { tickets: Ticket[]; pdfHref: string }) {
  if (!tickets.length) return null
  const valid = tickets.filter((t) => t.state !== 'annule')
  const total = valid.reduce((sum, t) => sum + t.priceCents, 0)
  return (
    <section aria-labelledby="suivi-billets">
      <h2 id="suivi-billets">Vos billets</h2>
      <ul className="booking-list">
        {tickets.map((t) => (
          <li key={t.id}>
            <strong>{t.eventTitle}</strong> — {sessionFr(t.sessionStartsAt)} — {t.tariff} ({t.priceCents ? formatEuros(t.priceCents) : 'gratuit'})
            {t.seat ? <>, place {t.seat}</> : null} — {TICKET_STATES.find((s) => s.value === t.state)?.label}
          </li>
        ))}
      </ul>
      {total ? <p>Total : {formatEuros(total)}, à régler sur place à la billetterie (le paiement en ligne n’est pas encore ouvert).</p> : null}
      {valid.length ? (
        <p>
          <a href={pdfHref} download>
            Télécharger vos billets (PDF, {valid.length} billet{valid.length > 1 ? 's' : ''})
          </a>{' '}
          : imprimez-les ou présentez-les sur votre téléphone à l’entrée.
        </p>
      ) : null}
    </section>
  )
}
