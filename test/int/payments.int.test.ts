/**
 * Paying a ticket order online (#14): the order waits for the payment with its places kept; the
 * citizen's "Payer" goes to the PayFiP simulator over real HTTP, the simulator's notification and
 * the citizen's return settle it from PayFiP's own answer — once, whatever the replays; refused,
 * abandoned, never notified, tampered, expired. Real handlers, real SOAP, real database.
 */
import path from 'node:path'

import type { Payload } from 'payload'

import { cancelByCitizen } from '../../src/booking/cancellation'
import { reconcilePayments } from '../../src/payment/reconcile'
import { checkInTicket } from '../../src/ticketing/checkIn'
import { signedTicketCode } from '../../src/ticketing/ticketCode'
import { recordRefund } from '../../src/payment/refund'
import { takenByPool } from '../../src/places/claims'
import { eventScope, sessionPool } from '../../src/ticketing/pools'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { formClient } from '../helpers/formClient'
import { readOutbox } from '../helpers/mail'
import { createOrganisations } from '../helpers/organisations'
import { startPaymentServer, type PaymentServer } from '../helpers/paymentServer'
import { createAgent } from '../helpers/users'

let booted: BootedPayload
let payload: Payload
let server: PaymentServer
let outbox: string
let show: { id: number | string; tariffs: Array<{ id: string; name: string }>; sessions: Array<{ id: string }> }
const CAPACITY = 30

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  outbox = path.join(booted.uploadsDir, '..', 'outbox')
  process.env.OUTBOX_DIR = outbox
  server = await startPaymentServer(payload)
  process.env.PUBLIC_URL = server.baseURL
  process.env.PAYMENT_PROVIDER = 'simulateur'
  const { mairie } = await createOrganisations(payload, 'mairie')
  await payload.create({
    collection: 'forms',
    overrideAccess: true,
    data: {
      title: 'Billetterie du Dôme',
      slug: 'billetterie-payante',
      organisation: mairie,
      payment: { enabled: true },
      steps: [
        {
          title: 'Vos billets',
          fields: [
            { blockType: 'billets', label: 'Vos billets', name: 'billets', required: true },
            { blockType: 'email', label: 'Courriel', name: 'courriel', required: true },
          ],
        },
      ],
      _status: 'published',
    } as never,
  })
  show = (await payload.create({
    collection: 'events',
    overrideAccess: true,
    data: {
      title: 'Cyrano',
      slug: 'cyrano',
      organisation: mairie,
      summary: 'Rostand au Dôme.',
      tariffs: [{ name: 'Plein', price: 18 }, { name: 'Enfant', price: 0 }],
      sessions: [{ startsAt: inDays(20), capacity: CAPACITY }],
    } as never,
  })) as never
}, 120_000)
afterAll(async () => {
  await server?.close()
  await booted?.shutdown()
})

let ip = 0
/** Two tickets bought through the real step handler: the follow-up token and the reference. */
async function buyTwo(email: string): Promise<{ token: string; reference: string }> {
  const client = formClient(payload, `198.51.100.${(ip += 1)}`)
  const step = await client.post('billetterie-payante', { action: 'suivant', etape: '1', 'billets.spectacle': String(show.id), billets: show.sessions[0].id, [`billets.tarif.${show.tariffs[0].id}`]: '2', courriel: email })
  expect(step.location).toContain('/verification')
  const sent = await client.post('billetterie-payante', { action: 'envoyer', session: step.session! })
  expect(sent.followUp).toBeTruthy()
  const { docs } = await payload.find({ collection: 'submissions', where: { followUpToken: { equals: sent.followUp } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })
  return { token: sent.followUp!, reference: docs[0].reference }
}

const ticketStates = async (reference: string) =>
  (await payload.find({ collection: 'tickets', where: { reference: { equals: reference } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs.map((t) => t.state)
const paymentsOf = async (reference: string) =>
  (await payload.find({ collection: 'payments', where: { reference: { equals: reference } }, sort: 'createdAt', limit: 0, pagination: false, depth: 0, overrideAccess: true, showHiddenFields: true })).docs
const remaining = async () => CAPACITY - ((await takenByPool(payload, eventScope(show.id))).get(sessionPool(show.id, show.sessions[0].id)) ?? 0)
const mailsTo = (email: string) => readOutbox(outbox).filter((m) => m.to.includes(email))

/** "Payer": the follow-up's form post, as a browser sends it; returns where it sends the browser. */
async function pressPay(token: string, amountCents: number | string) {
  const response = await fetch(`${server.baseURL}/suivi/${token}/paiement`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `198.51.100.${(ip += 1)}` },
    body: new URLSearchParams({ montant: String(amountCents) }),
    redirect: 'manual',
  })
  return { status: response.status, location: response.headers.get('location') ?? '', text: await response.text() }
}

/** The tester's choice on the simulator's page; follows the redirect to our return route. Returns the follow-up address it ends on. */
async function choose(pageUrl: string, resultat: string) {
  const idop = new URL(pageUrl).searchParams.get('idop')!
  const page = await fetch(pageUrl)
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('36,00')
  const chosen = await fetch(`${server.baseURL}/simulateur-payfip/paiement`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idop, resultat }), redirect: 'manual' })
  expect(chosen.status).toBe(303)
  const back = await fetch(chosen.headers.get('location')!, { redirect: 'manual' })
  expect(back.status).toBe(303)
  return { idop, followUp: back.headers.get('location')! }
}

