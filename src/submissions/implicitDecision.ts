import { dateNumericFr } from '../lib/dateTimeNumericFr'
import { type DelayUnit, type LegalDelay, legalDueDate, parisDay } from './delays'

/**
 * What the administration's silence on a request means (CRPA): acceptance is the general rule
 * (L231-1), rejection the exceptions (L231-4 and the decrees listing them); an information request
 * or a contact message calls for no decision at all. Decision 0049.
 */
export const SILENCE_RULES = [
  { value: 'acceptation', label: 'Silence vaut acceptation (règle générale, art. L231-1 du CRPA)' },
  { value: 'rejet', label: 'Silence vaut rejet (exceptions, art. L231-4 du CRPA et décrets)' },
  { value: 'sans_objet', label: 'Sans objet : aucune décision à prendre (information, contact)' },
] as const

export type SilenceRule = (typeof SILENCE_RULES)[number]['value']

export const DELAY_UNITS = [
  { value: 'mois', label: 'mois' },
  { value: 'jours', label: 'jours' },
] as const satisfies ReadonlyArray<{ value: DelayUnit; label: string }>

export const DEFAULT_DELAY: LegalDelay = { value: 2, unit: 'mois' }

/** The legal settings of a form or of a request's snapshot; `responseDelayDays` is the older field (days only). */
export interface LegalSettings {
  silenceRule?: string | null
  responseDelayValue?: number | null
  responseDelayUnit?: string | null
  responseDelayDays?: number | null
}

/** A request as the computation reads it: its snapshot of the settings and its dates. */
export interface DecisionSource extends LegalSettings {
  createdAt?: string | null
  completeAt?: string | null
  dueDate?: string | null
}

export const isSilenceRule = (value: unknown): value is SilenceRule => SILENCE_RULES.some((r) => r.value === value)

/** The delay: the value and unit when set, else the older `responseDelayDays` as days, else two months. */
export function legalDelayOf(settings: LegalSettings): LegalDelay {
  const value = Number(settings.responseDelayValue)
  if (Number.isInteger(value) && value > 0) return { value, unit: settings.responseDelayUnit === 'jours' ? 'jours' : 'mois' }
  const days = Number(settings.responseDelayDays)
  if (Number.isInteger(days) && days > 0) return { value: days, unit: 'jours' }
  return DEFAULT_DELAY
}

/**
 * The settings a request keeps from its form when it is stored (server-owned, never from a client).
 * `responseDelayDays` is still written for a delay in days, for readers of the older field.
 */
export function legalSnapshotOf(form: LegalSettings) {
  const delay = legalDelayOf(form)
  return {
    silenceRule: isSilenceRule(form.silenceRule) ? form.silenceRule : ('acceptation' as const),
    responseDelayValue: delay.value,
    responseDelayUnit: delay.unit,
    responseDelayDays: delay.unit === 'jours' ? delay.value : null,
  }
}

/** "2 mois", "1 jour", "15 jours". */
export const delayText = (delay: LegalDelay): string => `${delay.value} ${delay.unit === 'jours' ? (delay.value > 1 ? 'jours' : 'jour') : 'mois'}`


export interface ImplicitDecision {
  /** The snapshot's rule; null on a request stored before the rule existed (then nothing is claimed about the silence). */
  rule: SilenceRule | null
  /** What the silence will be deemed: null for a request that calls for no decision, or of unknown rule. */
  nature: 'acceptation' | 'rejet' | null
  delay: LegalDelay
  /** The delay runs: the file was declared complete (L114-5). */
  running: boolean
  /** The day the implicit decision is born (the legal due date), once the delay runs. */
  dueDate: Date | null
  /** The same computed as if the file was complete at receipt: the date the receipt states (R112-5). */
  dueDateIfCompleteAtReceipt: Date | null
  /** One French sentence for the citizen and the agent. */
  label: string
}

const deemed = (nature: 'acceptation' | 'rejet') => (nature === 'acceptation' ? 'acceptée' : 'rejetée')

/**
 * The implicit decision of a request, from its snapshot (silence rule, delay) and its dates: the
 * delay runs from "dossier complet" (L114-5), its due date is the stored one (computed when the
 * file was declared complete) or, failing that, computed again from `completeAt`.
 */
export function implicitDecision(source: DecisionSource, now = new Date()): ImplicitDecision {
  const rule = isSilenceRule(source.silenceRule) ? source.silenceRule : null
  const nature = rule === 'acceptation' || rule === 'rejet' ? rule : null
  const delay = legalDelayOf(source)
  const running = Boolean(source.completeAt)
  const dueDate = source.dueDate ? new Date(source.dueDate) : source.completeAt ? legalDueDate(new Date(source.completeAt), delay) : null
  const dueDateIfCompleteAtReceipt = source.createdAt ? legalDueDate(new Date(source.createdAt), delay) : null
  let label: string
  if (rule === 'sans_objet') label = "Cette demande n'appelle pas de décision administrative : le silence du service ne vaut ni acceptation ni rejet."
  else if (!running) {
    label = nature
      ? `Le délai de ${delayText(delay)} court à compter de la réception du dossier complet : sans réponse de notre part dans ce délai, votre demande sera réputée ${deemed(nature)}.`
      : `Le délai de réponse de ${delayText(delay)} court à compter de la réception du dossier complet.`
  } else if (!nature) label = `Réponse due au plus tard le ${dateNumericFr(dueDate)}.`
  else if (dueDate!.getTime() < parisDay(now).getTime()) label = `Sans réponse de notre part au ${dateNumericFr(dueDate)}, votre demande est réputée ${deemed(nature)} depuis cette date.`
  else label = `Sans réponse de notre part au ${dateNumericFr(dueDate)}, votre demande sera réputée ${deemed(nature)}.`
  return { rule, nature, delay, running, dueDate, dueDateIfCompleteAtReceipt, label }
}
