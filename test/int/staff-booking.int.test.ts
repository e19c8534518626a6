/**
 * The staff side of booking and ticketing (#13): a show's session report (orders, places sold and
 * fill rate, tickets per tariff, attendees checked in or not), its CSV and XLSX exports and who may
 * have them, cancelling a session (tickets cancelled, places freed, no further sale, buyers told),
 * and the bookings calendar (week, month, options awaiting a decision, each user's organisation).
 * Tickets and bookings are bought through the real form posts; exports and cancellation through
 * Payload's real REST handler; on SQLite and (int-mongodb) MongoDB.
 */
import path from 'node:path'

import { renderToStaticMarkup } from 'react-dom/server'
import type { Payload } from 'payload'

import { BookingCalendar } from '../../src/admin/BookingCalendar'
import { bookingCalendar, calendarPeriod } from '../../src/booking/calendar'
import { SessionList } from '../../src/components/SessionList'
import { isoDateOf } from '../../src/lib/calendarDate'
import { takenByPool } from '../../src/places/claims'
import { agenda } from '../../src/ticketing/agenda'
import { checkInTicket } from '../../src/ticketing/checkIn'
import { eventScope, sessionPool } from '../../src/ticketing/pools'
import { fillRateFr, sessionReport } from '../../src/ticketing/sessionReport'
import type { User } from '../../src/payload-types'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { bookAtOnce } from '../helpers/bookAtOnce'
import { formClient } from '../helpers/formClient'
import { readOutbox } from '../helpers/mail'
import { createOrganisations } from '../helpers/organisations'
import { restClient } from '../helpers/rest'
import { PASSWORD } from '../helpers/users'

let booted: BootedPayload
let payload: Payload
let rest: ReturnType<typeof restClient>
let orgs: Record<'mairie' | 'ccas', number>
let outbox: string
const users = {} as Record<'admin' | 'door' | 'agent' | 'otherDoor' | 'communication', User>
const tokens = {} as Record<keyof typeof users, string>
let show: { id: number | string; slug: string; tariffs: Array<{ id: string; name: string }>; sessions: Array<{ id: string; startsAt: string }> }

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()
const dayIn = (n: number) => isoDateOf(new Date(Date.now() + n * 86_400_000))
const tariff = (name: string) => show.tariffs.find((t) => t.name === name)!.id

let ip = 0
/** One buyer's order through the real step post and send; returns the request's reference. */
async function buy(session: string, person: { prenoms: string; nom: string; email: string }, lines: Record<string, number>, seats: string[] = []) {
  const client = formClient(payload, `192.0.2.${(ip += 1)}`)
  const step = await client.post('billetterie', {
    action: 'suivant',
    etape: '1',
    'billets.spectacle': String(show.id),
    billets: session,
    ...Object.fromEntries(Object.entries(lines).map(([name, n]) => [`billets.tarif.${tariff(name)}`, String(n)])),
    ...(seats.length ? { [`billets.places.${session}`]: seats } : {}),
    'identite.civilite': 'madame',
    'identite.nom': person.nom,
    'identite.prenoms': person.prenoms,
    'identite.dateNaissance': '1980-05-12',
    'identite.lieuNaissance': 'Vannes',
    courriel: person.email,
  })
  expect(step.location).toContain('/verification')
  const sent = await client.post('billetterie', { action: 'envoyer', session: step.session! })
  expect(sent.followUp).toBeTruthy()
  const [ticket] = (await payload.find({ collection: 'tickets', where: { holderEmail: { equals: person.email } }, sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })).docs
  return ticket.reference
}

