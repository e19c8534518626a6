import type { ReactElement } from 'react'

import { formatEuros } from '../../../src/booking/resourceRules'
import { HoldCountdown } from '../../../src/forms/render/HoldCountdown'
import { sessionFr } from '../../../src/ticketing/describe'
import { seatPool, sessionPool } from '../../../src/ticketing/pools'
import { remainingText } from '../../../src/ticketing/remaining'
import { maxPerOrderOf, notOnSaleText, onSale, seatPlan, sessionCapacity, unitCents } from '../../../src/ticketing/rules'
import type { ShowsLive } from '../../../src/ticketing/showsLive'
import { isShowPicked, isTicketsAnswer } from '../../../src/ticketing/ticketsAnswer'
import { clockTimeOf, timeFr } from '../../../src/lib/clockTime'
import { ShowChoice } from '../shared/ShowChoice'

/** What the billets field reads when its page is shown: the shows on sale and the places taken. */
export type TicketsLive = ShowsLive

interface Props {
  name: string
  id: string
  value: unknown
  error?: string
  errors: Record<string, string>
  live?: TicketsLive
}

const safeId = (text: string) => text.replace(/[^0-9A-Za-z]/g, '-')

/**
 * Sessions as radio buttons (with what is left), one number box per tariff, and for a numbered
 * session its seat plan as a table of check boxes (rows as row headers). Works without JavaScript;
 * the citizen's own hold counts as theirs.
 */
