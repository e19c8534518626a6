/** A waiting-list entry's states, with their French labels. */
export const WAITING_STATES = [
  { value: 'attente', label: 'En attente' },
  { value: 'invitee', label: 'Places proposées' },
  { value: 'utilisee', label: 'Places réservées' },
  { value: 'expiree', label: 'Proposition expirée' },
  { value: 'retiree', label: 'Retirée' },
] as const

export type WaitingState = (typeof WAITING_STATES)[number]['value']