const user = (email: string, data: Record<string, unknown>) =>
  payload.create({ collection: 'users', data: { email, password: PASSWORD, name: email.split('@')[0], ...data } as never, overrideAccess: true }) as Promise<User>

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  rest = restClient(booted.config)
  outbox = path.join(booted.uploadsDir, '..', 'outbox')
  process.env.OUTBOX_DIR = outbox
  orgs = await createOrganisations(payload, 'mairie', 'ccas')
  users.admin = await user('admin@test.kerlann.fr', { role: 'admin' })
  users.door = await user('salle@test.kerlann.fr', { role: 'agent', organisation: orgs.mairie, permissions: ['billetterie'] })
  users.agent = await user('agent@test.kerlann.fr', { role: 'agent', organisation: orgs.mairie })
  users.otherDoor = await user('salle.ccas@test.kerlann.fr', { role: 'agent', organisation: orgs.ccas, permissions: ['billetterie'] })
  users.communication = await user('com@test.kerlann.fr', { role: 'communication' })
  for (const key of Object.keys(users) as Array<keyof typeof users>) tokens[key] = await rest.login(users[key].email, PASSWORD)

  const form = await payload.create({
    collection: 'forms',
    overrideAccess: true,
    data: {
      title: 'Billetterie du Dôme',
      slug: 'billetterie',
      organisation: orgs.mairie,
      steps: [
        {
          title: 'Vos billets',
          fields: [
            { blockType: 'billets', label: 'Vos billets', name: 'billets', required: true },
            { blockType: 'identity', label: 'Vous', name: 'identite', required: true },
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
      organisation: orgs.mairie,
      summary: 'Shakespeare au Dôme.',
      form: form.id,
      tariffs: [
        { name: 'Plein', price: 18 },
        { name: 'Réduit', price: 12, quota: 5 },
        { name: 'Invitation', price: 0 },
      ],
      sessions: [
        { startsAt: inDays(10), capacity: 10 },
        { startsAt: inDays(11), seating: 'numerote', rows: 'A', seatsPerRow: 4 },
      ],
    } as never,
  })) as never
}, 120_000)
afterAll(async () => booted?.shutdown())

