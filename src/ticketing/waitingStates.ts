import { whenFr } from '../booking/describe'
import type { WaitingList } from '../payload-types'
import { sessionFr } from './describe'

/** A waiting-list entry's states, with their French labels. */
export const WAITING_STATES = [
  { value: 'attente', label: 'En attente' },
  { value: 'invitee', label: 'Places proposées' },
  { value: 'utilisee', label: 'Places réservées' },
  { value: 'expiree', label: 'Proposition expirée' },
  { value: 'retiree', label: 'Retirée' },
] as const

export type WaitingState = (typeof WAITING_STATES)[number]['value']

/** What an entry waits for, in French: "« Titre », samedi 12 décembre à 20 h 30" or "Salle des fêtes, samedi 14 juin 2026". */
export const waitingEntryFr = (entry: Pick<WaitingList, 'resource' | 'resourceName' | 'slotStart' | 'slotEnd' | 'days' | 'eventTitle' | 'sessionStartsAt'>): string =>
  entry.resource && entry.slotStart
    ? `${entry.resourceName ?? ''}, ${whenFr({ start: entry.slotStart, end: entry.slotEnd ?? entry.slotStart, days: entry.days ?? 1 })}`
    : `« ${entry.eventTitle ?? ''} », ${sessionFr(entry.sessionStartsAt)}`
