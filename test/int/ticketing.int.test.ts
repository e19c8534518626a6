/**
 * Selling a show's tickets through a form (#13, the billets field): a step post holds the places,
 * the stored request turns them into tickets (tariff, price, signed code), and the database
 * refuses the place beyond the hall, beyond a tariff's quota, or a seat already sold — with many
 * buyers at once. Real step posts through the real handler, on SQLite and (int-mongodb) MongoDB.
 */
import type { Payload } from 'payload'

import { agenda } from '../../src/ticketing/agenda'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { formClient } from '../helpers/formClient'
import { createOrganisations } from '../helpers/organisations'
import { testMongoUrl } from '../helpers/testDatabase'

let booted: BootedPayload
let payload: Payload
let show: { id: number | string; tariffs: Array<{ id: string; name: string }>; sessions: Array<{ id: string }> }

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()
// The MongoDB test server is far slower than SQLite: a third of the crowd, the same proportions.
const crowd = (n: number) => (testMongoUrl() ? Math.ceil(n / 3) : n)

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
        { startsAt: inDays(10), capacity: crowd(300) / 3 },
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

  it(`${crowd(300)} buyers at once for ${crowd(300) / 3} places: exactly ${crowd(300) / 3} sold, none beyond`, async () => {
    const session = show.sessions[0].id
    const sold = await buyAtOnce(crowd(300), () => ({ billets: session, [`billets.tarif.${tariff('Plein')}`]: '1' }), '198.18.10')
    expect(sold).toBe(crowd(300) / 3)
    expect(await ticketsOf(session)).toHaveLength(crowd(300) / 3)
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

  it('cancelling every ticket of an order puts its places back on sale', async () => {
    const session = show.sessions[2].id
    const leftBefore = (await agenda(payload))[0].sessions.find((s) => s.id === session)!.left
    const [first] = (await ticketsOf(session)).filter((t) => t.tariff === 'Plein')
    const order = (await payload.find({ collection: 'tickets', where: { order: { equals: first.order } }, depth: 0, overrideAccess: true })).docs
    for (const ticket of order) await payload.update({ collection: 'tickets', id: ticket.id, data: { state: 'annule' }, overrideAccess: true })
    const leftAfter = (await agenda(payload))[0].sessions.find((s) => s.id === session)!.left
    expect(leftAfter).toBe(leftBefore + order.length)
  })
})
