import { element as h, type Markup } from '../../security/markup'
import { plainPageHtml } from '../../security/plainPage'

export interface WaitingPageProps {
  /** Where the post goes again (the step address it came to) */
  action: string
  /** The post's own fields, sent again as they were */
  fields: Array<[string, string]>
  /** The button the citizen had pressed ("action" of the form), pressed again */
  pressed: string
  position: number
  retryAfterSeconds: number
}

/** The script that retries by itself (public/scripts/file-attente.js); without it the citizen presses "Réessayer". */
export const WAITING_SCRIPT_PATH = '/scripts/file-attente.js'

const seconds = (n: number) => `${n} seconde${n > 1 ? 's' : ''}`

/**
 * The waiting room's page (decision 0075): the place in line, and the post itself in hidden
 * fields behind "Réessayer", so that nothing typed is lost; the script retries by itself at the
 * time given, and can be stopped. Built with `element` (every value escaped).
 */
export function waitingPageHtml({ action, fields, pressed, position, retryAfterSeconds }: WaitingPageProps): string {
  const hidden: Markup[] = fields.map(([name, value]) => h('input', { type: 'hidden', name, value }))
  return plainPageHtml(
    `File d’attente, place ${position} — Portail citoyen`,
    [h('script', { src: WAITING_SCRIPT_PATH, defer: '' })],
    h('h1', null, 'Forte affluence : votre envoi est en file d’attente'),
    h('p', null, 'Beaucoup de personnes envoient un formulaire en ce moment. Votre envoi n’a pas encore été traité : rien n’a été enregistré ni réservé. Vos réponses sont gardées dans cette page et seront envoyées de nouveau telles quelles.'),
    h('p', null, 'Votre place dans la file : ', h('strong', { 'data-place': '' }, String(position)), '.'),
    h(
      'form',
      { method: 'post', action, 'data-file-attente': '', 'data-secondes': String(retryAfterSeconds) },
      ...hidden,
      h('p', { 'data-consigne': '' }, `Attendez environ ${seconds(retryAfterSeconds)}, puis appuyez sur « Réessayer ». Si vous quittez cette page, votre place est perdue.`),
      h('button', { type: 'submit', name: 'action', value: pressed }, 'Réessayer'),
    ),
  )
}
