import { formatEuros } from '../booking/resourceRules'
import type { TicketsAnswer } from './ticketsAnswer'

const sessionFormat = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Paris' })

/** "samedi 12 décembre 2026 à 20:30" → "samedi 12 décembre 2026 à 20 h 30". */
export const sessionFr = (iso: string): string => sessionFormat.format(new Date(iso)).replace(/(\d{1,2}):(\d{2})$/, '$1 h $2')

/** The lines a ticket order shows (check page, e-mails, exports, the agents' view). */
export function describeTickets(answer: TicketsAnswer): string[] {
  const lines = [`${answer.eventTitle} — ${sessionFr(answer.sessionStartsAt)}`]
  for (const line of answer.lines) lines.push(`${line.quantity} × ${line.name} (${line.unitCents ? formatEuros(line.unitCents) : 'gratuit'})`)
  if (answer.seats.length) lines.push(`Places : ${answer.seats.join(', ')}`)
  lines.push(answer.amountCents ? `Total : ${formatEuros(answer.amountCents)}, à régler sur place` : 'Total : gratuit')
  return lines
}
