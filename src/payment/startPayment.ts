import type { Payload } from 'payload'

import { followUpLinks } from '../lib/followUpLinks'
import { publicUrl } from '../lib/publicUrl'
import { isUniqueViolation } from '../lib/uniqueViolation'
import type { Payment, Submission } from '../payload-types'
import { amountDue, leftToPay } from './amountDue'
import { keepOrderPlaces } from './orderEffects'
import { recordNote, recordTransition } from './paymentEvents'
import { MIN_AMOUNT_CENTS, toPayfipObjet } from './payfip/rules'
import { newRefdet } from './refdet'
import { payfipSettings, paymentProvider } from './settings'
import { applyOutcome, settleByIdOp } from './settle'
import { IDOP_VALID_MINUTES, paymentMayLandUntil } from './window'

export type StartOutcome = { ok: true; redirect: string } | { ok: false; status: number; message: string }

const timeFr = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short', timeZone: 'Europe/Paris' })

/** Where PayFiP calls back and sends the citizen back: our routes, at the portal's public address. */
export const paymentUrls = (token: string) => ({
  notification: `${publicUrl()}/paiement/notification`,
  back: `${publicUrl()}${followUpLinks.page(token)}/paiement/retour`,
})

/**
 * The citizen presses "Payer" on the follow-up page: the amount is computed here, from what the
 * request stored; one payment is in flight per request at a time (a unique key), so two presses
 * or two tabs never lead to paying twice. Returns PayFiP's page to send the browser to.
 */
export async function startPayment(payload: Payload, submission: Submission & { followUpToken?: string }, now = new Date()): Promise<StartOutcome> {
  const inFlight = await openPayment(payload, submission.reference)
  if (inFlight) {
    // Settled meanwhile (the notification got lost)? Ask before refusing.
    const state = inFlight.idOp.startsWith('attente-') ? 'en_attente' : await settleByIdOp(payload, inFlight.idOp, 'retour', now).catch(() => 'en_attente')
    // PayFiP still knows no result once its operation has expired: nothing can be paid on it any more.
    if (state === 'en_cours' && now.getTime() - Date.parse(inFlight.createdAt) > (IDOP_VALID_MINUTES + 1) * 60_000) await applyOutcome(payload, inFlight, 'lapsed', 'retour', now)
    else if (state === 'en_attente' || state === 'en_cours') return busy(inFlight)
  }
  const due = await amountDue(payload, submission)
  const amountCents = leftToPay(due)
  if (!due.online || amountCents <= 0) return { ok: false, status: 409, message: 'Il ne reste rien à payer en ligne pour cette demande.' }
  if (amountCents < MIN_AMOUNT_CENTS) return { ok: false, status: 409, message: 'PayFiP n’accepte pas les paiements de moins de 1 € : réglez ce montant auprès du service.' }
  if (!submission.requesterEmail) return { ok: false, status: 409, message: 'Le paiement en ligne demande une adresse électronique : contactez le service pour régler cette demande.' }
  const settings = payfipSettings()
  const refdet = newRefdet(submission.reference)
  const version = (submission.formVersion ?? {}) as { title?: string; payment?: { objet?: string | null } | null }
  const objet = toPayfipObjet(version.payment?.objet || `${version.title ?? 'Demande'} ${submission.reference}`)
  const organisation = typeof submission.organisation === 'object' ? submission.organisation.id : submission.organisation
  let payment: Payment
  try {
    payment = await payload.create({
      collection: 'payments',
      data: {
        reference: submission.reference,
        submission: submission.id,
        organisation,
        amountCents,
        objet,
        refdet,
        idOp: `attente-${refdet}`,
        openKey: submission.reference,
        state: 'en_attente',
        provider: settings.provider,
        mode: settings.saisie,
        payerEmail: submission.requesterEmail,
      } as never,
      overrideAccess: true,
      depth: 0,
    })
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    const other = await openPayment(payload, submission.reference)
    return other ? busy(other) : { ok: false, status: 409, message: 'Un paiement vient d’être lancé pour cette demande : rechargez la page de suivi.' }
  }
  await recordNote(payload, { payment, from: null, to: 'en_attente', source: 'creation', detail: `${amountCents} centimes`, at: now })
  // The order's places outlive the operation PayFiP is about to open.
  await keepOrderPlaces(payload, submission.reference, paymentMayLandUntil(now))
  const urls = paymentUrls(submission.followUpToken ?? '')
  try {
    const { idOp } = await paymentProvider().createPayment({
      numcli: settings.numcli,
      exer: String(now.getFullYear()),
      refdet,
      amountCents,
      mel: submission.requesterEmail,
      objet,
      saisie: settings.saisie,
      urlnotif: urls.notification,
      urlredirect: urls.back,
    })
    await payload.update({ collection: 'payments', id: payment.id, data: { idOp } as never, overrideAccess: true, depth: 0 })
    return { ok: true, redirect: paymentProvider().paymentPageUrl(idOp) }
  } catch (error) {
    payload.logger.error({ err: error, payment: payment.id }, 'PayFiP refused or did not answer creerPaiementSecurise')
    if (await recordTransition(payload, { payment, kind: 'issue', from: 'en_attente', to: 'echec', source: 'creation', detail: (error as Error).message, at: new Date() })) {
      await payload.update({ collection: 'payments', id: payment.id, data: { state: 'echec', openKey: `${submission.reference}:${payment.id}`, settledAt: new Date().toISOString() } as never, overrideAccess: true, depth: 0 })
    }
    return { ok: false, status: 503, message: 'Le service de paiement en ligne ne répond pas pour le moment : réessayez dans quelques minutes. Votre demande est bien enregistrée.' }
  }
}

async function openPayment(payload: Payload, reference: string): Promise<Payment | null> {
  const { docs } = await payload.find({ collection: 'payments', where: { and: [{ reference: { equals: reference } }, { state: { equals: 'en_attente' } }] }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0] ?? null
}

function busy(payment: Payment): StartOutcome {
  const retryAt = new Date(Date.parse(payment.createdAt) + (IDOP_VALID_MINUTES + 1) * 60_000)
  return {
    ok: false,
    status: 409,
    message: `Un paiement est déjà en cours pour cette demande (commencé à ${timeFr.format(new Date(payment.createdAt))}). S’il n’a pas abouti, vous pourrez payer à nouveau à partir de ${timeFr.format(retryAt)}.`,
  }
}