describe('a session’s report', () => {
  let alice: string
  beforeAll(async () => {
    const first = show.sessions[0].id
    alice = await buy(first, { prenoms: 'Alice', nom: 'Martin', email: 'alice@example.fr' }, { Plein: 2, Réduit: 1 })
    await buy(first, { prenoms: 'Bruno', nom: 'Durand', email: 'bruno@example.fr' }, { Plein: 1 })
    const carla = await buy(first, { prenoms: 'Carla', nom: 'Petit', email: 'carla@example.fr' }, { Réduit: 1 })
    // Carla cancels her order: it counts no more, but stays listed as cancelled.
    const [cancelled] = (await payload.find({ collection: 'tickets', where: { reference: { equals: carla } }, depth: 0, overrideAccess: true })).docs
    await payload.update({ collection: 'tickets', id: cancelled.id, data: { state: 'annule' }, overrideAccess: true })
    // One of Alice's tickets is let in at the door.
    const [ticket] = (await payload.find({ collection: 'tickets', where: { reference: { equals: alice } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })).docs
    const { signedTicketCode } = await import('../../src/ticketing/ticketCode')
    expect(await checkInTicket(payload, signedTicketCode((ticket as { code?: string }).code!), { door: '1', by: { id: users.door.id, name: 'Salle' } })).toMatchObject({ accepted: true })
  }, 120_000)

  it('counts orders, places sold against the gauge, the fill rate, tickets per tariff and who came in', async () => {
    const event = await payload.findByID({ collection: 'events', id: show.id, depth: 0, overrideAccess: true })
    const report = (await sessionReport(payload, event as never, show.sessions[0].id))!
    expect(report).toMatchObject({ orders: 2, sold: 4, capacity: 10, checkedIn: 1, cancelled: 1, amountCents: 6600 })
    expect(report.fillRate).toBeCloseTo(0.4)
    expect(fillRateFr(report.fillRate)).toMatch(/^40\s%$/u)
    expect(report.byTariff).toEqual([
      { tariff: 'Plein', sold: 3, amountCents: 5400 },
      { tariff: 'Réduit', sold: 1, amountCents: 1200 },
      { tariff: 'Invitation', sold: 0, amountCents: 0 },
    ])
    expect(report.attendees.map((a) => [a.name, a.tariff, a.state, a.checkedIn])).toEqual([
      ['Alice Martin', 'Plein', expect.any(String), expect.any(Boolean)],
      ['Alice Martin', 'Plein', expect.any(String), expect.any(Boolean)],
      ['Alice Martin', 'Réduit', expect.any(String), expect.any(Boolean)],
      ['Bruno Durand', 'Plein', 'valide', false],
      ['Carla Petit', 'Réduit', 'annule', false],
    ])
    expect(report.attendees.filter((a) => a.checkedIn)).toHaveLength(1)
    expect(await sessionReport(payload, event as never, 'pas-une-seance')).toBeNull()
  })

  it('exports the attendees as CSV for French spreadsheets: BOM, “;”, a header, one row per ticket', async () => {
    const res = await rest.call('GET', `/events/${show.id}/seances/${show.sessions[0].id}/participants.csv`, { token: tokens.admin })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="le-songe-\d{4}-\d{2}-\d{2}-\d{2}h\d{2}-participants\.csv"$/)
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = res.bytes.subarray(3).toString('utf8').split('\r\n')
    expect(lines[0]).toBe('Nom;Courriel;Demande n°;Tarif;Prix (€);Place;État;Contrôlé à l’entrée;Contrôlé le')
    expect(lines.filter(Boolean)).toHaveLength(6)
    expect(lines).toContain(`Bruno Durand;bruno@example.fr;${(await payload.find({ collection: 'tickets', where: { holderEmail: { equals: 'bruno@example.fr' } }, depth: 0, overrideAccess: true })).docs[0].reference};Plein;18,00;;Valide;non;`)
    expect(lines.filter((l) => /;Contrôlé le$|;oui;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(l))).toHaveLength(2)
    expect(lines.some((l) => l.startsWith('Carla Petit;') && l.includes(';Annulé;non;'))).toBe(true)
  })

  it('exports the same rows as XLSX, readable by a spreadsheet library, for the hall’s staff', async () => {
    const res = await rest.call('GET', `/events/${show.id}/seances/${show.sessions[0].id}/participants.xlsx`, { token: tokens.door })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/participants\.xlsx"$/)
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.bytes as never)
    const sheet = workbook.getWorksheet('Participants')!
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Nom', 'Courriel', 'Demande n°', 'Tarif', 'Prix (€)', 'Place', 'État', 'Contrôlé à l’entrée', 'Contrôlé le'])
    expect(sheet.actualRowCount).toBe(6)
    const bruno = sheet.getRows(2, 5)!.find((row) => row.getCell(1).value === 'Bruno Durand')!
    expect(bruno.getCell(5).value).toBe(18)
    expect(bruno.getCell(8).value).toBe('non')
    const came = sheet.getRows(2, 5)!.find((row) => row.getCell(8).value === 'oui')!
    expect(came.getCell(9).value).toBeInstanceOf(Date)
  })

  it.each([
    ['anonymous', null],
    ['an agent without the ticketing permission', 'agent'],
    ['the ticketing staff of another organisation', 'otherDoor'],
    ['communication staff without the permission', 'communication'],
  ] as const)('refuses the export to %s (403), with nothing of the attendees', async (_who, key) => {
    for (const format of ['csv', 'xlsx']) {
      const res = await rest.call('GET', `/events/${show.id}/seances/${show.sessions[0].id}/participants.${format}`, key ? { token: tokens[key] } : {})
      expect(res.status).toBe(403)
      expect(res.bytes.toString('utf8')).not.toContain('Martin')
    }
  })

  it('answers 404 for a session or a show that does not exist', async () => {
    expect((await rest.call('GET', `/events/${show.id}/seances/inconnue/participants.csv`, { token: tokens.admin })).status).toBe(404)
    expect((await rest.call('GET', `/events/999999/seances/${show.sessions[0].id}/participants.csv`, { token: tokens.admin })).status).toBe(404)
  })
})

