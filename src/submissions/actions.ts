import { CLOSED_STATUSES, TRANSITIONS } from './workflow'
import type { SubmissionStatus } from './statuses'

/**
 * The agent's buttons on a request: one per status change the workflow allows from the current
 * status (src/submissions/workflow.ts stays the one authority: the server refuses whatever these
 * say), plus "Déclarer le dossier complet" while the legal delay has not started.
 */
export type RequestActionId = 'take' | 'resume' | 'reopen' | 'complement' | 'complete' | 'accept' | 'refuse' | 'close'

export interface RequestAction {
  id: RequestActionId
  label: string
  /** The status it leads to; none for "dossier complet", which starts the delay only. */
  to: SubmissionStatus | null
  /** What the short form asks for besides the message to the citizen. */
  asks: 'reason' | 'pieces' | 'comment' | 'nothing'
}

export const ACTIONS: Record<RequestActionId, RequestAction> = {
  take: { id: 'take', label: 'Prendre en charge', to: 'en_cours', asks: 'comment' },
  resume: { id: 'resume', label: 'Reprendre l’instruction', to: 'en_cours', asks: 'comment' },
  reopen: { id: 'reopen', label: 'Rouvrir', to: 'en_cours', asks: 'comment' },
  complement: { id: 'complement', label: 'Demander un complément', to: 'attente_usager', asks: 'pieces' },
  complete: { id: 'complete', label: 'Déclarer le dossier complet', to: null, asks: 'nothing' },
  accept: { id: 'accept', label: 'Accepter', to: 'terminee', asks: 'comment' },
  refuse: { id: 'refuse', label: 'Refuser', to: 'refusee', asks: 'reason' },
  close: { id: 'close', label: 'Classer sans suite', to: 'classee', asks: 'comment' },
}

const toEnCours = (from: string): RequestActionId =>
  CLOSED_STATUSES.includes(from as SubmissionStatus) ? 'reopen' : from === 'attente_usager' ? 'resume' : 'take'

const BY_TARGET: Record<Exclude<SubmissionStatus, 'recue' | 'en_cours'>, RequestActionId> = {
  attente_usager: 'complement',
  terminee: 'accept',
  refusee: 'refuse',
  classee: 'close',
}

/** The action that moves a request from `from` to `to`. */
export function actionFor(from: string, to: SubmissionStatus): RequestAction | null {
  if (to === 'recue') return null
  return ACTIONS[to === 'en_cours' ? toEnCours(from) : BY_TARGET[to]]
}

/** The buttons shown for a request, in the order of the workflow. */
export function availableActions(request: { status: string; completeAt?: string | null }): RequestAction[] {
  const actions = (TRANSITIONS[request.status as SubmissionStatus] ?? []).map((to) => actionFor(request.status, to)).filter((a): a is RequestAction => a !== null)
  const open = !CLOSED_STATUSES.includes(request.status as SubmissionStatus)
  if (open && !request.completeAt) actions.splice(request.status === 'recue' ? 1 : 0, 0, ACTIONS.complete)
  return actions
}

export const isActionId = (value: unknown): value is RequestActionId => typeof value === 'string' && value in ACTIONS
