import { formatEuros } from '@/booking/resourceRules'
import type { Ticket } from '@/payload-types'
import { sessionFr } from '@/ticketing/describe'
import { TICKET_STATES } from '@/ticketing/ticketStates'

/** A request's tickets on its follow-up page, with the PDF to print or show at the door. */
export function TicketSummary({ tickets, pdfHref, paidOnline = false }: { tickets: Ticket[]; pdfHref: string; paidOnline?: boolean }) {
  if (!tickets.length) return null
  const valid = tickets.filter((t) => t.state === 'valide' || t.state === 'utilise')
  const unpaid = tickets.some((t) => t.state === 'attente_paiement')
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
      {total && !paidOnline ? <p>Total : {formatEuros(total)}, à régler sur place à la billetterie.</p> : null}
      {unpaid ? <p>Vos billets seront à télécharger ici, et envoyés par courriel, dès que votre paiement sera reçu.</p> : null}
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
