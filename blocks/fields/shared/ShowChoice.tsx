import type { ReactElement } from 'react'

import type { SellableEvent } from '../../../src/ticketing/events'

/** Before a show is chosen (a field reached without the agenda's link): the shows, each a link. */
export function ShowChoice({ id, events }: { id: string; events: SellableEvent[] }): ReactElement {
  if (!events.length) return <p className="notice">Aucun spectacle n’est en vente pour le moment.</p>
  return (
    <div className="ticket-picker" id={id}>
      <p>Choisissez d’abord le spectacle :</p>
      <ul>
        {events.map((event) => (
          <li key={event.id}>
            <a href={`?spectacle=${encodeURIComponent(event.slug ?? '')}`}>{event.title}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
