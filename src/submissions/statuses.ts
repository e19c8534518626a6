/** Request statuses (the back-office issue adds the allowed transitions). */
export const SUBMISSION_STATUSES = [
  { value: 'recue', label: 'Reçue' },
  { value: 'en_cours', label: 'En cours' },
  { value: 'attente_usager', label: "En attente de l'usager" },
  { value: 'terminee', label: 'Terminée' },
  { value: 'refusee', label: 'Refusée' },
  { value: 'classee', label: 'Classée sans suite' },
] as const

export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number]['value']

export const statusLabel = (value: string): string => SUBMISSION_STATUSES.find((s) => s.value === value)?.label ?? value
