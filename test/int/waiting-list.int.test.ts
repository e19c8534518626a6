/**
 * Le Dôme's waiting list (#13): a sold-out session takes names through an ordinary form (the
 * "attente" field); places back on sale go, in order, to the first who can be served, held for
 * them 48 hours behind a single-use link sent by e-mail; the link buys them through the ticket
 * form; an offer not used in time passes to the next. Also: a ticket order's acknowledgement
 * carries its PDF tickets. Real step posts through the real handler, SQLite and MongoDB.
 */
import path from 'node:path'

import type { Payload } from 'payload'

import { handleFollowUpCancellation } from '../../src/intake/followUpCancellation'
import { readPdfPageCount } from '../../src/lib/pdf'
import { agenda } from '../../src/ticketing/agenda'
import { OFFER_UNUSABLE, offerFreedPlaces, waitingEntriesOf, waitingHolder } from '../../src/ticketing/waitingList'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { formClient } from '../helpers/formClient'
import { type OutboxMail, readOutbox } from '../helpers/mail'
import { createOrganisations } from '../helpers/organisations'

let booted: BootedPayload
let payload: Payload
let outbox: string
let show: { id: number | string; slug: string; tariffs: Array<{ id: string; name: string }>; sessions: Array<{ id: string }> }

const HALL = 4
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  outbox = path.join(booted.uploadsDir, '..', 'outbox')
  process.env.OUTBOX_DIR = outbox
  const { mairie } = await createOrganisations(payload, 'mairie')
  const form = (slug: string, title: string, fields: unknown[]) =>
    payload.create({ collection: 'forms', overrideAccess: true, data: { title, slug, organisation: mairie, steps: [{ title, fields }], _status: 'published' } as never })
  const tickets = await form('billetterie', 'Billetterie du Dôme', [
    { blockType: 'billets', label: 'Vos billets', name: 'billets', required: true },
    { blockType: 'email', label: 'Courriel', name: 'courriel', required: true },
  ])
  const waiting = await form('attente', 'Liste d’attente', [
    { blockType: 'attente', label: 'Séance et places', name: 'attente', required: true },
    { blockType: 'text', label: 'Nom', name: 'nom', required: true },
    { blockType: 'email', label: 'Courriel', name: 'courriel', required: true },
  ])
  show = (await payload.create({
    collection: 'events',
    overrideAccess: true,
    data: {
      title: 'La Petite Fabrique à nuages',
      slug: 'fabrique',
      organisation: mairie,
      summary: 'Jeune public.',
      form: tickets.id,
      waitingForm: waiting.id,
      maxPerOrder: 6,
      tariffs: [{ name: 'Plein', price: 8 }],
      sessions: [
        { startsAt: inDays(20), capacity: HALL },
        { startsAt: inDays(21), capacity: 30 },
      ],
    } as never,
  })) as never
}, 120_000)
afterAll(async () => booted?.shutdown())

let ip = 0
const citizen = () => formClient(payload, `192.0.2.${(ip += 1) % 250}`)
const sessionOf = async (token: string) =>
  (await payload.find({ collection: 'form-sessions', where: { token: { equals: token } }, overrideAccess: true, depth: 0 })).docs[0] as unknown as { errors: Record<string, string>; answers: Record<string, unknown> }
const plein = () => show.tariffs[0].id
const full = () => show.sessions[0].id
const leftIn = async (sessionId: string) => (await agenda(payload)).find((a) => a.event.slug === 'fabrique')!.sessions.find((s) => s.id === sessionId)!.left

/** A step post of the ticket form, then the send: the follow-up token, or the step's errors. */
async function buy(email: string, count: number, sessionId: string, extra: Record<string, string> = {}) {
  const client = citizen()
  const step = await client.post('billetterie', { action: 'suivant', etape: '1', 'billets.spectacle': String(show.id), billets: sessionId, [`billets.tarif.${plein()}`]: String(count), courriel: email, ...extra })
  if (!step.location.includes('/verification')) return { errors: (await sessionOf(step.session!)).errors }
  const sent = await client.post('billetterie', { action: 'envoyer', session: step.session! })
  return { followUp: sent.followUp }
}

async function join(email: string, places: string, sessionId = full()) {
  const client = citizen()
  const step = await client.post('attente', { action: 'suivant', etape: '1', 'attente.spectacle': String(show.id), attente: sessionId, 'attente.places': places, nom: 'Léa Martin', courriel: email })
  if (!step.location.includes('/verification')) return { errors: (await sessionOf(step.session!)).errors, answers: (await sessionOf(step.session!)).answers }
  const sent = await client.post('attente', { action: 'envoyer', session: step.session! })
  return { followUp: sent.followUp }
}

