/** A ticket's states, with their French labels. */
export const TICKET_STATES = [
  { value: 'attente_paiement', label: 'En attente de paiement' },
  { value: 'valide', label: 'Valide' },
  { value: 'annule', label: 'Annulé' },
  { value: 'utilise', label: 'Utilisé' },
] as const

export type TicketState = (typeof TICKET_STATES)[number]['value']

export const ticketStateLabel = (state: string | null | undefined): string => TICKET_STATES.find((s) => s.value === state)?.label ?? ''
