/**
 * The staff side of online payments (#14): the régie's daily CSV (BOM, French amounts, a refund as
 * a negative line, the commune's day), who may have it (admins every service, agents their own,
 * others 403), malformed dates (400 in French), totals per day and per service, and a refund
 * recorded by staff — once, even pressed twice at once — which cancels the request's tickets and
 * bookings (places back on sale) and tells the payer. Real Payload, real REST handler, real hooks.
 */
import path from 'node:path'

import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Payload } from 'payload'

import { EurosCell } from '../../src/admin/EurosCell'
import { EurosField } from '../../src/admin/EurosField'
import { PaymentHistoryTable } from '../../src/admin/PaymentHistory'
import { PaymentQuickFilters } from '../../src/admin/PaymentQuickFilters'
import { StaffNavLinks } from '../../src/admin/StaffNavLinks'
import { RegieReport } from '../../src/admin/RegieReport'
import { isoDateOf } from '../../src/lib/calendarDate'
import type { Payment, User } from '../../src/payload-types'
import { recordRefund } from '../../src/payment/refund'
import { regieLines } from '../../src/payment/regieLedger'
import { monthPeriod } from '../../src/payment/regiePeriod'
import { regieTotals } from '../../src/payment/regieTotals'
import { applyOutcome } from '../../src/payment/settle'
import { takenByPool } from '../../src/places/claims'
import { eventScope, sessionPool } from '../../src/ticketing/pools'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { formClient } from '../helpers/formClient'
import { readOutbox } from '../helpers/mail'
import { createOrganisations } from '../helpers/organisations'
import { restClient } from '../helpers/rest'
import { PASSWORD } from '../helpers/users'

let booted: BootedPayload
let payload: Payload
let rest: ReturnType<typeof restClient>
let outbox: string
let orgs: Record<'mairie' | 'ccas', number>
const users = {} as Record<'admin' | 'agent' | 'agentCcas' | 'communication', User>
const tokens = {} as Record<keyof typeof users, string>
let submissionId: number | string
let show: { id: number | string; tariffs: Array<{ id: string }>; sessions: Array<{ id: string }> }
let salle: number | string
const CAPACITY = 20

const user = (email: string, data: Record<string, unknown>) =>
  payload.create({ collection: 'users', data: { email, password: PASSWORD, name: email.split('@')[0], ...data } as never, overrideAccess: true }) as Promise<User>

let n = 0
/** A payment stored as the settlement leaves it (fixed days of November 2025: the commune's time is UTC+1). */
const paid = (data: { organisation: number; amountCents: number; paidAt: string; means?: 'carte' | 'prelevement'; numauto?: string; objet?: string; state?: Payment['state'] }) => {
  n += 1
  const refdet = `R2025${String(n).padStart(6, '0')}`
  return payload.create({
    collection: 'payments',
    overrideAccess: true,
    data: { reference: `DEM-2025-${n}`, submission: submissionId, openKey: `DEM-2025-${n}:x`, idOp: `op-${refdet}`, refdet, state: 'payee', means: 'carte', provider: 'simulateur', mode: 'T', payerEmail: `payeur${n}@example.fr`, ...data } as never,
  }) as Promise<Payment>
}

const csv = (query: string, token?: keyof typeof tokens) => rest.call('GET', `/payments/regie.csv${query}`, { token: token ? tokens[token] : undefined })
const csvLines = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean)

