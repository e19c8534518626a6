/** A booking's states, with their French labels (agents' lists, the citizen's follow-up page). */
export const BOOKING_STATES = [
  { value: 'option', label: 'Option (en attente de validation)' },
  { value: 'attente_paiement', label: 'En attente de paiement' },
  { value: 'confirmee', label: 'Confirmée' },
  { value: 'annulee', label: 'Annulée' },
  { value: 'utilisee', label: 'Utilisée' },
] as const

export type BookingState = (typeof BOOKING_STATES)[number]['value']

export const bookingStateLabel = (state: string | null | undefined): string => BOOKING_STATES.find((s) => s.value === state)?.label ?? ''
