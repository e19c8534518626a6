import type { ReactElement } from 'react'

import { sessionFr } from '../../../src/ticketing/describe'
import { sessionPool } from '../../../src/ticketing/pools'
import { maxPerOrderOf, onSale, sessionCapacity } from '../../../src/ticketing/rules'
import { isShowPicked } from '../../../src/ticketing/ticketsAnswer'
import type { ShowsLive } from '../../../src/ticketing/showsLive'
import { isWaitingAnswer } from '../../../src/ticketing/waitingList'
import { ShowChoice } from '../shared/ShowChoice'

/** What the waiting-list field reads when its page is shown: the shows on sale and the places taken. */
export type WaitingLive = ShowsLive

interface Props {
  name: string
  id: string
  value: unknown
  error?: string
  errors: Record<string, string>
  live?: WaitingLive
}

const safeId = (text: string) => text.replace(/[^0-9A-Za-z]/g, '-')

/**
 * The sold-out sessions of a show as radio buttons (the others say places are left, with the
 * link to buy them), and the number of places wanted. Works without JavaScript.
 */
export function WaitingPicker({ name, id, value, error, errors, live }: Props): ReactElement {
  const events = live?.events ?? []
  const now = new Date(live?.now ?? Date.now())
  const picked = isShowPicked(value) ? (value as { eventSlug?: string; eventId?: string; session?: string }) : null
  const chosen =
    (live?.fixed ? events[0] : undefined) ??
    events.find((e) => (isWaitingAnswer(value) && String(e.id) === String(value.event)) || (picked && (e.slug === picked.eventSlug || String(e.id) === picked.eventId)))
  if (!chosen) return <ShowChoice id={id} events={events} />
  const sessions = (chosen.sessions ?? []).filter((s) => s.id && onSale(s, now))
  const placesError = errors[`${name}.places`]
  const checked = isWaitingAnswer(value) ? value.session : (picked?.session ?? null)
  let firstRadio = true
  return (
    <div className="ticket-picker">
      <input type="hidden" name={`${name}.spectacle`} value={String(chosen.id)} />
      <p>
        <strong>{chosen.title}</strong>
        {chosen.venue ? <> — {chosen.venue}</> : null}
      </p>
      <fieldset className="ticket-sessions">
        <legend>Séance complète</legend>
        <div className="choices">
          {sessions.map((session) => {
            const left = sessionCapacity(session) - (live?.taken[sessionPool(chosen.id, session.id!)] ?? 0)
            if (left > 0) {
              return (
                <div className="choices__item" key={session.id}>
                  <span>
                    {sessionFr(session.startsAt)} — il reste {left} place{left > 1 ? 's' : ''} : réservez-les directement.
                  </span>
                </div>
              )
            }
            const radioId = firstRadio ? id : `${id}-${safeId(session.id!)}`
            firstRadio = false
            return (
              <div className="choices__item" key={session.id}>
                <input type="radio" id={radioId} name={name} value={session.id!} defaultChecked={checked === session.id || sessions.length === 1} aria-invalid={error ? true : undefined} />
                <label htmlFor={radioId}>{sessionFr(session.startsAt)} — Complet</label>
              </div>
            )
          })}
        </div>
      </fieldset>
      <div className="slot-number">
        <label htmlFor={`${id}-places`}>Nombre de places souhaitées (au plus {maxPerOrderOf(chosen)})</label>
        {placesError ? (
          <p className="field-error" id={`${id}-places-erreur`}>
            <span className="visually-hidden">Erreur : </span>
            {placesError}
          </p>
        ) : null}
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={maxPerOrderOf(chosen)}
          id={`${id}-places`}
          name={`${name}.places`}
          defaultValue={isWaitingAnswer(value) ? value.places : 1}
          aria-invalid={placesError ? true : undefined}
          aria-describedby={placesError ? `${id}-places-erreur` : undefined}
        />
      </div>
    </div>
  )
}
