import { parisDay } from './delays'
import { CLOSED_STATUSES } from './workflow'

const DAY = 86_400_000

export type DueTone = 'late' | 'soon' | 'later' | 'none'

/**
 * What a due date means today, in words (never colour alone): "En retard de 3 jours",
 * "Échéance aujourd'hui", "Dans 5 jours". The same bounds as dueWindow: overdue before today,
 * "soon" within 7 days; a closed request has no pending deadline.
 */
export function dueState(dueDate: string | null | undefined, status: string | null | undefined, now = new Date()): { tone: DueTone; text: string } {
  if (!dueDate || CLOSED_STATUSES.includes(status as never)) return { tone: 'none', text: '' }
  const days = Math.round((parisDay(new Date(dueDate)).getTime() - parisDay(now).getTime()) / DAY)
  if (days < 0) return { tone: 'late', text: `En retard de ${-days} jour${-days > 1 ? 's' : ''}` }
  if (days === 0) return { tone: 'soon', text: 'Échéance aujourd’hui' }
  if (days === 1) return { tone: 'soon', text: 'Demain' }
  return { tone: days <= 7 ? 'soon' : 'later', text: `Dans ${days} jours` }
}
