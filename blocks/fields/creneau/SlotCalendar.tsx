import type { ReactElement } from 'react'

import { dayFr, dayInWeekFr } from '../../../src/booking/describe'
import { HoldCountdown } from '../../../src/forms/render/HoldCountdown'
import { resourcePool } from '../../../src/booking/pools'
import type { BookableResource } from '../../../src/booking/resources'
import {
  addDays,
  bookingWindow,
  closedReason,
  formatEuros,
  isoWeekday,
  maxDaysOf,
  maxQuantityOf,
  priceCents,
  RATE_LABELS,
  ratesToChoose,
  slotsOn,
  stockOf,
  unitKey,
  unitOf,
} from '../../../src/booking/resourceRules'
import { isSlotAnswer, type SlotAnswer } from '../../../src/booking/slotAnswer'
import { isSlotWaitingAnswer, type SlotWaitingAnswer } from '../../../src/booking/waitingSlots'
import { clockTimeOf, timeFr } from '../../../src/lib/clockTime'
import { isoDateOf } from '../../../src/lib/calendarDate'
import type { CreneauFieldConfig } from '.'

/** What the créneau field reads when its page is shown: the resource and the places taken per unit. */
export interface SlotLive {
  resource: BookableResource | null
  /** Places taken by pool ("resources:3:2026-12-12") */
  taken: Record<string, number>
  now: string
  /** The directory's published associations, when the association rate is offered */
  associations?: Array<{ id: number | string; name: string }>
}

/**
 * A choice shown before it is held: the slot a waiting-list link offers (?creneau=…&invitation=…),
 * or what was posted when the step was refused.
 */
export interface SlotPicked {
  picked: true
  start: string
  days: number
  quantity: number
  invitation?: string
  wantsWaiting?: boolean
}

export const isSlotPicked = (value: unknown): value is SlotPicked => Boolean(value && typeof value === 'object' && (value as SlotPicked).picked === true)

const MAX_WEEKS = 13

interface Props {
  field: CreneauFieldConfig
  name: string
  id: string
  value: SlotAnswer | SlotWaitingAnswer | SlotPicked | null
  error?: string
  errors: Record<string, string>
  live?: SlotLive
}

/** A safe id for a unit's radio: "creneau-2026-12-12T10-00". */
const unitId = (id: string, unit: string) => `${id}-${unit.replace(/[^0-9A-Za-z]/g, '-')}`

/**
 * The availability table of a resource, one table per week inside a disclosure, every free unit a
 * radio button (works without JavaScript; the first radio carries the field's id for the error
 * summary's link). The citizen's own hold counts as free for them.
 */
