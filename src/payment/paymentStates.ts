/** A payment's states, with their French labels (staff lists, the citizen's follow-up page). */
export const PAYMENT_STATES = [
  { value: 'en_attente', label: 'En cours (chez PayFiP)' },
  { value: 'payee', label: 'Payé' },
  { value: 'refusee', label: 'Refusé' },
  { value: 'abandonnee', label: 'Abandonné' },
  { value: 'echec', label: 'Non démarré (service indisponible)' },
  { value: 'remboursee', label: 'Remboursé' },
] as const

export type PaymentState = (typeof PAYMENT_STATES)[number]['value']

export const paymentStateLabel = (state: string | null | undefined): string => PAYMENT_STATES.find((s) => s.value === state)?.label ?? ''

/** How a payment was settled: the means PayFiP reports. */
export const PAYMENT_MEANS = [
  { value: 'carte', label: 'Carte bancaire' },
  { value: 'prelevement', label: 'Prélèvement SEPA' },
] as const

export const paymentMeansLabel = (means: string | null | undefined): string => PAYMENT_MEANS.find((m) => m.value === means)?.label ?? ''

/** What moved a payment: the notification, the citizen's return, the reconciliation job, or staff. */
export const PAYMENT_SOURCES = [
  { value: 'creation', label: 'Création' },
  { value: 'notification', label: 'Notification PayFiP' },
  { value: 'retour', label: 'Retour du citoyen' },
  { value: 'rapprochement', label: 'Rapprochement automatique' },
  { value: 'personnel', label: 'Agent' },
] as const

export type PaymentSource = (typeof PAYMENT_SOURCES)[number]['value']
