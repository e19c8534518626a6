import { element as h, type Markup } from '../../security/markup'
import { plainPageHtml } from '../../security/plainPage'
import { SIMULATOR_CHOICES } from './choices'
import type { Simulation } from './operations'

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
/** "36,00 €", with ordinary spaces (Intl writes narrow no-break ones, which some screen readers spell out). */
export const formatEurosFr = (cents: number) => euros.format(cents / 100).replace(/[\u202f\u00a0]/g, ' ')

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}' +
  '.avertissement{border:3px solid #b34700;padding:.75rem 1rem;background:#fff4e5;font-weight:bold}' +
  'fieldset{border:1px solid #555;padding:1rem;margin:1.5rem 0}legend{font-weight:bold;padding:0 .25rem}' +
  '.choix{margin:.5rem 0}.choix input{width:1.25rem;height:1.25rem;vertical-align:middle;margin-right:.5rem}' +
  'button{font-size:1.1rem;padding:.6rem 1.2rem;background:#1d4ed8;color:#fff;border:0;border-radius:4px;cursor:pointer}' +
  'button:focus,input:focus{outline:3px solid #ffbf47;outline-offset:2px}dt{font-weight:bold}dd{margin:0 0 .5rem 0}'

const page = (title: string, ...content: Markup[]): string => plainPageHtml(title + ' — Simulateur PayFiP', [h('style', null, STYLE)], ...content)

const warning = () => h('p', { class: 'avertissement' }, 'Simulateur PayFiP — aucun paiement réel n’est effectué.')

/** The payment page: what is to be paid, and the outcome the tester picks (a plain form: no script needed). */
export function paymentPageHtml(simulation: Simulation, action: string): string {
  const choices = SIMULATOR_CHOICES.map((choice, index) =>
    h(
      'div',
      { class: 'choix' },
      h('input', { type: 'radio', name: 'resultat', id: `resultat-${choice.value}`, value: choice.value, ...(index === 0 ? { checked: '', required: '' } : {}) }),
      h('label', { for: `resultat-${choice.value}` }, choice.label),
    ),
  )
  return page(
    'Paiement',
    h('h1', null, 'Paiement en ligne'),
    warning(),
    h(
      'dl',
      null,
      h('dt', null, 'Montant'),
      h('dd', null, formatEurosFr(simulation.amountCents)),
      h('dt', null, 'Objet'),
      h('dd', null, simulation.objet || '(aucun)'),
      h('dt', null, 'Référence (refdet)'),
      h('dd', null, simulation.refdet),
    ),
    h(
      'form',
      { method: 'post', action },
      h('input', { type: 'hidden', name: 'idop', value: simulation.idOp }),
      h('fieldset', null, h('legend', null, 'Résultat du paiement à simuler'), ...choices),
      h('button', { type: 'submit' }, 'Valider'),
    ),
  )
}

/** A refusal of the simulator's page (unknown, used or expired idOp), in French. */
export function simulatorProblemHtml(title: string, message: string): string {
  return page(title, h('h1', null, title), warning(), h('p', null, message))
}