export function SlotCalendar({ field, name, id, value: given, error, errors, live }: Props): ReactElement {
  const resource = live?.resource
  if (!resource) return <p className="notice">Les réservations de cette ressource sont fermées pour le moment : contactez la mairie.</p>
  const now = new Date(live.now)
  const stock = stockOf(resource)
  const slotMode = unitOf(resource) === 'creneau'
  // What is chosen, held or not: a held slot, a place in line, a waiting-list link's slot.
  const value = isSlotAnswer(given) ? given : null
  const chosen = given ? { start: given.start, days: given.days, quantity: given.quantity } : null
  const invitation = isSlotPicked(given) ? given.invitation : undefined
  const inLine = isSlotWaitingAnswer(given) || (isSlotPicked(given) && Boolean(given.wantsWaiting))
  const ownHold = value && new Date(value.holdUntil) > now && String(value.resource) === String(resource.id) ? value : null
  // The citizen's own hold, or the slot a link offers them, counts as free for them.
  const own = ownHold ?? (invitation && chosen ? chosen : null)
  const ownUnits = new Set(own ? (slotMode ? [own.start] : Array.from({ length: own.days }, (_, i) => addDays(own.start, i))) : [])
  const freeIn = (unit: string) => stock - (live.taken[resourcePool(resource.id, unit)] ?? 0) + (ownUnits.has(unit) ? own!.quantity : 0)

  const window = bookingWindow(resource, now)
  const today = isoDateOf(now)
  const clock = clockTimeOf(now)
  const weeks: string[][] = []
  for (let day = window.first; day <= window.last && weeks.length <= MAX_WEEKS; day = addDays(day, 1)) {
    if (isoWeekday(day) === 1 || !weeks.length) weeks.push([])
    weeks[weeks.length - 1].push(day)
  }
  if (weeks.length > MAX_WEEKS) weeks.length = MAX_WEEKS
  let firstRadio = true
  let firstFreeWeekShown = false
  // A taken unit is a choice too: for the waiting list (the box below says so).
  const radio = (unit: string, label: string, full = false) => {
    const radioId = firstRadio ? id : unitId(id, unit)
    firstRadio = false
    return (
      <span className="slot-choice">
        <input type="radio" id={radioId} name={name} value={unit} defaultChecked={chosen?.start === unit} aria-invalid={error ? true : undefined} data-complet={full ? '' : undefined} />
        <label htmlFor={radioId}>
          <span aria-hidden="true">{ownUnits.has(unit) ? 'Votre choix' : full ? 'Liste d’attente' : 'Choisir'}</span>
          <span className="visually-hidden">{label}</span>
        </label>
      </span>
    )
  }
  const status = (unit: string, day: string): { free: number; text: string } => {
    const reason = closedReason(resource, day)
    if (reason) return { free: 0, text: `Fermé (${reason})` }
    const free = Math.max(0, freeIn(unit))
    if (free === 0) return { free, text: 'Complet' }
    return { free, text: stock === 1 ? 'Libre' : `${free} sur ${stock} disponibles` }
  }

  const rates = ratesToChoose(resource)
  const maxDays = maxDaysOf(resource)
  const maxQuantity = maxQuantityOf(resource)
  const unitWord = slotMode ? 'créneau' : 'jour'
  const subError = (part: string) => errors[`${name}.${part}`]

  return (
    <div className="slot-field">
      {resource.description ? <p className="pre-line">{resource.description}</p> : null}
      <ul className="slot-rules">
        {resource.capacity ? <li>Capacité : {resource.capacity} personnes</li> : null}
        <li>
          Réservable du {dayFr(window.first)} au {dayFr(window.last)}
          {slotMode ? `, par créneaux de ${resource.slotMinutes ?? 120} minutes` : maxDays > 1 ? `, jusqu’à ${maxDays} jours de suite` : ', à la journée'}.
        </li>
        {resource.approval ? <li>Votre réservation sera une option jusqu’à sa validation par les services de la mairie.</li> : null}
      </ul>
      {ownHold ? (
        <p className="notice" id={`${id}-retenu`}>
          Votre choix est retenu pour vous jusqu’à {timeFr(clockTimeOf(new Date(ownHold.holdUntil)))}
          <HoldCountdown until={ownHold.holdUntil} /> : envoyez votre demande avant cette heure pour le garder.
        </p>
      ) : null}
      {invitation ? (
        <p className="notice" id={`${id}-invitation`}>
          <input type="hidden" name={`${name}.invitation`} value={invitation} />
          La liste d’attente vous propose ce créneau : il est présélectionné ci-dessous et gardé pour vous. Continuez pour le réserver.
        </p>
      ) : null}
      {rates.length > 1 ? (
        <fieldset className="slot-rates" aria-describedby={subError('tarif') ? `${id}-tarif-erreur` : undefined}>
          <legend>Tarif</legend>
          {subError('tarif') ? (
            <p className="field-error" id={`${id}-tarif-erreur`}>
              <span className="visually-hidden">Erreur : </span>
              {subError('tarif')}
            </p>
          ) : null}
          <div className="choices">
            {rates.map((rate) => (
              <div className="choices__item" key={rate}>
                <input type="radio" id={`${id}-tarif-${rate}`} name={`${name}.tarif`} value={rate} defaultChecked={(value?.rate ?? rates[0]) === rate} />
                <label htmlFor={`${id}-tarif-${rate}`}>
                  {RATE_LABELS[rate]} : {formatEuros(priceCents(resource, rate))} par {unitWord}
                  {stock > 1 ? ' et par unité' : ''}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : (
        <p>
          Tarif : {formatEuros(priceCents(resource, rates[0]))}
          {priceCents(resource, rates[0]) ? ` par ${unitWord}${stock > 1 ? ' et par unité' : ''}, à régler sur place` : ''}.
        </p>
      )}
      <Eligibility
        name={name}
        id={id}
        value={value}
        errors={errors}
        associations={rates.includes('association') ? (live.associations ?? []) : []}
        attestation={rates.includes('resident') && (resource.audience === 'habitants' || rates.length > 1)}
      />
      {maxQuantity > 1 ? (
        <div className="slot-number">
          <label htmlFor={`${id}-quantite`}>Quantité (de 1 à {maxQuantity})</label>
          {subError('quantite') ? (
            <p className="field-error" id={`${id}-quantite-erreur`}>
              <span className="visually-hidden">Erreur : </span>
              {subError('quantite')}
            </p>
          ) : null}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={maxQuantity}
            id={`${id}-quantite`}
            name={`${name}.quantite`}
            defaultValue={chosen?.quantity ?? 1}
            aria-invalid={subError('quantite') ? true : undefined}
            aria-describedby={subError('quantite') ? `${id}-quantite-erreur` : undefined}
          />
        </div>
      ) : null}
      {maxDays > 1 ? (
        <div className="slot-number">
          <label htmlFor={`${id}-jours`}>Nombre de jours (à partir du jour choisi)</label>
          {subError('jours') ? (
            <p className="field-error" id={`${id}-jours-erreur`}>
              <span className="visually-hidden">Erreur : </span>
              {subError('jours')}
            </p>
          ) : null}
          <select id={`${id}-jours`} name={`${name}.jours`} defaultValue={String(chosen?.days ?? 1)} aria-invalid={subError('jours') ? true : undefined} aria-describedby={subError('jours') ? `${id}-jours-erreur` : undefined}>
            {Array.from({ length: maxDays }, (_, i) => (
              <option key={i} value={String(i + 1)}>
                {i + 1} jour{i ? 's' : ''}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {weeks.map((week, index) => {
        const caption = `Semaine du ${dayInWeekFr(week[0])} au ${dayFr(week[week.length - 1])}`
        const slotTimes = slotMode ? [...new Set(week.flatMap((day) => slotsOn(resource, day).map((s) => `${s.start}-${s.end}`)))].sort() : []
        const units = slotMode ? week.flatMap((day) => slotsOn(resource, day).map((s) => ({ day, unit: unitKey(day, s.start), start: s.start }))) : week.map((day) => ({ day, unit: day, start: '' }))
        const bookable = units.filter((u) => status(u.unit, u.day).free > 0 && !(u.day === today && u.start && u.start <= clock)).length
        // Open: the week of the citizen's choice, and the first week with a free unit (it holds the field's first radio).
        const firstFree = bookable > 0 && !firstFreeWeekShown
        if (firstFree) firstFreeWeekShown = true
        const open = firstFree || (index === 0 && !bookable) || week.some((day) => chosen?.start.startsWith(day))
        return (
          <details key={week[0]} className="slot-week" open={open || undefined}>
            <summary>
              {caption} — {bookable ? `${bookable} ${unitWord}${bookable > 1 ? 's' : ''} disponible${bookable > 1 ? 's' : ''}` : 'aucune disponibilité'}
            </summary>
            <div className="table-scroll">
              {slotMode ? (
                <table className="slot-table">
                  <caption className="visually-hidden">{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Jour</th>
                      {slotTimes.map((range) => (
                        <th scope="col" key={range}>
                          {timeFr(range.slice(0, 5))} – {timeFr(range.slice(6))}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {week.map((day) => {
                      const reason = closedReason(resource, day)
                      const slots = new Set(slotsOn(resource, day).map((s) => `${s.start}-${s.end}`))
                      return (
                        <tr key={day}>
                          <th scope="row">{dayInWeekFr(day)}</th>
                          {reason ? (
                            <td colSpan={Math.max(1, slotTimes.length)}>Fermé ({reason})</td>
                          ) : (
                            slotTimes.map((range) => {
                              const unit = unitKey(day, range.slice(0, 5))
                              if (!slots.has(range)) return <td key={range}>—</td>
                              if (day === today && range.slice(0, 5) <= clock) return <td key={range}>Passé</td>
                              const { free, text } = status(unit, day)
                              return (
                                <td key={range} className={free ? 'slot-free' : 'slot-full'}>
                                  {free ? (
                                    radio(unit, `${dayFr(day)}, de ${timeFr(range.slice(0, 5))} à ${timeFr(range.slice(6))} — ${text}`)
                                  ) : (
                                    <>
                                      {text} {radio(unit, `${dayFr(day)}, de ${timeFr(range.slice(0, 5))} à ${timeFr(range.slice(6))} — complet, liste d’attente`, true)}
                                    </>
                                  )}
                                </td>
                              )
                            })
                          )}
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              ) : (
                <table className="slot-table">
                  <caption className="visually-hidden">{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Jour</th>
                      <th scope="col">Disponibilité</th>
                      <th scope="col">{maxDays > 1 ? 'Premier jour' : 'Choix'}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {week.map((day) => {
                      const { free, text } = status(day, day)
                      return (
                        <tr key={day} className={free ? 'slot-free' : 'slot-full'}>
                          <th scope="row">{dayInWeekFr(day)}</th>
                          <td>{text}</td>
                          <td>
                            {free
                              ? radio(day, `${maxDays > 1 ? 'À partir du' : 'Le'} ${dayFr(day)} — ${text}`)
                              : closedReason(resource, day)
                                ? '—'
                                : radio(day, `${maxDays > 1 ? 'À partir du' : 'Le'} ${dayFr(day)} — complet, liste d’attente`, true)}
                          </td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              )}
            </div>
          </details>
        )
      })}
      <WaitingChoice name={name} id={id} checked={inLine} error={errors[`${name}.attente`]} />
    </div>
  )
}

/**
 * "Complet — liste d'attente": with the box ticked, the request puts the citizen in line for the
 * taken slot chosen above instead of booking it (the server refuses a free one: book it instead).
 */
function WaitingChoice({ name, id, checked, error }: { name: string; id: string; checked: boolean; error?: string }): ReactElement {
  return (
    <div className="form-field slot-waiting">
      {error ? (
        <p className="field-error" id={`${id}-attente-erreur`}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      ) : null}
      <div className="choices__item">
        <input
          type="checkbox"
          id={`${id}-attente`}
          name={`${name}.attente`}
          value="oui"
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-attente-aide`, error ? `${id}-attente-erreur` : ''].filter(Boolean).join(' ')}
        />
        <label htmlFor={`${id}-attente`}>M’inscrire sur la liste d’attente de ce créneau (complet)</label>
      </div>
      <p className="hint" id={`${id}-attente-aide`}>
        S’il se libère, vous recevrez un courriel avec un lien qui vous le garde quelque temps pour le réserver. Rien n’est réservé ni à payer d’ici là.
      </p>
    </div>
  )
}

/**
 * What a rate asks of the citizen: the association from the town's directory (association rate),
 * the resident's attestation (resident rate, when it is a privilege). Checked by the server for
 * the rate chosen; both shown so that the page works without JavaScript.
 */
function Eligibility({
  name,
  id,
  value,
  errors,
  associations,
  attestation,
}: {
  name: string
  id: string
  value: SlotAnswer | null
  errors: Record<string, string>
  associations: Array<{ id: number | string; name: string }>
  attestation: boolean
}): ReactElement | null {
  if (!associations.length && !attestation) return null
  const associationError = errors[`${name}.association`]
  const residentError = errors[`${name}.habitant`]
  return (
    <>
      {associations.length ? (
        <div className="form-field">
          <label htmlFor={`${id}-association`}>Votre association (tarif association)</label>
          <p className="hint" id={`${id}-association-aide`}>
            Elle doit figurer dans l’annuaire des associations de la commune.
          </p>
          {associationError ? (
            <p className="field-error" id={`${id}-association-erreur`}>
              <span className="visually-hidden">Erreur : </span>
              {associationError}
            </p>
          ) : null}
          <select
            id={`${id}-association`}
            name={`${name}.association`}
            defaultValue={value?.association ? String(value.association.id) : ''}
            aria-invalid={associationError ? true : undefined}
            aria-describedby={[`${id}-association-aide`, associationError ? `${id}-association-erreur` : ''].filter(Boolean).join(' ')}
          >
            <option value="">— Choisissez votre association —</option>
            {associations.map((a) => (
              <option key={a.id} value={String(a.id)}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {attestation ? (
        <div className="form-field">
          {residentError ? (
            <p className="field-error" id={`${id}-habitant-erreur`}>
              <span className="visually-hidden">Erreur : </span>
              {residentError}
            </p>
          ) : null}
          <div className="choices__item">
            <input
              type="checkbox"
              id={`${id}-habitant`}
              name={`${name}.habitant`}
              value="oui"
              defaultChecked={Boolean(value?.residentDeclared)}
              aria-invalid={residentError ? true : undefined}
              aria-describedby={residentError ? `${id}-habitant-erreur` : undefined}
            />
            <label htmlFor={`${id}-habitant`}>J’atteste habiter la commune (pour le tarif habitant ; un justificatif de domicile pourra m’être demandé)</label>
          </div>
        </div>
      ) : null}
    </>
  )
}
