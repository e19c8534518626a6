import { sessionFr } from '@/ticketing/describe'
import type { AgendaSession } from '@/ticketing/agenda'
import { remainingText } from '@/ticketing/remaining'
import { notOnSaleText } from '@/ticketing/rules'

/** A show's sessions, each with what is left ("Plus que 12 places", "Complet — liste d’attente") and the link to book. */
export function SessionList({ sessions, bookingHref, waitingHref = null, title }: { sessions: AgendaSession[]; bookingHref: string | null; waitingHref?: string | null; title: string }) {
  if (!sessions.length) return <p>Aucune séance à venir.</p>
  const open = sessions.some((s) => s.onSale && s.left > 0)
  return (
    <>
      <ul className="session-list">
        {sessions.map((s) => (
          <li key={s.id}>
            {sessionFr(s.startsAt)} — <strong>{s.onSale ? remainingText(s.left) : notOnSaleText(s)}</strong>
            {s.onSale && s.left <= 0 && waitingHref ? (
              <>
                {' — '}
                <a href={`${waitingHref}&seance=${encodeURIComponent(s.id)}`}>
                  liste d’attente<span className="visually-hidden"> pour « {title} », {sessionFr(s.startsAt)}</span>
                </a>
              </>
            ) : null}
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
