import type { Payload } from 'payload'

import { readLimitedFormData } from '../../intake/limitedFormData'
import { choiceOf } from './choices'
import { sendNotification } from './notify'
import { findSimulation, isExpired, SIMULATIONS, type Simulation } from './operations'
import { paymentPageHtml, simulatorProblemHtml } from './pageHtml'

/** Where the page's form posts: the page itself. */
export const PAYMENT_PAGE_PATH = '/simulateur-payfip/paiement'
const MAX_POST_BYTES = 4_096

const html = (status: number, body: string) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })

const unknown = () => html(404, simulatorProblemHtml('Opération inconnue', 'Cette opération de paiement n’existe pas. Revenez au site et recommencez le paiement.'))
const used = () => html(409, simulatorProblemHtml('Opération déjà utilisée', 'Ce paiement a déjà été traité : une opération ne sert qu’une fois. Revenez au site pour voir son résultat.'))
const expired = () => html(410, simulatorProblemHtml('Opération expirée', 'Plus de 15 minutes se sont écoulées depuis le début de ce paiement. Revenez au site et recommencez le paiement.'))

/** Why an operation cannot be paid any more, or null when its page may be shown. */
function refusal(simulation: Simulation | null, now: Date): Response | null {
  if (!simulation) return unknown()
  if (simulation.state !== 'en-attente') return used()
  if (isExpired(simulation, now)) return expired()
  return null
}

/** GET ?idop=…: the payment page, or a French refusal (4xx, never 5xx). */
export async function showPaymentPage(payload: Payload, request: Request, now = new Date()): Promise<Response> {
  const idOp = new URL(request.url).searchParams.get('idop') ?? ''
  const simulation = await findSimulation(payload, idOp)
  return refusal(simulation, now) ?? html(200, paymentPageHtml(simulation!, PAYMENT_PAGE_PATH))
}

/** A card authorisation number for accepted payments (six characters, as banks give). */
const authorisationNumber = () => Math.random().toString(36).slice(2, 8).toUpperCase().padEnd(6, '0')

/**
 * POST: records the tester's choice once — a conditional write (state still "en-attente"), so of
 * two concurrent posts one wins and the other is told the operation is used — then notifies
 * urlnotif (unless told not to) and sends the browser to urlredirect.
 */
export async function recordPaymentChoice(payload: Payload, request: Request, now = new Date()): Promise<Response> {
  let data: FormData
  try {
    data = await readLimitedFormData(request, MAX_POST_BYTES)
  } catch {
    return html(400, simulatorProblemHtml('Envoi illisible', 'Le formulaire de paiement n’a pas pu être lu. Revenez au site et recommencez le paiement.'))
  }
  const idOp = String(data.get('idop') ?? '')
  const choice = choiceOf(String(data.get('resultat') ?? ''))
  const simulation = await findSimulation(payload, idOp)
  const refused = refusal(simulation, now)
  if (refused) return refused
  if (!choice) return html(400, simulatorProblemHtml('Choix manquant', 'Choisissez le résultat du paiement à simuler, puis validez.'))
  const accepted = choice.resultrans === 'P' || choice.resultrans === 'V'
  const recorded = await payload.db.updateOne({
    collection: SIMULATIONS,
    where: { and: [{ idOp: { equals: idOp } }, { state: { equals: 'en-attente' } }] },
    data: {
      state: 'choisi',
      resultrans: choice.resultrans,
      numauto: accepted ? authorisationNumber() : null,
      chosenAt: now.toISOString(),
      notificationSkipped: !choice.notify,
    },
    // drizzle: one UPDATE … WHERE … RETURNING; MongoDB: findOneAndUpdate. Either way a single conditional write.
    options: { atomic: true },
    returning: true,
  })
  if (!recorded) return used()
  if (choice.notify) await sendNotification(simulation!.urlnotif, idOp)
  const back = new URL(simulation!.urlredirect)
  back.searchParams.set('idop', idOp)
  return new Response(null, { status: 303, headers: { Location: back.toString(), 'Cache-Control': 'no-store' } })
}