describe('the reconciliation job', () => {
  it('is registered every minute on the queue the web server runs every minute', () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'reconcilePayments')
    expect(task?.schedule).toEqual([{ cron: '* * * * *', queue: 'minute' }])
    const autoRun = payload.config.jobs.autoRun
    expect(Array.isArray(autoRun) ? autoRun : []).toContainEqual({ cron: '* * * * *', queue: 'minute' })
  })
})

describe('paying a démarche whose price staff set', () => {
  it('the price computed from the answers, frozen with the request, paid online', async () => {
    const { docs } = await payload.find({ collection: 'organisations', limit: 1, depth: 0, overrideAccess: true })
    await payload.create({
      collection: 'forms',
      overrideAccess: true,
      data: {
        title: 'Concession au cimetière',
        slug: 'concession-payante',
        organisation: docs[0].id,
        payment: { enabled: true, objet: 'Concession cimetière', rules: [
          { label: 'Concession de 15 ans', field: 'duree', operator: 'equals', value: '15_ans', kind: 'fixed', amount: 150 },
          { label: 'Concession de 30 ans', field: 'duree', operator: 'equals', value: '30_ans', kind: 'fixed', amount: 300 },
        ] },
        steps: [{ title: 'Concession', fields: [
          { blockType: 'radio', label: 'Durée', name: 'duree', required: true, options: [{ label: '15 ans', value: '15_ans' }, { label: '30 ans', value: '30_ans' }] },
          { blockType: 'email', label: 'Courriel', name: 'courriel', required: true },
        ] }],
        _status: 'published',
      } as never,
    })
    const client = formClient(payload, '198.51.100.250')
    const step = await client.post('concession-payante', { action: 'suivant', etape: '1', duree: '30_ans', courriel: 'concession@example.fr' })
    const sent = await client.post('concession-payante', { action: 'envoyer', session: step.session! })
    // Staff raise the price afterwards: this request keeps the price it was sent with.
    const { docs: forms } = await payload.find({ collection: 'forms', where: { slug: { equals: 'concession-payante' } }, limit: 1, depth: 0, overrideAccess: true })
    await payload.update({ collection: 'forms', id: forms[0].id, overrideAccess: true, data: { payment: { ...(forms[0] as { payment: object }).payment, rules: [{ label: 'Concession de 30 ans', field: 'duree', operator: 'equals', value: '30_ans', kind: 'fixed', amount: 450 }] } } as never })
    expect((await pressPay(sent.followUp!, 45000)).status).toBe(409)
    const pay = await pressPay(sent.followUp!, 30000)
    expect(pay.status).toBe(303)
    const page = await (await fetch(pay.location)).text()
    expect(page).toContain('300,00')
    expect(page).toContain('Concession cimetiere')
    const idop = new URL(pay.location).searchParams.get('idop')!
    await fetch(`${server.baseURL}/simulateur-payfip/paiement`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idop, resultat: 'V' }), redirect: 'manual' })
    const { docs: submissions } = await payload.find({ collection: 'submissions', where: { followUpToken: { equals: sent.followUp } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })
    const [payment] = await paymentsOf(submissions[0].reference)
    expect(payment).toMatchObject({ state: 'payee', amountCents: 30000, means: 'prelevement' })
    // Refunded by staff: nothing is due any more, not even the démarche's own price.
    const admin = { id: 0, role: 'admin', organisation: null, name: 'Régie', email: 'regie@example.fr' } as never
    expect(await recordRefund(payload, { paymentId: String(payment.id), user: admin, reason: 'Emplacement indisponible' })).toMatchObject({ ok: true })
    expect((await pressPay(sent.followUp!, 30000)).status).toBe(409)
  })
})