async function cancelOrder(followUp: string) {
  const data = new FormData()
  data.set('quoi', 'billets')
  data.set('confirmation', 'oui')
  const response = await handleFollowUpCancellation(payload, followUp, new Request('http://localhost/suivi/x/annulation', { method: 'POST', body: data, headers: { 'x-forwarded-for': '192.0.2.252' } }))
  expect(response.status).toBe(303)
}

/** The e-mails to one address (written after the response: waited for a moment). */
async function mailsTo(to: string, atLeast = 1): Promise<OutboxMail[]> {
  for (let i = 0; i < 50; i += 1) {
    const mails = readOutbox(outbox).filter((m) => m.to.includes(to))
    if (mails.length >= atLeast) return mails
    await new Promise((r) => setTimeout(r, 100))
  }
  return readOutbox(outbox).filter((m) => m.to.includes(to))
}

const entryOf = async (email: string) => (await payload.find({ collection: 'waiting-list', where: { email: { equals: email } }, depth: 0, overrideAccess: true, showHiddenFields: true })).docs[0]
const invitationIn = (mail: OutboxMail) => /invitation=([A-Za-z0-9_-]{32})/.exec(mail.text.replace(/=\r?\n/g, ''))?.[1]

describe('a ticket order’s acknowledgement', () => {
  it('carries the tickets as one PDF, one page of three tickets', async () => {
    const { followUp } = await buy('jeanne@example.fr', 2, show.sessions[1].id)
    expect(followUp).toBeTruthy()
    const [mail] = await mailsTo('jeanne@example.fr')
    expect(mail.text).toContain('Vos billets sont joints à ce message')
    // The tickets beside the récépissé (decision 0049)
    const tickets = mail.attachments.filter((a) => a.filename.startsWith('billets-'))
    expect(tickets.map((a) => [a.contentType, /^billets-[A-Z0-9-]+\.pdf$/.test(a.filename)])).toEqual([['application/pdf', true]])
    expect(tickets[0].content.subarray(0, 5).toString()).toBe('%PDF-')
    expect(await readPdfPageCount(tickets[0].content)).toBe(1)
  })
})

