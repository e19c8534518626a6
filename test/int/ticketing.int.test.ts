/**
 * Selling a show's tickets through a form (#13, the billets field): a step post holds the places,
 * the stored request turns them into tickets (tariff, price, signed code), and the database
 * refuses the place beyond the hall, beyond a tariff's quota, or a seat already sold — with many
 * buyers at once. Real step posts through the real handler, on SQLite and (int-mongodb) MongoDB.
 */
import type { Payload } from 'payload'

import { readPdfPageCount } from '../../src/lib/pdf'
import { agenda } from '../../src/ticketing/agenda'
import { checkInTicket } from '../../src/ticketing/checkIn'
import { orderTicketsPdf } from '../../src/ticketing/orderTicketsPdf'
import { newTicketCode, signedTicketCode } from '../../src/ticketing/ticketCode'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { codesIn } from '../helpers/ticketCodes'
import { formClient } from '../helpers/formClient'
import { createOrganisations } from '../helpers/organisations'
import { testMongoUrl } from '../helpers/testDatabase'

let booted: BootedPayload
let payload: Payload
let show: { id: number | string; tariffs: Array<{ id: string; name: string }>; sessions: Array<{ id: string }> }

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()
// Three buyers per place (the 300 on 100 runs in bench/booking, 2 000 on 400); fewer on
// the MongoDB test server, far slower than SQLite.
const PLACES = testMongoUrl() ? 10 : 20
const BUYERS = PLACES * 3

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  const { mairie } = await createOrganisations(payload, 'mairie')
  const form = await payload.create({
    collection: 'forms',
    overrideAccess: true,
    data: {
      title: 'Billetterie du Dôme',
      slug: 'billetterie',
      organisation: mairie,
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
      title: 'Le Songe d’une nuit d’été',
      slug: 'le-songe',
      organisation: mairie,
      summary: 'Shakespeare au Dôme.',
      form: form.id,
      maxPerOrder: 6,
      tariffs: [
        { name: 'Plein', price: 18 },
        { name: 'Réduit', price: 12, quota: 5 },
      ],
      sessions: [
        { startsAt: inDays(10), capacity: PLACES },
        { startsAt: inDays(11), seating: 'numerote', rows: 'B', seatsPerRow: 5 },
        { startsAt: inDays(12), capacity: 50 },
      ],
    } as never,
  })) as never
}, 120_000)
afterAll(async () => booted?.shutdown())

let ip = 0
const citizen = () => formClient(payload, `192.0.2.${(ip += 1) % 250}`)
const sessionOf = async (token: string) =>
  (await payload.find({ collection: 'form-sessions', where: { token: { equals: token } }, overrideAccess: true, depth: 0 })).docs[0] as unknown as {
    answers: Record<string, { hold: string } & Record<string, unknown>>
    errors: Record<string, string>
  }
