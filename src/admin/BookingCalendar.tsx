import type { CSSProperties } from 'react'

import { calendarHref, type BookingCalendar as Calendar, type CalendarEntry, type CalendarScale } from '../booking/calendar'
import { caption, cell, headCell, scroller, table } from './tableStyles'

const longDay = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
const shortDay = new Intl.DateTimeFormat('fr-FR', { weekday: 'short', day: 'numeric', timeZone: 'UTC' })
const expiry = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: 'numeric', minute: '2-digit' })
const utc = (day: string) => new Date(`${day}T00:00:00Z`)
const expiryFr = (iso: string) => expiry.format(new Date(iso)).replace(' ', ' à ').replace(/(\d{1,2}):(\d{2})$/, '$1 h $2')

// An option is drawn dashed and the state is written out: colour is never the only sign.
const entryStyle = (state: string): CSSProperties => ({
  display: 'block',
  margin: '0 0 0.25rem',
  padding: '0.15rem 0.3rem',
  borderRadius: 'var(--style-radius-s, 3px)',
  border: state === 'option' ? '1px dashed var(--theme-warning-500)' : '1px solid var(--theme-success-500)',
  background: state === 'option' ? 'var(--theme-warning-100)' : 'var(--theme-success-100)',
  color: 'var(--theme-text)',
  textDecoration: 'none',
  fontSize: '0.85em',
  lineHeight: 1.3,
})

const RESOURCE_REM = 11
const MONTH_DAY_REM = 6

const nav: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.25rem', alignItems: 'center', margin: '0 0 1rem' }

type Props = { calendar: Calendar; base: string; today: string; adminRoute: string }

/** The calendar as accessible tables: one row per resource, one column per day; then the options awaiting a decision. */
export function BookingCalendar({ calendar, base, today, adminRoute }: Props) {
  const { period, selected } = calendar
  const href = (scale: CalendarScale, day: string, resource = selected) => calendarHref(base, scale, day, resource)
  const month = period.scale === 'mois'
  const unit = month ? 'Mois' : 'Semaine'
  const bookingHref = (id: number | string) => `${adminRoute}/collections/bookings/${encodeURIComponent(String(id))}`
  return (
    <>
      <nav aria-label="Période affichée" style={nav}>
        <span>
          Vue :{' '}
          <a href={href('semaine', period.days[0])} aria-current={period.scale === 'semaine' ? 'page' : undefined} style={{ fontWeight: period.scale === 'semaine' ? 700 : 400 }}>
            semaine
          </a>{' '}
          ·{' '}
          <a href={href('mois', period.days[0])} aria-current={period.scale === 'mois' ? 'page' : undefined} style={{ fontWeight: period.scale === 'mois' ? 700 : 400 }}>
            mois
          </a>
        </span>
        <a href={href(period.scale, period.previous)}>← {unit} précédent{period.scale === 'semaine' ? 'e' : ''}</a>
        <a href={href(period.scale, today)}>Aujourd’hui</a>
        <a href={href(period.scale, period.next)}>{unit} suivant{period.scale === 'semaine' ? 'e' : ''} →</a>
      </nav>
      <form method="get" action={base} style={{ ...nav, margin: '0 0 1rem' }}>
        <input type="hidden" name="vue" value={period.scale} />
        <input type="hidden" name="date" value={period.days[0]} />
        <label htmlFor="calendrier-ressource">Ressource</label>
        <select id="calendrier-ressource" name="ressource" defaultValue={selected ?? ''}>
          <option value="">Toutes les ressources</option>
          {calendar.resources.map((r) => (
            <option key={r.id} value={String(r.id)}>
              {r.name}
            </option>
          ))}
        </select>
        <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
          Afficher
        </button>
      </form>

      <h2 style={{ fontSize: '1.25rem', margin: '0 0 0.5rem' }}>{period.label.charAt(0).toUpperCase() + period.label.slice(1)}</h2>
      {calendar.rows.length ? (
        <div style={scroller}>
          {/* A month keeps readable columns and scrolls sideways; a week fits the page. */}
          <table style={{ ...table, tableLayout: 'fixed', ...(month ? { width: `${RESOURCE_REM + period.days.length * MONTH_DAY_REM}rem` } : {}) }}>
            <caption style={caption}>
              Réservations, {period.label} : une ligne par ressource, une colonne par jour
            </caption>
            <thead>
              <tr>
                <th scope="col" style={{ ...headCell, width: `${RESOURCE_REM}rem` }}>
                  Ressource
                </th>
                {period.days.map((day) => (
                  <th key={day} scope="col" style={{ ...headCell, ...(day === today ? { boxShadow: 'inset 0 -3px 0 var(--theme-success-500)' } : {}) }} aria-current={day === today ? 'date' : undefined}>
                    {period.scale === 'mois' ? <abbr title={longDay.format(utc(day))}>{shortDay.format(utc(day))}</abbr> : longDay.format(utc(day))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {calendar.rows.map((row) => (
                <tr key={row.resource.id}>
                  <th scope="row" style={cell}>
                    {row.resource.name}
                  </th>
                  {row.cells.map((c) => (
                    <td key={c.day} style={{ ...cell, padding: '0.25rem' }}>
                      {c.entries.map((e) => (
                        <Entry key={e.id} entry={e} href={bookingHref(e.id)} compact={month} />
                      ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucune ressource réservable à afficher.</p>
      )}

      <h2 style={{ fontSize: '1.25rem', margin: '1.5rem 0 0.5rem' }}>Options en attente de décision</h2>
      {calendar.pending.length ? (
        <div style={scroller}>
          <table style={table}>
            <caption style={caption}>Options en attente de décision, de la plus proche de son expiration à la plus lointaine</caption>
            <thead>
              <tr>
                {['Demande n°', 'Ressource', 'Quand', 'Demandeur', 'Option valable jusqu’au', 'Décision'].map((h) => (
                  <th key={h} scope="col" style={headCell}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {calendar.pending.map((o) => (
                <tr key={o.id}>
                  <th scope="row" style={cell}>
                    {o.reference}
                  </th>
                  <td style={cell}>{o.resourceName}</td>
                  <td style={cell}>{o.when}</td>
                  <td style={cell}>{o.requesterName || '—'}</td>
                  <td style={cell}>{o.optionUntil ? `${o.expired ? 'Expirée depuis le ' : ''}${expiryFr(o.optionUntil)}` : '—'}</td>
                  <td style={cell}>
                    <a href={bookingHref(o.id)}>
                      Confirmer ou refuser<span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}> l’option {o.reference}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucune option en attente.</p>
      )}
    </>
  )
}

/** A booking in its day: state, time, request and requester; in a month, the requester only on hover (the week shows it). */
function Entry({ entry, href, compact }: { entry: CalendarEntry; href: string; compact: boolean }) {
  const who = entry.requesterName ? ` — ${entry.requesterName}` : ''
  return (
    <a href={href} style={entryStyle(entry.state)} title={compact ? `${entry.stateText} · ${entry.time} · ${entry.reference}${who}` : undefined}>
      <strong>{entry.stateText}</strong>
      {compact ? <br /> : ' · '}
      {entry.time}
      {entry.quantity > 1 ? ` · ×${entry.quantity}` : ''}
      <br />
      {entry.reference}
      {compact ? null : who}
    </a>
  )
}
