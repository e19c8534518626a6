/**
 * The waiting list of rooms and equipment (#13, decision 0074): on a taken day the créneau field
 * puts the citizen in line instead of booking; a day coming back (cancellation, lapsed offer) is
 * held for the first in line whose request fits, behind a single-use link to the booking form; the
 * database keeps "offered once", "used once" and the stock. Real step posts through the real
 * handler, SQLite and MongoDB.
 */
import path from 'node:path'

import type { Payload } from 'payload'

import { creneau } from '../../blocks/fields/creneau'
import { dayFr } from '../../src/booking/describe'
import { FREE_SLOT, SLOT_OFFER_ELSEWHERE } from '../../src/booking/waitingSlots'
import { handleFollowUpCancellation } from '../../src/intake/followUpCancellation'
import { isoDateOf } from '../../src/lib/calendarDate'
import { takenByPool } from '../../src/places/claims'
import { OFFER_UNUSABLE, offerFreedPlaces, waitingEntriesOf, waitingHolder } from '../../src/ticketing/waitingList'
import { waitingEntryFr } from '../../src/ticketing/waitingStates'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { formClient } from '../helpers/formClient'
import { type OutboxMail, readOutbox } from '../helpers/mail'
import { createOrganisations } from '../helpers/organisations'

let booted: BootedPayload
let payload: Payload
let outbox: string
const ids: Record<string, number | string> = {}

const inDays = (n: number) => isoDateOf(new Date(Date.now() + n * 86_400_000))
const DAY = inDays(10)
const CHAIRS_DAY = inDays(12)

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  outbox = path.join(booted.uploadsDir, '..', 'outbox')
  process.env.OUTBOX_DIR = outbox
  Object.assign(ids, await createOrganisations(payload, 'mairie'))
  const resource = async (key: string, data: Record<string, unknown>) => {
    ids[key] = (await payload.create({ collection: 'resources', overrideAccess: true, data: { organisation: ids.mairie, minDelayDays: 1, maxDelayDays: 60, closedOnPublicHolidays: false, ...data } as never })).id
  }
  // The room's own offer time (24 h) instead of the default 48 h.
  await resource('salle', { name: 'Salle des fêtes', unit: 'jour', stock: 1, waitingOfferHours: 24 })
  await resource('chaises', { name: 'Chaises', kind: 'materiel', unit: 'jour', stock: 10 })
  for (const [slug, key] of [['reserver-la-salle', 'salle'], ['emprunter-des-chaises', 'chaises']]) {
    await payload.create({
      collection: 'forms',
      overrideAccess: true,
      data: {
        title: slug,
        slug,
        organisation: ids.mairie,
        steps: [
          {
            title: 'Votre réservation',
            fields: [
              { blockType: 'creneau', label: 'Date', name: 'reservation', required: true, resource: ids[key] },
              { blockType: 'text', label: 'Nom', name: 'nom', required: true },
              { blockType: 'email', label: 'Courriel', name: 'courriel', required: true },
            ],
          },
        ],
        _status: 'published',
      } as never,
    })
  }
}, 120_000)
afterAll(async () => booted?.shutdown())

let ip = 0
const citizen = () => formClient(payload, `192.0.2.${(ip += 1) % 250}`)
const sessionOf = async (token: string) =>
  (await payload.find({ collection: 'form-sessions', where: { token: { equals: token } }, overrideAccess: true, depth: 0 })).docs[0] as unknown as { errors: Record<string, string>; answers: Record<string, unknown> }

/** A step post then the send: the follow-up token, or the step's errors and what it kept. */
async function request(form: string, email: string, values: Record<string, string>) {
  const client = citizen()
  const step = await client.post(form, { action: 'suivant', etape: '1', nom: 'Léa Martin', courriel: email, ...values })
  if (!step.location.includes('/verification')) {
    const session = await sessionOf(step.session!)
    return { errors: session.errors, answers: session.answers }
  }
  const sent = await client.post(form, { action: 'envoyer', session: step.session! })
  return { followUp: sent.followUp }
}
const book = (email: string, day = DAY, extra: Record<string, string> = {}) => request('reserver-la-salle', email, { reservation: day, ...extra })
const join = (email: string, day = DAY) => request('reserver-la-salle', email, { reservation: day, 'reservation.attente': 'oui' })