const p = {} as Record<'morning' | 'ccas' | 'lateEvening' | 'refused', Payment>

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  rest = restClient(booted.config)
  outbox = path.join(booted.uploadsDir, '..', 'outbox')
  process.env.OUTBOX_DIR = outbox
  orgs = await createOrganisations(payload, 'mairie', 'ccas')
  users.admin = await user('admin@test.kerlann.fr', { role: 'admin' })
  users.agent = await user('agent@test.kerlann.fr', { role: 'agent', organisation: orgs.mairie })
  users.agentCcas = await user('agent.ccas@test.kerlann.fr', { role: 'agent', organisation: orgs.ccas })
  users.communication = await user('com@test.kerlann.fr', { role: 'communication' })
  for (const key of Object.keys(users) as Array<keyof typeof users>) tokens[key] = await rest.login(users[key].email, PASSWORD)

  salle = (
    await payload.create({
      collection: 'resources',
      overrideAccess: true,
      data: { name: 'Salle des fêtes', organisation: orgs.mairie, unit: 'jour', stock: 1, maxDays: 2, minDelayDays: 1, maxDelayDays: 60, closedOnPublicHolidays: false, prices: { resident: 150, nonResident: 300 } } as never,
    })
  ).id
  await payload.create({
    collection: 'forms',
    overrideAccess: true,
    data: {
      title: 'Fête de quartier',
      slug: 'fete-payante',
      organisation: orgs.mairie,
      payment: { enabled: true },
      steps: [
        {
          title: 'Votre commande',
          fields: [
            { blockType: 'billets', label: 'Vos billets', name: 'billets', required: true },
            { blockType: 'creneau', label: 'Salle', name: 'reservation', required: true, resource: salle },
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
    data: { title: 'Bal', slug: 'bal', organisation: orgs.mairie, summary: 'Bal du quartier.', tariffs: [{ name: 'Plein', price: 18 }], sessions: [{ startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(), capacity: CAPACITY }] } as never,
  })) as never

  // A request to hang the fixed-day payments on (their own references are the régie's concern here).
  const order = await buyTicketsAndRoom('premier@example.fr', 12)
  submissionId = order.submission
  p.morning = await paid({ organisation: orgs.mairie, amountCents: 3650, paidAt: '2025-11-10T08:05:00.000Z', numauto: 'A1B2C3', objet: 'Concession cimetiere 15 ans' })
  p.ccas = await paid({ organisation: orgs.ccas, amountCents: 1200, paidAt: '2025-11-10T16:30:00.000Z', means: 'prelevement', objet: 'Repas des aines' })
  // 23:30 UTC on the 10th is 00:30 on the 11th in the commune.
  p.lateEvening = await paid({ organisation: orgs.mairie, amountCents: 10000, paidAt: '2025-11-10T23:30:00.000Z', numauto: 'Z9', objet: 'Location; "grande" salle' })
  p.refused = await paid({ organisation: orgs.mairie, amountCents: 500, paidAt: '2025-11-10T09:00:00.000Z', state: 'refusee' })
  // Recorded on the 11th, Paris time.
  const refund = await recordRefund(payload, { paymentId: String(p.morning.id), user: users.agent, reason: 'Concession annulée à la demande de la famille', now: new Date('2025-11-11T09:00:00.000Z') })
  expect(refund).toMatchObject({ ok: true })
}, 120_000)
afterAll(async () => booted?.shutdown())

let ip = 0
/** Two tickets and a room for a day, through the real step post and send, on a form paid online. */
async function buyTicketsAndRoom(email: string, inDays: number) {
  const client = formClient(payload, `198.51.100.${(ip += 1)}`)
  const day = isoDateOf(new Date(Date.now() + inDays * 86_400_000))
  const step = await client.post('fete-payante', {
    action: 'suivant',
    etape: '1',
    'billets.spectacle': String(show.id),
    billets: show.sessions[0].id,
    [`billets.tarif.${show.tariffs[0].id}`]: '2',
    reservation: day,
    'reservation.tarif': 'nonResident',
    courriel: email,
  })
  expect(step.location).toContain('/verification')
  const sent = await client.post('fete-payante', { action: 'envoyer', session: step.session! })
  expect(sent.followUp).toBeTruthy()
  const { docs } = await payload.find({ collection: 'submissions', where: { followUpToken: { equals: sent.followUp } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })
  return { reference: docs[0].reference, submission: docs[0].id }
}

describe('the régie’s daily CSV', () => {
  it('one line per payment credited that day (Paris), French amounts, UTF-8 with BOM and “;”', async () => {
    const res = await csv('?jour=2025-11-10', 'admin')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="regie-2025-11-10.csv"')
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...rows] = csvLines(res.bytes)
    expect(header).toBe('Refdet;Date;Heure;Montant (€);Mode;Demande n°;Objet;Service;N° d’autorisation PayFiP;Opération')
    // Credited on the 10th even though refunded since; not the refused one; not 00:30 on the 11th.
    expect(rows).toEqual([
      `${p.morning.refdet};10/11/2025;09:05;36,50;carte;${p.morning.reference};Concession cimetiere 15 ans;Mairie;A1B2C3;paiement`,
      `${p.ccas.refdet};10/11/2025;17:30;12,00;prélèvement;${p.ccas.reference};Repas des aines;CCAS;;paiement`,
    ])
  })

  it('a refund is a negative line on the day it is recorded; quoted text stays one cell', async () => {
    const res = await csv('?jour=2025-11-11', 'admin')
    expect(res.status).toBe(200)
    const [, ...rows] = csvLines(res.bytes)
    expect(rows).toEqual([
      `${p.lateEvening.refdet};11/11/2025;00:30;100,00;carte;${p.lateEvening.reference};"Location; ""grande"" salle";Mairie;Z9;paiement`,
      `${p.morning.refdet};11/11/2025;10:00;-36,50;carte;${p.morning.reference};Concession cimetiere 15 ans;Mairie;A1B2C3;remboursement`,
    ])
  })

  it('a range (du/au) holds every day of it; its file is named after both ends', async () => {
    const res = await csv('?du=2025-11-01&au=2025-11-30', 'admin')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain('regie-2025-11-01-au-2025-11-30.csv')
    expect(csvLines(res.bytes)).toHaveLength(5)
  })

  it('an agent gets its own service only; communication staff and anonymous callers get 403', async () => {
    const mairie = csvLines((await csv('?jour=2025-11-10', 'agent')).bytes).slice(1)
    expect(mairie.map((r) => r.split(';')[0])).toEqual([p.morning.refdet])
    const ccas = csvLines((await csv('?du=2025-11-10&au=2025-11-11', 'agentCcas')).bytes).slice(1)
    expect(ccas.map((r) => r.split(';')[0])).toEqual([p.ccas.refdet])
    for (const who of ['communication', undefined] as const) {
      const res = await csv('?jour=2025-11-10', who)
      expect(res.status).toBe(403)
      expect(res.json.errors?.[0].message).toMatch(/régie/)
    }
  })

  it('a malformed or impossible date, or a bad range, is a 400 with a French message, never a 5xx', async () => {
    for (const query of ['', '?jour=', '?jour=demain', '?jour=2025-02-30', '?jour=2025-13-01', '?du=2025-11-01', '?du=2025-11-10&au=2025-11-01', '?du=2020-01-01&au=2025-01-01', '?jour=2025-11-10&du=2025-11-10', '?jour=%00%27']) {
      const res = await csv(query, 'admin')
      expect({ query, status: res.status }).toEqual({ query, status: 400 })
      expect(res.json.errors?.[0].message).toMatch(/[Dd]ate|jour|période|du=/)
    }
    expect((await csv('?jour=10/11/2025', 'admin')).status).toBe(200) // the French way is read too
  })
})

describe('totals per day and per service', () => {
  it('per day: payments, credited, refunds, net; per service; the month’s total', async () => {
    const totals = regieTotals(await regieLines(payload, { organisation: null }, monthPeriod('2025-11')))
    expect(totals.days).toEqual([
      { day: '2025-11-10', payments: 2, creditedCents: 4850, refunds: 0, refundedCents: 0, netCents: 4850 },
      { day: '2025-11-11', payments: 1, creditedCents: 10000, refunds: 1, refundedCents: 3650, netCents: 6350 },
    ])
    expect(totals.services.map((s) => [s.name, s.payments, s.creditedCents, s.refundedCents, s.netCents])).toEqual([
      ['CCAS', 1, 1200, 0, 1200],
      ['Mairie', 2, 13650, 3650, 10000],
    ])
    expect(totals.total).toEqual({ payments: 3, creditedCents: 14850, refunds: 1, refundedCents: 3650, netCents: 11200 })
    const agentTotals = regieTotals(await regieLines(payload, { organisation: orgs.ccas }, monthPeriod('2025-11')))
    expect(agentTotals.total.creditedCents).toBe(1200)

    const html = renderToStaticMarkup(RegieReport({ totals, monthLabel: 'novembre 2025', csvBase: '/api/payments/regie.csv', first: '2025-11-01', last: '2025-11-30' }))
    expect(html).toContain('<caption')
    expect(html).toContain('Totaux par jour — novembre 2025')
    expect(html).toContain('Totaux par service — novembre 2025')
    expect(html).toContain('<th scope="col"')
    expect(html).toContain('<th scope="row"')
    expect(html).toContain('href="/api/payments/regie.csv?jour=2025-11-10"')
    expect(html).toContain('href="/api/payments/regie.csv?du=2025-11-01&amp;au=2025-11-30"')
    expect(html).toMatch(/48,50\s€/)
    expect(html).toMatch(/1 — 36,50\s€/)
    expect(renderToStaticMarkup(RegieReport({ totals: regieTotals([]), monthLabel: 'octobre 2025', csvBase: '/x', first: '2025-10-01', last: '2025-10-31' }))).toContain('Aucun paiement')
  })
})

describe('a refund recorded by staff', () => {
  const refund = (id: number | string, token?: keyof typeof tokens, motif: unknown = 'Spectacle annulé, remboursé par la régie') =>
    rest.call('POST', `/payments/${id}/remboursement`, { token: token ? tokens[token] : undefined, body: { motif } })
  const remaining = async () => CAPACITY - ((await takenByPool(payload, eventScope(show.id))).get(sessionPool(show.id, show.sessions[0].id)) ?? 0)

  it('is recorded once — two staff pressing at once get one 200 and one 409 — and reopens the places', async () => {
    const before = await remaining()
    const order = await buyTicketsAndRoom('paie.rembourse@example.fr', 14)
    const created = (await payload.create({
      collection: 'payments',
      overrideAccess: true,
      data: { reference: order.reference, submission: order.submission, organisation: orgs.mairie, amountCents: 33600, refdet: 'RREMB01', idOp: 'attente-RREMB01', openKey: order.reference, state: 'en_attente', payerEmail: 'paie.rembourse@example.fr', provider: 'simulateur', mode: 'T' } as never,
    })) as Payment
    await applyOutcome(payload, created, 'P', 'notification', new Date())
    const tickets = () => payload.find({ collection: 'tickets', where: { reference: { equals: order.reference } }, depth: 0, overrideAccess: true }).then((r) => r.docs.map((t) => t.state))
    const bookings = () => payload.find({ collection: 'bookings', where: { reference: { equals: order.reference } }, depth: 0, overrideAccess: true }).then((r) => r.docs)
    expect(await tickets()).toEqual(['valide', 'valide'])
    const [booking] = await bookings()
    expect(booking.state).toBe('confirmee')
    expect(await remaining()).toBe(before - 2)

    // Refused first: another service's agent, communication staff, anonymous, no reason.
    expect((await refund(created.id, 'agentCcas')).status).toBe(403)
    expect((await refund(created.id, 'communication')).status).toBe(403)
    expect((await refund(created.id)).status).toBe(403)
    const noReason = await refund(created.id, 'agent', '   ')
    expect(noReason.status).toBe(400)
    expect(noReason.json.errors?.[0].message).toBe('Indiquez le motif du remboursement.')

    const answers = await Promise.all([refund(created.id, 'agent'), refund(created.id, 'admin')])
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
    const won = answers.find((a) => a.status === 200)!
    expect(won.json.message).toMatch(/^Remboursement enregistré : 2 billets annulés, 1 réservation annulée/)
    expect(answers.find((a) => a.status === 409)!.json.errors?.[0].message).toMatch(/déjà été remboursé/)

    const payment = await payload.findByID({ collection: 'payments', id: created.id, depth: 0, overrideAccess: true })
    expect(payment.state).toBe('remboursee')
    const events = await payload.find({ collection: 'payment-events', where: { and: [{ payment: { equals: created.id } }, { to: { equals: 'remboursee' } }] }, depth: 0, overrideAccess: true })
    expect(events.docs).toHaveLength(1)
    expect(events.docs[0]).toMatchObject({ from: 'payee', source: 'personnel' })
    expect(events.docs[0].detail).toContain('Spectacle annulé, remboursé par la régie')
    expect(events.docs[0].detail).toMatch(/(admin|agent)@test\.kerlann\.fr/)

    expect(await tickets()).toEqual(['annule', 'annule'])
    expect((await bookings())[0].state).toBe('annulee')
    expect(await remaining()).toBe(before)
    const roomClaims = await payload.count({ collection: 'place-claims', where: { holder: { equals: `bookings:${booking.id}` } }, overrideAccess: true })
    expect(roomClaims.totalDocs).toBe(0)

    const mails = readOutbox(outbox).filter((m) => m.to.includes('paie.rembourse@example.fr') && m.text.includes('remboursement'))
    expect(mails).toHaveLength(1)
    expect(mails[0].text).toMatch(/336,00\s€/)
    expect(mails[0].text).toContain(order.reference)

    // Again, later: still refused.
    const again = await refund(created.id, 'admin')
    expect(again.status).toBe(409)
    expect(again.json.errors?.[0].message).toMatch(/^Ce paiement a déjà été remboursé \(enregistré le /)

    const history = await payload.find({ collection: 'payment-events', where: { payment: { equals: created.id } }, sort: 'at', depth: 0, overrideAccess: true })
    const html = renderToStaticMarkup(PaymentHistoryTable({ events: history.docs }))
    expect(html).toContain('Historique du paiement')
    expect(html).toContain('Payé → Remboursé')
    expect(html).toContain('Agent')
  })

  it('a payment not paid cannot be refunded; an unknown one is a 404', async () => {
    const res = await refund(p.refused.id, 'admin')
    expect(res.status).toBe(409)
    expect(res.json.errors?.[0].message).toBe('Seul un paiement payé peut être remboursé : celui-ci est « Refusé ».')
    expect((await refund(999_999, 'admin')).status).toBe(404)
    expect((await refund('pas-un-id', 'admin')).status).toBe(404)
  })
})

describe('the payments in the admin', () => {
  it('amounts read in euros in the list and the edit view; quick views and the régie are linked for staff only', async () => {
    expect(renderToStaticMarkup(EurosCell({ cellData: 3600 } as never))).toMatch(/36,00\s€/)
    expect(renderToStaticMarkup((EurosField as unknown as (props: unknown) => ReactElement)({ data: { amountCents: 123450 }, field: { name: 'amountCents', type: 'number', label: 'Montant' } }))).toMatch(/Montant<\/span>.*1\s234,50\s€/)
    const adminLinks = renderToStaticMarkup(await PaymentQuickFilters({ payload, user: users.admin }))
    expect(adminLinks).toContain('href="/admin/regie"')
    expect(adminLinks).toContain(`/api/payments/regie.csv?jour=${isoDateOf(new Date())}`)
    expect(adminLinks).toContain('Service : CCAS')
    expect(adminLinks).toContain('where%5Bstate%5D%5Bequals%5D=remboursee')
    const agentLinks = renderToStaticMarkup(await PaymentQuickFilters({ payload, user: users.agent }))
    expect(agentLinks).toContain('href="/admin/regie"')
    expect(agentLinks).not.toContain('Service : ')
    expect(renderToStaticMarkup(await PaymentQuickFilters({ payload, user: users.communication }))).not.toContain('/admin/regie')
    expect(renderToStaticMarkup(StaffNavLinks({ payload, user: users.agent })!)).toContain('Régie (paiements)')
    expect(StaffNavLinks({ payload, user: users.communication })).toBeNull()
  })
})