export function TicketPicker({ name, id, value, error, errors, live }: Props): ReactElement {
  const events = live?.events ?? []
  const now = new Date(live?.now ?? Date.now())
  const held = isTicketsAnswer(value) && new Date(value.holdUntil) > now ? value : null
  const chosen =
    (live?.fixed ? events[0] : undefined) ??
    events.find((e) => (isTicketsAnswer(value) && String(e.id) === String(value.event)) || (isShowPicked(value) && (e.slug === value.eventSlug || String(e.id) === value.eventId)))
  if (!chosen) return <ShowChoice id={id} events={events} />
  // A waiting-list link: its session is chosen although the public sees it sold out.
  const invited = isShowPicked(value) && value.invitation ? value : null
  const ownIn = (sessionId: string) => (held && held.session === sessionId ? held.lines.reduce((sum, l) => sum + l.quantity, 0) : 0)
  const sessions = (chosen.sessions ?? []).filter((s) => s.id && Date.parse(s.startsAt) > now.getTime())
  const quantityOf = (tariffId: string) => (isTicketsAnswer(value) ? value.lines.find((l) => l.tariff === tariffId)?.quantity : undefined)
  let firstRadio = true
  return (
    <div className="ticket-picker">
      <input type="hidden" name={`${name}.spectacle`} value={String(chosen.id)} />
      {invited ? <input type="hidden" name={`${name}.invitation`} value={invited.invitation} /> : null}
      <p>
        <strong>{chosen.title}</strong>
        {chosen.venue ? <> — {chosen.venue}</> : null}
        {live?.fixed ? null : (
          <>
            {' '}
            (<a href="/agenda">choisir un autre spectacle</a>)
          </>
        )}
      </p>
      {invited && !held ? (
        <p className="notice" id={`${id}-invitation`}>
          Liste d’attente : des places vous sont gardées pour la séance indiquée dans votre courriel. Choisissez vos billets et continuez pour les réserver.
        </p>
      ) : null}
      {held ? (
        <p className="notice" id={`${id}-retenu`}>
          Vos billets vous sont réservés jusqu’à {timeFr(clockTimeOf(new Date(held.holdUntil)))}
          <HoldCountdown until={held.holdUntil} /> : envoyez votre demande avant cette heure pour les garder.
        </p>
      ) : null}
      <fieldset className="ticket-sessions">
        <legend>Séance</legend>
        <div className="choices">
          {sessions.map((session) => {
            const left = sessionCapacity(session) - (live?.taken[sessionPool(chosen.id, session.id!)] ?? 0) + ownIn(session.id!)
            const sale = onSale(session, now)
            const text = !sale ? notOnSaleText(session) : invited?.session === session.id ? 'places gardées pour vous' : remainingText(left)
            if (!sale || (left <= 0 && invited?.session !== session.id)) {
              return (
                <div className="choices__item" key={session.id}>
                  <span>
                    {sessionFr(session.startsAt)} — {text}
                  </span>
                </div>
              )
            }
            const radioId = firstRadio ? id : `${id}-${safeId(session.id!)}`
            firstRadio = false
            return (
              <div className="choices__item" key={session.id}>
                <input type="radio" id={radioId} name={name} value={session.id!} defaultChecked={(isTicketsAnswer(value) && value.session === session.id) || invited?.session === session.id || sessions.length === 1} aria-invalid={error ? true : undefined} />
                <label htmlFor={radioId}>
                  {sessionFr(session.startsAt)} — {text}
                </label>
              </div>
            )
          })}
        </div>
      </fieldset>
      <fieldset className="ticket-tariffs">
        <legend>Billets (au plus {maxPerOrderOf(chosen)} par commande)</legend>
        {(chosen.tariffs ?? []).map((tariff) => {
          const inputName = `${name}.tarif.${tariff.id}`
          const tariffError = errors[`${name}.tarif.${tariff.id}`]
          const inputIdText = `${id}-tarif-${safeId(tariff.id ?? '')}`
          return (
            <div className="slot-number" key={tariff.id}>
              <label htmlFor={inputIdText}>
                {tariff.name} : {unitCents(tariff) ? formatEuros(unitCents(tariff)) : 'gratuit'}
                {tariff.description ? <span className="hint"> ({tariff.description})</span> : null}
              </label>
              {tariffError ? (
                <p className="field-error" id={`${inputIdText}-erreur`}>
                  <span className="visually-hidden">Erreur : </span>
                  {tariffError}
                </p>
              ) : null}
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={maxPerOrderOf(chosen)}
                id={inputIdText}
                name={inputName}
                defaultValue={quantityOf(tariff.id ?? '') ?? 0}
                aria-invalid={tariffError ? true : undefined}
                aria-describedby={tariffError ? `${inputIdText}-erreur` : undefined}
              />
            </div>
          )
        })}
      </fieldset>
      {sessions
        .filter((session) => seatPlan(session).length && onSale(session, now))
        .map((session) => {
          const plan = seatPlan(session)
          const mine = new Set(held && held.session === session.id ? held.seats : [])
          const seatsError = errors[`${name}.places`]
          return (
            <details key={session.id} className="seat-plan" open={(isTicketsAnswer(value) && value.session === session.id) || sessions.length === 1 || undefined}>
              <summary>Plan de la salle, séance du {sessionFr(session.startsAt)} : choisissez vos places</summary>
              {seatsError ? (
                <p className="field-error">
                  <span className="visually-hidden">Erreur : </span>
                  {seatsError}
                </p>
              ) : null}
              <div className="table-scroll">
                <table className="slot-table seat-table">
                  <caption className="visually-hidden">Plan de la salle, séance du {sessionFr(session.startsAt)} (la scène est en haut)</caption>
                  <tbody>
                    {plan.map((row) => (
                      <tr key={row[0]}>
                        <th scope="row">Rang {row[0].charAt(0)}</th>
                        {row.map((seat) => {
                          const taken = (live?.taken[seatPool(chosen.id, session.id!, seat)] ?? 0) > 0 && !mine.has(seat)
                          const seatId = `${id}-${safeId(session.id!)}-${seat}`
                          return (
                            <td key={seat} className={taken ? 'slot-full' : 'slot-free'}>
                              {taken ? (
                                <span>
                                  <span aria-hidden="true">×</span>
                                  <span className="visually-hidden">Place {seat} occupée</span>
                                </span>
                              ) : (
                                <span className="slot-choice">
                                  <input type="checkbox" id={seatId} name={`${name}.places.${session.id}`} value={seat} defaultChecked={mine.has(seat)} />
                                  <label htmlFor={seatId}>
                                    <span aria-hidden="true">{seat.slice(1)}</span>
                                    <span className="visually-hidden">Rang {seat.charAt(0)}, place {seat.slice(1)}</span>
                                  </label>
                                </span>
                              )}
                            </td>
                          )
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          )
        })}
    </div>
  )
}