describe('the waiting list of a sold-out session', () => {
  const orders: string[] = []

  it('takes no name while places are left: it says to buy them', async () => {
    const early = await join('presse@example.fr', '2')
    expect(early.errors?.attente).toBe(`Il reste ${HALL} places pour cette séance : réservez-les directement depuis l’agenda.`)
    expect((await payload.count({ collection: 'waiting-list', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('once sold out, takes names in order, each with its rank; the agenda links it', async () => {
    for (const email of ['a@example.fr', 'b@example.fr']) {
      const { followUp } = await buy(email, 2, full())
      orders.push(followUp!)
    }
    expect(await leftIn(full())).toBe(0)
    const season = (await agenda(payload)).find((a) => a.event.slug === 'fabrique')!
    expect(season.waitingHref).toBe('/formulaires/attente?spectacle=fabrique')
    for (const [email, places] of [['premiere@example.fr', '2'], ['deuxieme@example.fr', '1'], ['troisieme@example.fr', '2']]) {
      expect(await join(email, places)).toEqual({ followUp: expect.any(String) })
    }
    const ranks = await Promise.all(['premiere', 'deuxieme', 'troisieme'].map(async (n) => (await waitingEntriesOf(payload, (await entryOf(`${n}@example.fr`))!.reference))[0].rank))
    expect(ranks).toEqual([1, 2, 3])
  })

  it.each([
    ['no place', '0', 'Indiquez un nombre de places entre 1 et 6.'],
    ['too many places', '99', 'Indiquez un nombre de places entre 1 et 6.'],
    ['a word', 'deux', 'Indiquez un nombre de places entre 1 et 6.'],
  ])('refuses %s in French beside the field, keeping what was typed', async (_what, places, message) => {
    const refused = await join('erreur@example.fr', places)
    expect(refused.errors?.['attente.places']).toBe(message)
    expect(refused.answers?.courriel).toBe('erreur@example.fr')
    expect(await entryOf('erreur@example.fr')).toBeUndefined()
  })

  it('refuses an unknown session', async () => {
    expect((await join('erreur@example.fr', '1', 'nope')).errors?.attente).toBe('Choisissez une des séances proposées.')
  })

  it('places back on sale go to the first in line, held 48 h behind a link sent by e-mail; the public still sees "Complet"', async () => {
    await cancelOrder(orders[0])
    const first = await entryOf('premiere@example.fr')
    expect(first?.state).toBe('invitee')
    expect(Date.parse(first!.offerExpiresAt!) - Date.now()).toBeGreaterThan(47.9 * 3_600_000)
    expect((await entryOf('deuxieme@example.fr'))?.state).toBe('attente')
    expect(await leftIn(full())).toBe(0)
    const refused = await buy('resquilleur@example.fr', 1, full())
    expect(refused.errors?.billets).toBe('Cette séance est complète.')
    const [mail] = await mailsTo('premiere@example.fr', 2)
      .then((mails) => mails.filter((m) => m.text.includes('invitation=') || m.text.includes('invitation=3D')))
    expect(mail.text).toContain('2 places vous sont gardées jusqu’au')
    expect(invitationIn(mail)).toBeTruthy()
  })

  it('the link buys the places once; a second use, or another session, is refused', async () => {
    const mail = (await mailsTo('premiere@example.fr', 2)).find((m) => invitationIn(m))!
    const invitation = invitationIn(mail)!
    const wrong = await buy('premiere@example.fr', 2, show.sessions[1].id, { 'billets.invitation': invitation })
    expect(wrong.errors?.billets).toBe('Les places de la liste d’attente sont pour la séance indiquée dans le courriel : choisissez-la.')
    const bought = await buy('premiere@example.fr', 2, full(), { 'billets.invitation': invitation })
    expect(bought.followUp).toBeTruthy()
    expect((await entryOf('premiere@example.fr'))?.state).toBe('utilisee')
    const tickets = await payload.find({ collection: 'tickets', where: { and: [{ holderEmail: { equals: 'premiere@example.fr' } }, { session: { equals: full() } }] }, depth: 0, overrideAccess: true })
    expect(tickets.docs).toHaveLength(2)
    expect((await payload.count({ collection: 'place-claims', where: { holder: { equals: waitingHolder((await entryOf('premiere@example.fr'))!.id) } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await buy('premiere@example.fr', 1, full(), { 'billets.invitation': invitation })).errors?.billets).toBe(OFFER_UNUSABLE)
  })

  it('an offer not used in time passes to the next who can be served', async () => {
    await cancelOrder(orders[1]) // two places back: the second in line wants 1, the third 2
    const second = await entryOf('deuxieme@example.fr')
    expect(second?.state).toBe('invitee')
    expect((await entryOf('troisieme@example.fr'))?.state).toBe('attente') // 1 place left, 2 wanted
    const later = new Date(Date.now() + 49 * 3_600_000)
    expect(await offerFreedPlaces(payload, later)).toBe(1)
    expect((await entryOf('deuxieme@example.fr'))?.state).toBe('expiree')
    expect((await entryOf('troisieme@example.fr'))?.state).toBe('invitee')
  })

  it('offers made by several runs at once: each entry offered once, never more places than the hall', async () => {
    await payload.update({ collection: 'waiting-list', where: { email: { equals: 'troisieme@example.fr' } }, data: { state: 'expiree' }, overrideAccess: true })
    const later = new Date(Date.now() + 100 * 3_600_000) // the third's offer lapsed too: 2 places free
    for (const email of ['x@example.fr', 'y@example.fr']) expect(await join(email, '1')).toHaveProperty('followUp')
    const offers = await Promise.all([offerFreedPlaces(payload, later), offerFreedPlaces(payload, later), offerFreedPlaces(payload, later)])
    expect(offers.reduce((a, b) => a + b, 0)).toBe(2)
    expect([(await entryOf('x@example.fr'))?.state, (await entryOf('y@example.fr'))?.state]).toEqual(['invitee', 'invitee'])
    expect((await mailsTo('x@example.fr', 2)).filter((m) => invitationIn(m))).toHaveLength(1)
  })

  it('a citizen leaves the list from the follow-up link: the places offered go back', async () => {
    const entry = (await entryOf('y@example.fr'))!
    const { docs } = await payload.find({ collection: 'submissions', where: { reference: { equals: entry.reference } }, depth: 0, overrideAccess: true, showHiddenFields: true })
    const token = (docs[0] as unknown as { followUpToken: string }).followUpToken
    const data = new FormData()
    data.set('quoi', `attente:${entry.id}`)
    data.set('confirmation', 'oui')
    const response = await handleFollowUpCancellation(payload, token, new Request('http://localhost/suivi/x/annulation', { method: 'POST', body: data, headers: { 'x-forwarded-for': '192.0.2.253' } }))
    expect(response.status).toBe(303)
    expect((await entryOf('y@example.fr'))?.state).toBe('retiree')
    expect((await payload.count({ collection: 'place-claims', where: { holder: { equals: waitingHolder(entry.id) } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
