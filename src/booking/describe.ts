import { clockTimeOf, timeFr } from '../lib/clockTime'
import { addDays, formatEuros, RATE_LABELS } from './resourceRules'
import type { SlotAnswer } from './slotAnswer'

const longDay = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const shortDay = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })

/** "2026-12-12" → "samedi 12 décembre 2026". */
export const dayFr = (day: string): string => longDay.format(new Date(`${day.slice(0, 10)}T00:00:00Z`))

/** "2026-12-12" → "samedi 12 décembre" (in a table of one week). */
export const dayInWeekFr = (day: string): string => shortDay.format(new Date(`${day.slice(0, 10)}T00:00:00Z`))

/** When a booking is: "samedi 12 décembre 2026", "du samedi 12 décembre 2026 au lundi 14 décembre 2026", "…, de 10 h 00 à 12 h 00". */
export function whenFr(answer: Pick<SlotAnswer, 'start' | 'end' | 'days'>): string {
  const day = answer.start.slice(0, 10)
  if (answer.start.length > 10) return `${dayFr(day)}, de ${timeFr(answer.start.slice(11, 16))} à ${timeFr(answer.end)}`
  return answer.days > 1 ? `du ${dayFr(day)} au ${dayFr(answer.end)}` : dayFr(day)
}

/** The lines a booking answer shows (check page, e-mails, exports, the agents' view). */
export function describeSlot(answer: SlotAnswer): string[] {
  const lines = [`${answer.resourceName} — ${whenFr(answer)}`]
  if (answer.quantity > 1) lines.push(`Quantité : ${answer.quantity}`)
  if (answer.association) lines.push(`Association : ${answer.association.name}`)
  if (answer.residentDeclared) lines.push('Habitant de la commune (attesté par le demandeur)')
  lines.push(
    answer.amountCents > 0
      ? `Tarif ${RATE_LABELS[answer.rate]?.toLowerCase() ?? ''} : ${formatEuros(answer.amountCents)}, à régler sur place`
      : 'Gratuit',
  )
  return lines
}

/** When a stored booking is, in French (its end read from the booking's own dates). */
export function bookingWhenFr(booking: { start: string; days?: number | null; endsAt: string }): string {
  const days = Math.max(1, booking.days ?? 1)
  const slot = booking.start.length > 10
  const end = slot ? clockTimeOf(new Date(booking.endsAt)) : addDays(booking.start, days - 1)
  return whenFr({ start: booking.start, end, days })
}
