import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { SessionList } from '@/components/SessionList'
import { sitePayload } from '@/site/payload'
import { agenda } from '@/ticketing/agenda'

export const metadata: Metadata = { title: 'Agenda et billetterie' }

/** The cultural season: each show, its sessions and what is left of them; never cached. */
export default async function AgendaPage() {
  const season = await agenda(await sitePayload())
  return (
    <>
      <Breadcrumbs items={[{ label: 'Agenda' }]} />
      <h1>Agenda et billetterie</h1>
      <p className="lead">La saison culturelle : réservez vos places en ligne, avec ou sans compte.</p>
      {season.length ? (
        <ul className="event-list">
          {season.map(({ event, sessions, bookingHref, waitingHref }) => (
            <li key={event.id} className="event-card">
              <h2>
                <Link href={`/agenda/${encodeURIComponent(event.slug ?? '')}`}>{event.title}</Link>
              </h2>
              <p className="muted">{[event.category, event.venue].filter(Boolean).join(' — ')}</p>
              <p>{event.summary}</p>
              <SessionList sessions={sessions} bookingHref={bookingHref} waitingHref={waitingHref} title={event.title} />
            </li>
          ))}
        </ul>
      ) : (
        <p role="status">Aucun spectacle n’est programmé pour le moment.</p>
      )}
    </>
  )
}