describe('paying a booking online', () => {
  const bookingForm = async (slug: string, resourceData: Record<string, unknown>) => {
    const { docs } = await payload.find({ collection: 'organisations', limit: 1, depth: 0, overrideAccess: true })
    const resource = await payload.create({ collection: 'resources', overrideAccess: true, data: { organisation: docs[0].id, minDelayDays: 1, maxDelayDays: 60, closedOnPublicHolidays: false, unit: 'jour', stock: 1, ...resourceData } as never })
    await payload.create({
      collection: 'forms',
      overrideAccess: true,
      data: { title: slug, slug, organisation: docs[0].id, payment: { enabled: true }, _status: 'published', steps: [{ title: 'Réservation', fields: [{ blockType: 'creneau', label: 'Date', name: 'reservation', required: true, resource: resource.id }, { blockType: 'email', label: 'Courriel', name: 'courriel', required: true }] }] } as never,
    })
  }
  const day = new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10)
  const book = async (slug: string, email: string) => {
    const client = formClient(payload, `198.51.100.${(ip += 1)}`)
    const step = await client.post(slug, { action: 'suivant', etape: '1', reservation: day, 'reservation.tarif': 'nonResident', courriel: email })
    const sent = await client.post(slug, { action: 'envoyer', session: step.session! })
    const { docs } = await payload.find({ collection: 'bookings', where: { requesterEmail: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
    return { token: sent.followUp!, booking: docs[0] }
  }

  it('without staff approval: the booking waits for the payment, confirmed once paid; cancelled by the citizen, the payment is flagged for a refund', async () => {
    await bookingForm('salle-payante', { name: 'Salle payante', prices: { nonResident: 120 } })
    const { token, booking } = await book('salle-payante', 'salle.payante@example.fr')
    expect(booking.state).toBe('attente_paiement')
    const pay = await pressPay(token, 12000)
    expect(pay.status).toBe(303)
    const idop = new URL(pay.location).searchParams.get('idop')!
    await fetch(`${server.baseURL}/simulateur-payfip/paiement`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idop, resultat: 'P' }), redirect: 'manual' })
    expect((await payload.findByID({ collection: 'bookings', id: booking.id, depth: 0, overrideAccess: true })).state).toBe('confirmee')
    const outcome = await cancelByCitizen(payload, booking.reference, `reservation:${booking.id}`)
    expect(outcome).toEqual({ ok: true, what: 'Votre réservation est annulée. Le remboursement vous sera versé par la régie de la commune.' })
    const [payment] = await paymentsOf(booking.reference)
    expect(payment.problem).toMatch(/^Réservation annulée par l’usager le .+ : remboursement à faire par la régie\.$/)
  })

  it('with staff approval: nothing to pay while an option; once the agent confirms, the amount is due', async () => {
    await bookingForm('salle-a-valider', { name: 'Salle à valider', prices: { nonResident: 80 }, approval: true, optionDays: 7 })
    const { token, booking } = await book('salle-a-valider', 'salle.option@example.fr')
    expect(booking.state).toBe('option')
    expect((await pressPay(token, 8000)).status).toBe(409)
    await payload.update({ collection: 'bookings', id: booking.id, data: { state: 'confirmee' }, overrideAccess: true, depth: 0 })
    expect((await pressPay(token, 8000)).status).toBe(303)
  })
})

