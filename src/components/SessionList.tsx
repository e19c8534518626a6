import { sessionFr } from '@/ticketing/describe'
import type { AgendaSession } from '@/ticketing/agenda'
import { remainingText } from '@/ticketing/remaining'
import { notOnSaleText } from '@/ticketing/rules'

/** A show's sessions, each with what is left ("Plus que 12 places", "Complet") and the link to book. */
export function SessionList({ sessions, bookingHref, title }: { sessions: AgendaSession[]; bookingHref: string | null; title: string }) {
  if (!sessions.length) return <p>Aucune séance à venir.</p>
  const open = sessions.some((s) => s.onSale && s.left > 0)
  return (
    <>
      <ul className="session-list">
        {sessions.map((s) => (
          <li key={s.id}>
            {sessionFr(s.startsAt)} — <strong>{s.onSale ? remainingText(s.left) : notOnSaleText(s)}</strong>
          </li>
        ))}
      </ul>
      {bookingHref && open ? (
        <p>
          <a className="button" href={bookingHref}>
            Réserver<span className="visually-hidden"> des places pour « {title} »</span>
          </a>
        </p>
      ) : null}
    </>
  )
}
