import type { PayfipResult } from '../provider'

/** What the tester may choose on the simulator's page: a PayFiP result, or a card payment whose notification is never sent. */
export interface SimulatorChoice {
  value: string
  label: string
  resultrans: PayfipResult
  notify: boolean
}

export const SIMULATOR_CHOICES: readonly SimulatorChoice[] = [
  { value: 'P', label: 'Carte acceptée (P)', resultrans: 'P', notify: true },
  { value: 'V', label: 'Prélèvement accepté (V)', resultrans: 'V', notify: true },
  { value: 'R', label: 'Carte refusée (R)', resultrans: 'R', notify: true },
  { value: 'Z', label: 'Prélèvement refusé (Z)', resultrans: 'Z', notify: true },
  { value: 'A', label: 'Abandon du paiement (A)', resultrans: 'A', notify: true },
  { value: 'P-sans-notification', label: 'Payé par carte, notification jamais envoyée', resultrans: 'P', notify: false },
]

export const choiceOf = (value: string) => SIMULATOR_CHOICES.find((choice) => choice.value === value) ?? null
