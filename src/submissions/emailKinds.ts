/** What an e-mail about a request was: its label on the agent's timeline. */
export const EMAIL_KINDS = [
  { value: 'acknowledgement', label: 'Accusé de réception' },
  { value: 'service', label: 'Notification au service' },
  { value: 'status', label: 'Changement de statut' },
  { value: 'reply', label: 'Réponse à l’usager' },
  { value: 'citizenMessage', label: 'Message de l’usager transmis au service' },
  { value: 'payment', label: 'Paiement' },
] as const

export type EmailKind = (typeof EMAIL_KINDS)[number]['value']

export const emailKindLabel = (value: string): string => EMAIL_KINDS.find((k) => k.value === value)?.label ?? value