describe('cancelling a session', () => {
  const numbered = () => show.sessions[1].id
  beforeAll(async () => {
    await buy(numbered(), { prenoms: 'Denis', nom: 'Le Goff', email: 'denis@example.fr' }, { Plein: 2 }, ['A1', 'A2'])
    await buy(numbered(), { prenoms: 'Emma', nom: 'Robin', email: 'emma@example.fr' }, { Invitation: 1 }, ['A4'])
  }, 60_000)

  it('is refused to whoever does not edit the shows (403), and nothing changes', async () => {
    for (const key of ['door', 'agent'] as const) {
      expect((await rest.call('POST', `/events/${show.id}/seances/${numbered()}/annuler`, { token: tokens[key] })).status).toBe(403)
    }
    expect((await rest.call('POST', `/events/${show.id}/seances/${numbered()}/annuler`)).status).toBe(403)
    expect((await payload.count({ collection: 'tickets', where: { session: { equals: numbered() }, state: { equals: 'valide' } }, overrideAccess: true })).totalDocs).toBe(3)
  })

  it('cancels every ticket, frees the places, tells each buyer, and the session sells no more', async () => {
    const before = readOutbox(outbox).length
    const res = await rest.call('POST', `/events/${show.id}/seances/${numbered()}/annuler`, { token: tokens.communication })
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ cancelledTickets: 3, buyersTold: 2 })
    expect(res.json.message).toBe('Séance annulée : 3 billets annulés, 2 acheteurs prévenus par courriel.')

    const tickets = (await payload.find({ collection: 'tickets', where: { session: { equals: numbered() } }, depth: 0, overrideAccess: true })).docs
    expect(tickets.map((t) => t.state)).toEqual(['annule', 'annule', 'annule'])
    const taken = await takenByPool(payload, eventScope(show.id))
    expect(taken.get(sessionPool(show.id, numbered())) ?? 0).toBe(0)

    const mails = readOutbox(outbox).slice(before)
    expect(mails.map((m) => m.to).sort()).toEqual(['denis@example.fr', 'emma@example.fr'])
    expect(mails.find((m) => m.to === 'denis@example.fr')!.text).toContain('Vos 2 billets sont annulés')

    const client = formClient(payload, '192.0.2.200')
    const step = await client.post('billetterie', { action: 'suivant', etape: '1', 'billets.spectacle': String(show.id), billets: numbered(), [`billets.tarif.${tariff('Plein')}`]: '1', [`billets.places.${numbered()}`]: 'A3', courriel: 'fred@example.fr' })
    expect(step.location).not.toContain('/verification')
    const { docs } = await payload.find({ collection: 'form-sessions', where: { token: { equals: step.session! } }, depth: 0, overrideAccess: true })
    expect((docs[0] as unknown as { errors: Record<string, string> }).errors.billets).toBe('Cette séance est annulée : choisissez-en une autre.')
    expect((await payload.count({ collection: 'tickets', where: { holderEmail: { equals: 'fred@example.fr' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('shows the session as “Annulée” on /agenda, and a second cancellation is refused (409)', async () => {
    const season = await agenda(payload)
    const session = season.find((e) => e.event.id === show.id)!.sessions.find((s) => s.id === numbered())!
    expect(session).toMatchObject({ cancelled: true, onSale: false })
    const html = renderToStaticMarkup(SessionList({ sessions: season[0].sessions, bookingHref: '/formulaires/billetterie', title: 'Le Songe' }))
    expect(html).toMatch(/— <strong>Annulée<\/strong>/)
    expect((await rest.call('POST', `/events/${show.id}/seances/${numbered()}/annuler`, { token: tokens.admin })).status).toBe(409)
  })

  it('stays cancelled when staff save the show again (the field is the action’s only)', async () => {
    const event = await payload.findByID({ collection: 'events', id: show.id, depth: 0, overrideAccess: true })
    const sessions = (event.sessions ?? []).map((s) => ({ ...s, cancelled: false, salesClosed: false }))
    const res = await rest.call('PATCH', `/events/${show.id}`, { token: tokens.communication, body: { sessions } })
    expect(res.status).toBe(200)
    const after = await payload.findByID({ collection: 'events', id: show.id, depth: 0, overrideAccess: true })
    expect(after.sessions?.find((s) => s.id === numbered())?.cancelled).toBe(true)
    expect((await agenda(payload))[0].sessions.find((s) => s.id === numbered())?.onSale).toBe(false)
  })
})

describe('the bookings calendar', () => {
  const ids: Record<string, number | string> = {}
  const day = dayIn(9)
  const optionDay = dayIn(11)
  const resource = async (key: string, organisation: number, data: Record<string, unknown>) => {
    ids[key] = (await payload.create({ collection: 'resources', overrideAccess: true, data: { organisation, minDelayDays: 1, maxDelayDays: 60, closedOnPublicHolidays: false, unit: 'jour', stock: 1, ...data } as never })).id
    await payload.create({
      collection: 'forms',
      overrideAccess: true,
      data: {
        title: key,
        slug: `reserver-${key}`,
        organisation,
        steps: [{ title: 'Réservation', fields: [{ blockType: 'creneau', label: 'Date', name: 'reservation', required: true, resource: ids[key] }, { blockType: 'email', label: 'Courriel', name: 'courriel', required: true }] }],
        _status: 'published',
      } as never,
    })
  }
  beforeAll(async () => {
    await resource('salle', orgs.mairie, { name: 'Salle des fêtes', maxDays: 3 })
    await resource('polyvalente', orgs.mairie, { name: 'Salle polyvalente', approval: true, optionDays: 7 })
    await resource('ccas', orgs.ccas, { name: 'Local du CCAS' })
    expect((await bookAtOnce(payload, 'reserver-salle', 1, 'fete', { reservation: day, 'reservation.jours': '2' }, '198.18.40')).booked).toHaveLength(1)
    expect((await bookAtOnce(payload, 'reserver-polyvalente', 1, 'option', { reservation: optionDay }, '198.18.41')).booked).toHaveLength(1)
    expect((await bookAtOnce(payload, 'reserver-ccas', 1, 'ccas', { reservation: day }, '198.18.42')).booked).toHaveLength(1)
  }, 120_000)

  const rowOf = (calendar: Awaited<ReturnType<typeof bookingCalendar>>, key: string) => calendar!.rows.find((r) => r.resource.id === ids[key])!
  const entriesOn = (calendar: Awaited<ReturnType<typeof bookingCalendar>>, key: string, d: string) => rowOf(calendar, key).cells.find((c) => c.day === d)?.entries ?? []

  it('a week runs Monday to Sunday and a month its whole days, with their neighbours', () => {
    expect(calendarPeriod('semaine', '2026-12-10')).toMatchObject({ days: ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'], previous: '2026-11-30', next: '2026-12-14', label: 'semaine du lundi 7 décembre au dimanche 13 décembre 2026' })
    const month = calendarPeriod('mois', '2027-02-17')
    expect(month).toMatchObject({ previous: '2027-01-01', next: '2027-03-01', label: 'février 2027' })
    expect(month.days).toHaveLength(28)
  })

  it('puts a booking in each of its days of the week, with its state in words, and lists the option awaiting a decision', async () => {
    const calendar = await bookingCalendar(payload, users.admin, { scale: 'semaine', day, resource: null })
    expect(calendar!.rows.map((r) => r.resource.name)).toEqual(['Local du CCAS', 'Salle des fêtes', 'Salle polyvalente'])
    const first = entriesOn(calendar, 'salle', day)
    expect(first).toHaveLength(1)
    expect(first[0]).toMatchObject({ state: 'confirmee', stateText: 'Confirmée', time: 'jour 1 sur 2', requesterName: '' })
    const second = calendar!.period.days.includes(dayIn(10)) ? entriesOn(calendar, 'salle', dayIn(10)) : null
    if (second) expect(second[0]).toMatchObject({ time: 'jour 2 sur 2' })
    expect(rowOf(calendar, 'salle').cells.flatMap((c) => c.entries)).toHaveLength(second ? 2 : 1)

    expect(calendar!.pending).toHaveLength(1)
    const [option] = calendar!.pending
    expect(option).toMatchObject({ resourceName: 'Salle polyvalente', expired: false })
    expect(Date.parse(option.optionUntil!) - Date.now()).toBeGreaterThan(6 * 86_400_000)
  })

  it('a month holds the option in its cell, and one resource can be shown alone', async () => {
    const calendar = await bookingCalendar(payload, users.admin, { scale: 'mois', day: optionDay, resource: String(ids.polyvalente) })
    expect(calendar!.period.days[0]).toBe(`${optionDay.slice(0, 7)}-01`)
    expect(calendar!.rows.map((r) => r.resource.name)).toEqual(['Salle polyvalente'])
    const [entry] = entriesOn(calendar, 'polyvalente', optionDay)
    expect(entry).toMatchObject({ state: 'option', stateText: 'Option', time: 'journée' })
    expect(rowOf(calendar, 'polyvalente').cells.filter((c) => c.entries.length)).toHaveLength(1)
    expect(calendar!.selected).toBe(String(ids.polyvalente))
  })

  it('an agent sees its organisation’s resources only; communication staff no calendar', async () => {
    const mairie = await bookingCalendar(payload, users.agent, { scale: 'semaine', day, resource: null })
    expect(mairie!.rows.map((r) => r.resource.name)).toEqual(['Salle des fêtes', 'Salle polyvalente'])
    // Asking for another organisation's resource shows one's own instead.
    const ccas = await bookingCalendar(payload, users.otherDoor, { scale: 'semaine', day, resource: String(ids.salle) })
    expect(ccas!.rows.map((r) => r.resource.name)).toEqual(['Local du CCAS'])
    expect(ccas!.selected).toBeNull()
    expect(entriesOn(ccas, 'ccas', day)).toHaveLength(1)
    expect(ccas!.pending).toEqual([])
    expect(await bookingCalendar(payload, users.communication, { scale: 'semaine', day, resource: null })).toBeNull()
  })

  it('renders accessible tables: a caption, column and row headers, the state as text, links to decide', async () => {
    const calendar = (await bookingCalendar(payload, users.admin, { scale: 'semaine', day: optionDay, resource: null }))!
    const html = renderToStaticMarkup(BookingCalendar({ calendar, base: '/admin/calendrier-reservations', today: dayIn(0), adminRoute: '/admin' }))
    expect(html).toMatch(/<caption[^>]*>Réservations, semaine du /)
    expect(html).toMatch(/<th scope="col"[^>]*>Ressource<\/th>/)
    expect(html).toMatch(/<th scope="row"[^>]*>Salle polyvalente<\/th>/)
    expect(html).toContain('<strong>Option</strong> · journée')
    expect(html).toContain('Options en attente de décision')
    expect(html).toMatch(/<td[^>]*>\d{2}\/\d{2}\/\d{4} à \d{1,2} h \d{2}<\/td>/)
    expect(html).toContain(`href="/admin/collections/bookings/${calendar.pending[0].id}"`)
    expect(html).toContain('vue=mois')
    expect(html).not.toContain('dangerouslySetInnerHTML')
  })
})