const ticketsOf = async (sessionId: string) =>
  (await payload.find({ collection: 'tickets', where: { session: { equals: sessionId } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs
const tariff = (name: string) => show.tariffs.find((t) => t.name === name)!.id

/** `count` buyers at once: one step post with their tickets, then the send. */
async function buyAtOnce(count: number, values: (i: number) => Record<string, string | string[]>, ipPrefix: string) {
  const outcomes = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const client = formClient(payload, `${ipPrefix}.${(i % 250) + 1}`)
      const step = await client.post('billetterie', { action: 'suivant', etape: '1', 'billets.spectacle': String(show.id), courriel: `acheteur.${i}@example.fr`, ...values(i) })
      if (!step.location.includes('/verification')) return false
      const sent = await client.post('billetterie', { action: 'envoyer', session: step.session! })
      return Boolean(sent.followUp)
    }),
  )
  return outcomes.filter(Boolean).length
}

describe('tickets for a show', () => {
  it('a step post holds the places; the send makes one ticket per place, with its tariff, price and code', async () => {
    const client = citizen()
    const session = show.sessions[2].id
    const step = await client.post('billetterie', {
      action: 'suivant',
      etape: '1',
      'billets.spectacle': String(show.id),
      billets: session,
      [`billets.tarif.${tariff('Plein')}`]: '2',
      [`billets.tarif.${tariff('Réduit')}`]: '1',
      courriel: 'yuna@example.fr',
    })
    expect(step.location).toContain('/verification')
    const answer = (await sessionOf(step.session!)).answers.billets
    expect(answer).toMatchObject({ amountCents: 4800, session })
    const sent = await client.post('billetterie', { action: 'envoyer', session: step.session! })
    expect(sent.followUp).toBeTruthy()
    const tickets = await ticketsOf(session)
    expect(tickets.map((t) => [t.tariff, t.priceCents, t.state]).sort()).toEqual([
      ['Plein', 1800, 'valide'],
      ['Plein', 1800, 'valide'],
      ['Réduit', 1200, 'valide'],
    ])
    expect(new Set(tickets.map((t) => t.code)).size).toBe(3)
    const season = await agenda(payload)
    expect(season[0].sessions.find((s) => s.id === session)?.left).toBe(47)
  })

  it(`${BUYERS} buyers at once for ${PLACES} places: exactly ${PLACES} sold, none beyond`, async () => {
    const session = show.sessions[0].id
    const sold = await buyAtOnce(BUYERS, () => ({ billets: session, [`billets.tarif.${tariff('Plein')}`]: '1' }), '198.18.10')
    expect(sold).toBe(PLACES)
    expect(await ticketsOf(session)).toHaveLength(PLACES)
  }, 300_000)

  it('a tariff’s quota: 5 réduits at most, whatever the hall has left', async () => {
    const session = show.sessions[2].id
    const before = (await ticketsOf(session)).filter((t) => t.tariff === 'Réduit').length
    const sold = await buyAtOnce(6, () => ({ billets: session, [`billets.tarif.${tariff('Réduit')}`]: '2' }), '198.18.11')
    const reduced = (await ticketsOf(session)).filter((t) => t.tariff === 'Réduit').length
    expect(reduced).toBeLessThanOrEqual(5)
    expect(sold).toBe(Math.floor((5 - before) / 2))
    const refused = await citizen().post('billetterie', { action: 'suivant', etape: '1', 'billets.spectacle': String(show.id), billets: session, [`billets.tarif.${tariff('Réduit')}`]: '2', courriel: 'zoe@example.fr' })
    expect((await sessionOf(refused.session!)).errors.billets).toMatch(/^Il (ne reste que 1 billet|n’y a plus de billet) au tarif réduit pour cette séance\.$/)
  }, 120_000)

  it('a numbered seat is sold once: 10 buyers of seat A3 at once, one ticket', async () => {
    const session = show.sessions[1].id
    const sold = await buyAtOnce(10, () => ({ billets: session, [`billets.tarif.${tariff('Plein')}`]: '1', [`billets.places.${session}`]: 'A3' }), '198.18.12')
    expect(sold).toBe(1)
    expect((await ticketsOf(session)).map((t) => t.seat)).toEqual(['A3'])
    const again = await citizen().post('billetterie', { action: 'suivant', etape: '1', 'billets.spectacle': String(show.id), billets: session, [`billets.tarif.${tariff('Plein')}`]: '1', [`billets.places.${session}`]: 'A3', courriel: 'lou@example.fr' })
    expect((await sessionOf(again.session!)).errors.billets).toBe('La place A3 vient d’être prise : choisissez-en une autre.')
  }, 120_000)

  it.each([
    ['a negative quantity', { [`billets.tarif.PLEIN`]: '-1' }, 'Indiquez un nombre de billets entre 0 et 6.'],
    ['an absurd quantity', { [`billets.tarif.PLEIN`]: '99999' }, 'Indiquez un nombre de billets entre 0 et 6.'],
    ['a tariff not on sale', { 'billets.tarif.vip': '2' }, 'Choisissez parmi les tarifs proposés.'],
    ['no ticket', { [`billets.tarif.PLEIN`]: '0' }, 'Indiquez combien de billets vous souhaitez, pour au moins un tarif.'],
    ['an unknown session', { billets: 'nope', [`billets.tarif.PLEIN`]: '1' }, 'Choisissez une des séances proposées.'],
  ])('refuses %s in French, holding nothing, keeping the e-mail', async (_what, values, message) => {
    const posted = Object.fromEntries(Object.entries(values).map(([k, v]) => [k.replace('PLEIN', tariff('Plein')), v]))
    const before = (await payload.count({ collection: 'place-claims', where: { holder: { like: 'holds:' } }, overrideAccess: true })).totalDocs
    const step = await citizen().post('billetterie', { action: 'suivant', etape: '1', 'billets.spectacle': String(show.id), billets: show.sessions[2].id, courriel: 'max@example.fr', ...posted })
    const session = await sessionOf(step.session!)
    expect(session.errors.billets).toBe(message)
    expect(session.answers.courriel).toBe('max@example.fr')
    expect((await payload.count({ collection: 'place-claims', where: { holder: { like: 'holds:' } }, overrideAccess: true })).totalDocs).toBe(before)
  })

  it('the buyer cancels the order from the follow-up link before the deadline: every ticket cancelled', async () => {
    const client = citizen()
    const step = await client.post('billetterie', { action: 'suivant', etape: '1', 'billets.spectacle': String(show.id), billets: show.sessions[2].id, [`billets.tarif.${tariff('Plein')}`]: '2', courriel: 'ana@example.fr' })
    const sent = await client.post('billetterie', { action: 'envoyer', session: step.session! })
    const data = new FormData()
    data.set('quoi', 'billets')
    data.set('confirmation', 'oui')
    const { handleFollowUpCancellation } = await import('../../src/intake/followUpCancellation')
    const response = await handleFollowUpCancellation(payload, sent.followUp!, new Request(`http://localhost/suivi/x/annulation`, { method: 'POST', body: data, headers: { 'x-forwarded-for': '192.0.2.251' } }))
    expect(response.status).toBe(303)
    const mine = (await payload.find({ collection: 'tickets', where: { holderEmail: { equals: 'ana@example.fr' } }, depth: 0, overrideAccess: true })).docs
    expect(mine.map((t) => t.state)).toEqual(['annule', 'annule'])
  })

  it('cancelling every ticket of an order puts its places back on sale', async () => {
    const session = show.sessions[2].id
    const leftBefore = (await agenda(payload))[0].sessions.find((s) => s.id === session)!.left
    const [first] = (await ticketsOf(session)).filter((t) => t.tariff === 'Plein' && t.state === 'valide')
    const order = (await payload.find({ collection: 'tickets', where: { order: { equals: first.order } }, depth: 0, overrideAccess: true })).docs
    for (const ticket of order) await payload.update({ collection: 'tickets', id: ticket.id, data: { state: 'annule' }, overrideAccess: true })
    const leftAfter = (await agenda(payload))[0].sessions.find((s) => s.id === session)!.left
    expect(leftAfter).toBe(leftBefore + order.length)
  })
})

describe('at the door', () => {
  let doorman: { id: number | string }
  const door = (n: string) => ({ door: n, by: { id: doorman.id, name: `Agent ${n}` } })
  let unused: Array<{ id: number | string; session: string; code: string }> = []
  beforeAll(async () => {
    doorman = await payload.create({ collection: 'users', data: { name: 'Agent de salle', email: 'salle@kerlann.fr', password: 'Salle-Motdepasse-2026', role: 'admin' } as never, overrideAccess: true })
    await buyAtOnce(1, () => ({ billets: show.sessions[2].id, [`billets.tarif.${tariff('Plein')}`]: '3' }), '198.18.13')
    unused = (await payload.find({ collection: 'tickets', where: { holderEmail: { equals: 'acheteur.0@example.fr' }, session: { equals: show.sessions[2].id }, tariff: { equals: 'Plein' }, state: { equals: 'valide' } }, depth: 0, overrideAccess: true })).docs as never
    expect(unused).toHaveLength(3)
  })
  const aTicket = async () => {
    const ticket = unused.shift()!
    expect(ticket.code).toMatch(/^[A-Za-z0-9_-]{16}$/)
    return { ticket, signed: signedTicketCode(ticket.code) }
  }

  it('a ticket is let in once: accepted, then refused with when and where it was scanned', async () => {
    const { ticket, signed } = await aTicket()
    const first = await checkInTicket(payload, signed, { ...door('2'), session: ticket.session })
    expect(first).toMatchObject({ accepted: true, verdict: 'Billet valide' })
    const second = await checkInTicket(payload, signed, door('1'))
    expect(second).toMatchObject({ accepted: false, verdict: 'Déjà contrôlé' })
    expect(second.detail).toMatch(/^le \d{2}\/\d{2} à \d{1,2} h \d{2}, porte 2 \(Agent 2\)$/)
    const stored = await payload.findByID({ collection: 'tickets', id: ticket.id, depth: 0, overrideAccess: true })
    expect(stored.state).toBe('utilise')
    expect((await payload.count({ collection: 'check-ins', where: { ticket: { equals: ticket.id } }, overrideAccess: true })).totalDocs).toBe(2)
  })

  it('two doors scanning one ticket at the same moment: one accepted', async () => {
    const { signed } = await aTicket()
    const verdicts = await Promise.all(['1', '2', '3', '4'].map((n) => checkInTicket(payload, signed, door(n))))
    expect(verdicts.filter((v) => v.accepted)).toHaveLength(1)
    expect(verdicts.filter((v) => v.verdict === 'Déjà contrôlé')).toHaveLength(3)
  })

  it('refuses a forged, altered, cancelled or other session’s ticket, each with its reason', async () => {
    expect(await checkInTicket(payload, signedTicketCode(newTicketCode()), door('1'))).toMatchObject({ accepted: false, verdict: 'Billet inconnu' })
    const { ticket, signed } = await aTicket()
    expect(await checkInTicket(payload, signed.slice(0, -2) + (signed.endsWith('AA') ? 'BB' : 'AA'), door('1'))).toMatchObject({ accepted: false, verdict: 'Code non reconnu' })
    expect(await checkInTicket(payload, '<script>alert(1)</script>', door('1'))).toMatchObject({ accepted: false, verdict: 'Code non reconnu' })
    expect(await checkInTicket(payload, signed, { ...door('1'), session: 'une-autre-seance' })).toMatchObject({ accepted: false, verdict: 'Autre séance' })
    await payload.update({ collection: 'tickets', id: ticket.id, data: { state: 'annule' }, overrideAccess: true })
    expect(await checkInTicket(payload, signed, door('1'))).toMatchObject({ accepted: false, verdict: 'Billet annulé' })
  })

  it('prints an order’s tickets as one PDF, one QR code per ticket', async () => {
    const [ticket] = (await payload.find({ collection: 'tickets', where: { seat: { equals: 'A3' } }, limit: 1, depth: 0, overrideAccess: true })).docs
    const pdf = await orderTicketsPdf(payload, ticket.reference)
    expect(await readPdfPageCount(pdf!)).toBe(1)
    // One signed code per ticket, printed under its QR code (drawn as vectors: test/unit/qrPath.test.ts).
    expect(codesIn(Buffer.from(pdf!))).toHaveLength(1)
    expect(await orderTicketsPdf(payload, 'aucune-commande')).toBeNull()
  })
})