const entryOf = async (email: string) =>
  (await payload.find({ collection: 'waiting-list', where: { email: { equals: email } }, depth: 0, overrideAccess: true, showHiddenFields: true })).docs[0]
const bookingsOf = async (email: string) =>
  (await payload.find({ collection: 'bookings', where: { requesterEmail: { equals: email } }, depth: 0, overrideAccess: true })).docs
const takenOn = async (key: string, day: string) => (await takenByPool(payload, `resources:${ids[key]}`)).get(`resources:${ids[key]}:${day}`) ?? 0
const followUpTokenOf = async (reference: string) =>
  ((await payload.find({ collection: 'submissions', where: { reference: { equals: reference } }, depth: 0, overrideAccess: true, showHiddenFields: true })).docs[0] as unknown as { followUpToken: string }).followUpToken

async function cancelFromFollowUp(followUp: string, target: string) {
  const data = new FormData()
  data.set('quoi', target)
  data.set('confirmation', 'oui')
  const response = await handleFollowUpCancellation(payload, followUp, new Request('http://localhost/suivi/x/annulation', { method: 'POST', body: data, headers: { 'x-forwarded-for': '192.0.2.252' } }))
  expect(response.status).toBe(303)
}

/** The offer e-mails to one address (written after the response: waited for a moment). */
async function offersTo(to: string, atLeast = 1): Promise<OutboxMail[]> {
  const offers = () => readOutbox(outbox).filter((m) => m.to.includes(to) && invitationIn(m))
  for (let i = 0; i < 50 && offers().length < atLeast; i += 1) await new Promise((r) => setTimeout(r, 100))
  return offers()
}
const linkIn = (mail: OutboxMail) => /https?:\/\/\S+invitation=[A-Za-z0-9_-]{32}/.exec(mail.text.replace(/=\r?\n/g, '').replace(/=3D/g, '='))?.[0]
const invitationIn = (mail: OutboxMail) => (linkIn(mail) ? new URL(linkIn(mail)!).searchParams.get('invitation') : null)