describe('paying a ticket order online', () => {
  it('the order waits for the payment: no tickets in the acknowledgement, places kept; paid (P), the tickets become valid and go out with the receipt', async () => {
    const before = await remaining()
    const { token, reference } = await buyTwo('paie.carte@example.fr')
    expect(await ticketStates(reference)).toEqual(['attente_paiement', 'attente_paiement'])
    expect(await remaining()).toBe(before! - 2)
    const ack = mailsTo('paie.carte@example.fr')
    expect(ack).toHaveLength(1)
    expect((ack[0].attachments ?? []).map((a) => a.filename)).toEqual([`recepisse-${reference}.pdf`]) // no tickets before the payment
    expect(ack[0].text).toContain('Montant à régler en ligne : 36,00 €')

    const pay = await pressPay(token, 3600)
    expect(pay.status).toBe(303)
    expect(pay.location).toContain('/simulateur-payfip/paiement?idop=')
    const { followUp } = await choose(pay.location, 'P')
    expect(followUp).toBe(`/suivi/${token}?paiement=payee#paiement`)

    const [payment] = await paymentsOf(reference)
    expect(payment).toMatchObject({ state: 'payee', amountCents: 3600, means: 'carte', provider: 'simulateur' })
    expect(payment.refdet).toMatch(/^[A-Z0-9]{6,30}$/)
    expect(await ticketStates(reference)).toEqual(['valide', 'valide'])
    const claims = await payload.find({ collection: 'place-claims', where: { holder: { like: `orders:${reference}` } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    expect(claims.docs.length).toBeGreaterThan(0)
    expect(claims.docs.every((c) => !c.expiresAt)).toBe(true)
    const paid = mailsTo('paie.carte@example.fr').filter((m) => m.text.includes('bien reçu votre paiement'))
    expect(paid).toHaveLength(1)
    expect(paid[0].attachments?.map((a) => a.filename).sort()).toEqual([`billets-${reference}.pdf`, `recu-paiement-${payment.refdet}.pdf`])

    const receipt = await fetch(`${server.baseURL}/suivi/${token}/paiement/recu/${payment.refdet}`)
    expect(receipt.status).toBe(200)
    expect(receipt.headers.get('content-type')).toBe('application/pdf')
    expect((await pressPay(token, 0)).status).toBe(409) // nothing left to pay
  })

  it('a refused card leaves the order waiting; paying again succeeds (R → P)', async () => {
    const { token, reference } = await buyTwo('refus.carte@example.fr')
    const first = await pressPay(token, 3600)
    expect((await choose(first.location, 'R')).followUp).toContain('paiement=refusee')
    expect(await ticketStates(reference)).toEqual(['attente_paiement', 'attente_paiement'])
    const second = await pressPay(token, 3600)
    expect(second.status).toBe(303)
    expect((await choose(second.location, 'P')).followUp).toContain('paiement=payee')
    expect((await paymentsOf(reference)).map((p) => p.state)).toEqual(['refusee', 'payee'])
    expect(await ticketStates(reference)).toEqual(['valide', 'valide'])
  })

  it('abandoned (A): the tickets are cancelled and their places back on sale', async () => {
    const before = await remaining()
    const { token, reference } = await buyTwo('abandon@example.fr')
    expect(await remaining()).toBe(before! - 2)
    const pay = await pressPay(token, 3600)
    expect((await choose(pay.location, 'A')).followUp).toContain('paiement=abandonnee')
    expect(await ticketStates(reference)).toEqual(['annule', 'annule'])
    const claims = await payload.count({ collection: 'place-claims', where: { holder: { like: `orders:${reference}` } }, overrideAccess: true })
    expect(claims.totalDocs).toBe(0)
    // (The order of the amount-tampering test, its payment never finished, lapsed at the same run.)
    expect(await remaining()).toBeGreaterThanOrEqual(before!)
  })

  it('a notification that never comes: the citizen’s return and, failing that, the reconciliation job settle it', async () => {
    const { token, reference } = await buyTwo('sans.notification@example.fr')
    const pay = await pressPay(token, 3600)
    const idop = new URL(pay.location).searchParams.get('idop')!
    const chosen = await fetch(`${server.baseURL}/simulateur-payfip/paiement`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idop, resultat: 'P-sans-notification' }), redirect: 'manual' })
    expect(chosen.status).toBe(303)
    // The citizen closed the tab: no return either. Still in flight…
    expect((await paymentsOf(reference))[0].state).toBe('en_attente')
    // …until the job asks PayFiP.
    const report = await reconcilePayments(payload, new Date(Date.now() + 3 * 60_000))
    expect(report.settled).toBeGreaterThanOrEqual(1)
    expect((await paymentsOf(reference))[0].state).toBe('payee')
    expect(await ticketStates(reference)).toEqual(['valide', 'valide'])
  })

  it('a notification replayed ten times at once credits once: one outcome, one e-mail', async () => {
    const { token, reference } = await buyTwo('rejeu@example.fr')
    const pay = await pressPay(token, 3600)
    const idop = new URL(pay.location).searchParams.get('idop')!
    await fetch(`${server.baseURL}/simulateur-payfip/paiement`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idop, resultat: 'P-sans-notification' }), redirect: 'manual' })
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => fetch(`${server.baseURL}/paiement/notification`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idOp: idop }) }).then((r) => r.status)),
    )
    expect(answers).toEqual(Array(10).fill(200))
    const [payment] = await paymentsOf(reference)
    expect(payment.state).toBe('payee')
    const events = await payload.find({ collection: 'payment-events', where: { payment: { equals: payment.id } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    expect(events.docs.filter((e) => e.to === 'payee')).toHaveLength(1)
    expect(mailsTo('rejeu@example.fr').filter((m) => m.text.includes('bien reçu votre paiement'))).toHaveLength(1)
  })

  it('an amount changed in the post is refused and starts nothing; a second press while a payment is in flight is refused', async () => {
    const { token, reference } = await buyTwo('fraude@example.fr')
    for (const amount of ['100', '-3600', '36,00', '3600.5', '']) {
      const refused = await pressPay(token, amount)
      expect(refused.status).toBe(409)
      expect(refused.text).toContain('Montant modifié')
    }
    expect(await paymentsOf(reference)).toHaveLength(0)
    expect((await pressPay(token, 3600)).status).toBe(303)
    const again = await pressPay(token, 3600)
    expect(again.status).toBe(409)
    expect(again.text).toContain('déjà en cours')
    expect(await paymentsOf(reference)).toHaveLength(1)
  })

  it('an operation is used once; an unknown or malformed one is refused, never a 5xx', async () => {
    const { token } = await buyTwo('reutilise@example.fr')
    const pay = await pressPay(token, 3600)
    const { idop } = await choose(pay.location, 'P')
    const reused = await fetch(`${server.baseURL}/simulateur-payfip/paiement`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idop, resultat: 'P' }), redirect: 'manual' })
    expect(reused.status).toBe(409)
    const notify = (idOp: string) => fetch(`${server.baseURL}/paiement/notification`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idOp }) }).then((r) => r.status)
    expect(await notify('00000000-0000-4000-8000-000000000000')).toBe(404)
    expect(await notify('<script>')).toBe(400)
    expect(await notify('')).toBe(400)
  })

  it('tickets awaiting payment are refused at the door; paid after the order was cancelled, the payment is flagged for a refund', async () => {
    const { token, reference } = await buyTwo('en.retard@example.fr')
    const [ticket] = (await payload.find({ collection: 'tickets', where: { reference: { equals: reference } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })).docs as Array<{ code: string }>
    const { docs: orgs } = await payload.find({ collection: 'organisations', limit: 1, depth: 0, overrideAccess: true })
    const doorStaff = await createAgent(payload, 'porte.paiement@example.fr', orgs[0].id)
    const verdict = await checkInTicket(payload, signedTicketCode(ticket.code), { door: '1', by: { id: doorStaff.id, name: 'Porte' } })
    expect(verdict).toMatchObject({ accepted: false, verdict: 'Billet non payé' })
    const pay = await pressPay(token, 3600)
    // The citizen pays slowly; the order is cancelled meanwhile (here: by the citizen, from another tab).
    expect(await cancelByCitizen(payload, reference, 'billets')).toMatchObject({ ok: true })
    await choose(pay.location, 'P')
    const [payment] = await paymentsOf(reference)
    expect(payment.state).toBe('payee')
    expect(payment.problem).toBe('Payé alors que la commande était déjà annulée : à rembourser.')
  })

  it('an order left unpaid past its window is cancelled by the job and its places go back on sale', async () => {
    const before = await remaining()
    const { reference } = await buyTwo('oubli@example.fr')
    expect(await remaining()).toBe(before! - 2)
    await reconcilePayments(payload, new Date(Date.now() + 10 * 60_000))
    expect(await ticketStates(reference)).toEqual(['attente_paiement', 'attente_paiement'])
    await reconcilePayments(payload, new Date(Date.now() + 31 * 60_000))
    expect(await ticketStates(reference)).toEqual(['annule', 'annule'])
    const claims = await payload.count({ collection: 'place-claims', where: { holder: { like: `orders:${reference}` } }, overrideAccess: true })
    expect(claims.totalDocs).toBe(0)
    // (The order of the amount-tampering test, its payment never finished, lapsed at the same run.)
    expect(await remaining()).toBeGreaterThanOrEqual(before!)
  })
})
