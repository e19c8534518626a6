import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { formatEuros } from '@/booking/resourceRules'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { RichText } from '@/components/RichText'
import { SessionList } from '@/components/SessionList'
import { sitePayload } from '@/site/payload'
import { agendaEvent } from '@/ticketing/agenda'
import { unitCents } from '@/ticketing/rules'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const show = await agendaEvent(await sitePayload(), (await params).slug)
  return { title: show ? show.event.title : 'Page introuvable' }
}

/** A show's page: its presentation, its sessions with what is left, and the booking link. */
export default async function EventPage({ params }: Props) {
  const show = await agendaEvent(await sitePayload(), (await params).slug)
  if (!show) notFound()
  const { event, sessions, bookingHref, waitingHref } = show
  const image = typeof event.image === 'object' && event.image ? event.image : null
  return (
    <>
      <Breadcrumbs items={[{ label: 'Agenda', href: '/agenda' }, { label: event.title }]} />
      <h1>{event.title}</h1>
      <p className="muted">{[event.category, event.venue].filter(Boolean).join(' — ')}</p>
      {image?.url ? <img src={image.url} alt={image.alt ?? ''} width={image.width ?? undefined} height={image.height ?? undefined} className="event-image" /> : null}
      <p className="lead">{event.summary}</p>
      {event.body ? <RichText data={event.body} /> : null}
      <h2>Séances</h2>
      <SessionList sessions={sessions} bookingHref={bookingHref} waitingHref={waitingHref} title={event.title} />
      {(event.tariffs ?? []).length ? (
        <>
          <h2>Tarifs</h2>
          <ul>
            {(event.tariffs ?? []).map((t) => (
              <li key={t.id}>
                {t.name} : {formatEuros(unitCents(t))}
                {t.description ? ` (${t.description})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
