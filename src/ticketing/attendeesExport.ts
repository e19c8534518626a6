import { isoDateOf } from '../lib/calendarDate'
import { clockTimeOf } from '../lib/clockTime'
import type { SessionReport } from './sessionReport'
import { ticketStateLabel } from './ticketStates'

/** The columns of a session's attendees export (CSV and XLSX alike). */
export const ATTENDEE_HEADER = ['Nom', 'Courriel', 'Demande n°', 'Tarif', 'Prix (€)', 'Place', 'État', 'Contrôlé à l’entrée', 'Contrôlé le'] as const

const dateTimeFr = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })

/** One row per ticket: French text for CSV ("18,00", "12/12/2026 20:02"), real numbers and dates for XLSX. */
export function attendeeRows(report: SessionReport, format: 'csv' | 'xlsx'): Array<Array<string | number | Date>> {
  const xlsx = format === 'xlsx'
  return report.attendees.map((a) => [
    a.name,
    a.email,
    a.reference,
    a.tariff,
    xlsx ? a.priceCents / 100 : (a.priceCents / 100).toFixed(2).replace('.', ','),
    a.seat,
    ticketStateLabel(a.state),
    a.checkedIn ? 'oui' : 'non',
    a.usedAt ? (xlsx ? new Date(a.usedAt) : dateTimeFr.format(new Date(a.usedAt))) : '',
  ])
}

/** "le-songe-2026-12-12-20h30-participants.csv": the show and the session's day and time (Paris). */
export function attendeesFileName(eventSlug: string | null | undefined, startsAt: string, extension: 'csv' | 'xlsx'): string {
  const at = new Date(startsAt)
  const slug = (eventSlug ?? '').replace(/[^a-z0-9-]/gi, '') || 'spectacle'
  return `${slug}-${isoDateOf(at)}-${clockTimeOf(at).replace(':', 'h')}-participants.${extension}`
}