describe('the waiting list of a room', () => {
  const booker: { followUp?: string } = {}

  it('takes no name for a free day: it says to book it, beside the field, keeping what was typed', async () => {
    const refused = await join('tot@example.fr')
    expect(refused.errors?.reservation).toBe(FREE_SLOT)
    expect(refused.errors?.['reservation.attente']).toBe(FREE_SLOT)
    expect(refused.answers?.courriel).toBe('tot@example.fr')
    expect(await entryOf('tot@example.fr')).toBeUndefined()
  })

  it('refuses a malformed or past day in French beside the field', async () => {
    for (const [day, message] of [
      ['demain', 'Choisissez un des jours proposés.'],
      [inDays(-3), 'Cette date est passée : choisissez une date à venir.'],
    ]) {
      const refused = await join('erreur@example.fr', day)
      expect(refused.errors?.reservation).toBe(message)
      expect(refused.answers?.courriel).toBe('erreur@example.fr')
    }
    expect(await entryOf('erreur@example.fr')).toBeUndefined()
  })

  it('on a taken day, puts citizens in line in order, each with its rank; nothing is held for them', async () => {
    Object.assign(booker, await book('alice@example.fr'))
    expect(booker.followUp).toBeTruthy()
    expect((await book('bob@example.fr')).errors?.reservation).toBe('Ce créneau n’est plus disponible : il vient d’être réservé. Choisissez-en un autre.')
    for (const email of ['premiere@example.fr', 'deuxieme@example.fr', 'troisieme@example.fr']) expect(await join(email)).toEqual({ followUp: expect.any(String) })
    const first = (await entryOf('premiere@example.fr'))!
    expect(first).toMatchObject({ resource: ids.salle, resourceName: 'Salle des fêtes', slotStart: DAY, days: 1, places: 1, state: 'attente', name: 'Léa Martin' })
    expect(waitingEntryFr(first)).toBe(`Salle des fêtes, ${dayFr(DAY)}`)
    const ranks = await Promise.all(['premiere', 'deuxieme', 'troisieme'].map(async (n) => (await waitingEntriesOf(payload, (await entryOf(`${n}@example.fr`))!.reference))[0].rank))
    expect(ranks).toEqual([1, 2, 3])
    expect(await bookingsOf('premiere@example.fr')).toHaveLength(0)
    expect(await takenOn('salle', DAY)).toBe(1)
  })

  it('staff find the waiting list of one resource', async () => {
    const { docs } = await payload.find({ collection: 'waiting-list', where: { resource: { equals: ids.salle } }, sort: 'createdAt', depth: 0, overrideAccess: true })
    expect(docs.map((d) => d.email)).toEqual(['premiere@example.fr', 'deuxieme@example.fr', 'troisieme@example.fr'])
    expect(payload.collections['waiting-list'].config.admin.defaultColumns).toContain('resource')
  })

  it('a cancelled booking goes to the first in line: held for the resource’s 24 h, an e-mail with a link; others see the day taken', async () => {
    const alice = (await bookingsOf('alice@example.fr'))[0]
    await cancelFromFollowUp(booker.followUp!, `reservation:${alice.id}`)
    const first = (await entryOf('premiere@example.fr'))!
    expect(first.state).toBe('invitee')
    const hours = (Date.parse(first.offerExpiresAt!) - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(23.9)
    expect(hours).toBeLessThanOrEqual(24)
    expect((await entryOf('deuxieme@example.fr'))!.state).toBe('attente')
    expect(await takenOn('salle', DAY)).toBe(1)
    expect((await book('intrus@example.fr')).errors?.reservation).toBe('Ce créneau n’est plus disponible : il vient d’être réservé. Choisissez-en un autre.')
    const [mail] = await offersTo('premiere@example.fr')
    expect(mail.text).toContain('Ce créneau vous est gardé jusqu’au')
    const link = new URL(linkIn(mail)!)
    expect(link.pathname).toBe('/formulaires/reserver-la-salle')
    expect(link.searchParams.get('creneau')).toBe(DAY)
    // The link's page shows the day chosen and carries the secret (the field's prefill).
    const picked = creneau.prefill!({ name: 'reservation' } as never, link.searchParams)
    expect(picked).toMatchObject({ picked: true, start: DAY, days: 1, quantity: 1, invitation: invitationIn(mail) })
  })

  it('the link books the day once; another day, or a second use, is refused in French', async () => {
    const [mail] = await offersTo('premiere@example.fr')
    const invitation = invitationIn(mail)!
    const elsewhere = await book('premiere@example.fr', inDays(11), { 'reservation.invitation': invitation })
    expect(elsewhere.errors?.reservation).toBe(SLOT_OFFER_ELSEWHERE)
    expect(elsewhere.answers?.courriel).toBe('premiere@example.fr')
    const booked = await book('premiere@example.fr', DAY, { 'reservation.invitation': invitation })
    expect(booked.followUp).toBeTruthy()
    const entry = (await entryOf('premiere@example.fr'))!
    expect(entry.state).toBe('utilisee')
    expect((await bookingsOf('premiere@example.fr')).map((b) => [b.start, b.state])).toEqual([[DAY, 'confirmee']])
    expect((await payload.count({ collection: 'place-claims', where: { holder: { equals: waitingHolder(entry.id) } }, overrideAccess: true })).totalDocs).toBe(0)
    expect(await takenOn('salle', DAY)).toBe(1)
    expect((await book('premiere@example.fr', DAY, { 'reservation.invitation': invitation })).errors?.reservation).toBe(OFFER_UNUSABLE)
  })

  it('an offer not used in time passes to the next in line', async () => {
    // Staff cancel the booking: the minute job offers the day.
    const booking = (await bookingsOf('premiere@example.fr'))[0]
    await payload.update({ collection: 'bookings', id: booking.id, data: { state: 'annulee' }, overrideAccess: true })
    expect(await offerFreedPlaces(payload)).toBe(1)
    expect((await entryOf('deuxieme@example.fr'))!.state).toBe('invitee')
    expect((await entryOf('troisieme@example.fr'))!.state).toBe('attente')
    const later = new Date(Date.now() + 25 * 3_600_000)
    expect(await offerFreedPlaces(payload, later)).toBe(1)
    expect((await entryOf('deuxieme@example.fr'))!.state).toBe('expiree')
    expect((await entryOf('troisieme@example.fr'))!.state).toBe('invitee')
    expect(await offersTo('troisieme@example.fr')).toHaveLength(1)
    // The lapsed link no longer books.
    const [lapsed] = await offersTo('deuxieme@example.fr')
    expect((await book('deuxieme@example.fr', DAY, { 'reservation.invitation': invitationIn(lapsed)! })).errors?.reservation).toBe(OFFER_UNUSABLE)
  })

  it('a citizen leaves the list from the follow-up link: the day offered goes back', async () => {
    const entry = (await entryOf('troisieme@example.fr'))!
    await cancelFromFollowUp(await followUpTokenOf(entry.reference), `attente:${entry.id}`)
    expect((await entryOf('troisieme@example.fr'))!.state).toBe('retiree')
    expect((await payload.count({ collection: 'place-claims', where: { holder: { equals: waitingHolder(entry.id) } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('the waiting list of equipment', () => {
  it('several runs at once: each entry offered once, never more chairs than the stock', async () => {
    const all = await request('emprunter-des-chaises', 'club@example.fr', { reservation: CHAIRS_DAY, 'reservation.quantite': '10' })
    expect(all.followUp).toBeTruthy()
    // 6 wanted while none is free: in line; a free quantity is refused (book it instead).
    for (const [email, quantity] of [['g@example.fr', '4'], ['h@example.fr', '4'], ['i@example.fr', '3']]) {
      expect(await request('emprunter-des-chaises', email, { reservation: CHAIRS_DAY, 'reservation.quantite': quantity, 'reservation.attente': 'oui' })).toEqual({ followUp: expect.any(String) })
    }
    expect((await entryOf('g@example.fr'))!.places).toBe(4)
    const booking = (await bookingsOf('club@example.fr'))[0]
    await payload.update({ collection: 'bookings', id: booking.id, data: { state: 'annulee' }, overrideAccess: true })
    const offers = await Promise.all([offerFreedPlaces(payload), offerFreedPlaces(payload), offerFreedPlaces(payload)])
    expect(offers.reduce((a, b) => a + b, 0)).toBe(2) // 4 + 4 chairs; the 3 wanted then do not fit in the 2 left
    expect([(await entryOf('g@example.fr'))!.state, (await entryOf('h@example.fr'))!.state, (await entryOf('i@example.fr'))!.state]).toEqual(['invitee', 'invitee', 'attente'])
    expect(await takenOn('chaises', CHAIRS_DAY)).toBe(8)
    expect(await offersTo('g@example.fr')).toHaveLength(1)
    expect(await offersTo('h@example.fr')).toHaveLength(1)
    // 2 chairs are free: joining for 2 is refused, 3 is taken.
    expect((await request('emprunter-des-chaises', 'j@example.fr', { reservation: CHAIRS_DAY, 'reservation.quantite': '2', 'reservation.attente': 'oui' })).errors?.reservation).toBe(FREE_SLOT)
  })

  it('the link books fewer than offered: the rest goes back', async () => {
    const [mail] = await offersTo('g@example.fr')
    const booked = await request('emprunter-des-chaises', 'g@example.fr', { reservation: CHAIRS_DAY, 'reservation.quantite': '3', 'reservation.invitation': invitationIn(mail)! })
    expect(booked.followUp).toBeTruthy()
    expect((await bookingsOf('g@example.fr')).map((b) => b.quantity)).toEqual([3])
    expect(await takenOn('chaises', CHAIRS_DAY)).toBe(7)
  })
})
