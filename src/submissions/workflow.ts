import { statusLabel, type SubmissionStatus } from './statuses'

/**
 * Allowed status changes of a request. Terminal statuses (terminée, refusée, classée sans suite)
 * can only be reopened to "en cours" (a mistake, or a new element from the citizen).
 */
export const TRANSITIONS: Record<SubmissionStatus, SubmissionStatus[]> = {
  recue: ['en_cours', 'attente_usager', 'refusee', 'classee'],
  en_cours: ['attente_usager', 'terminee', 'refusee', 'classee'],
  attente_usager: ['en_cours', 'terminee', 'refusee', 'classee'],
  terminee: ['en_cours'],
  refusee: ['en_cours'],
  classee: ['en_cours'],
}

export function canTransition(from: string, to: string): boolean {
  return from === to || (TRANSITIONS[from as SubmissionStatus] ?? []).includes(to as SubmissionStatus)
}

export function transitionProblem(from: string, to: string): string | null {
  if (canTransition(from, to)) return null
  const allowed = (TRANSITIONS[from as SubmissionStatus] ?? []).map((s) => `« ${statusLabel(s)} »`).join(', ')
  return `Une demande « ${statusLabel(from)} » ne peut pas passer à « ${statusLabel(to)} ». Statuts possibles : ${allowed || 'aucun'}.`
}

export const CLOSED_STATUSES: SubmissionStatus[] = ['terminee', 'refusee', 'classee']
/** The complement of CLOSED_STATUSES: queries use `in` so that an index on status serves them. */
export const OPEN_STATUSES: SubmissionStatus[] = ['recue', 'en_cours', 'attente_usager']

/**
 * The server operation behind the citizen's message on the follow-up page, passed as
 * `req.context.citizenMessage` (server code only: no client sets `req.context`). The workflow hook
 * appends it; its files must have been uploaded for this message (decision 0019).
 */
export interface CitizenMessageOperation {
  text: string
  files?: Array<number | string>
}

export const UNREADABLE_TEXT = 'Le texte contient des caractères illisibles (encodage non reconnu) : retapez-le ou recopiez-le depuis un autre logiciel.'
export const UNREADABLE_CITIZEN_MESSAGE =
  'Votre message contient des caractères illisibles (encodage non reconnu) : retapez les caractères concernés, par exemple les lettres accentuées, puis envoyez-le à nouveau.'
export const FOREIGN_MESSAGE_FILES = 'Les pièces jointes d’un message doivent avoir été déposées pour ce message, pour cette demande.'
