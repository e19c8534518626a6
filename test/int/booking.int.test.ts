/**
 * Booking a resource through a form (#13, the créneau field; #12's commit hook): a step post holds
 * the choice for a while, the stored request turns the hold into a booking, a replaced choice or an
 * expired hold gives the places back, and the database refuses a second taker — rooms, slots and a
 * stock alike. Real step posts through the real handler, on SQLite and (int-mongodb) MongoDB.
 */
import type { Payload } from 'payload'

import { isoDateOf } from '../../src/lib/calendarDate'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { bookAtOnce } from '../helpers/bookAtOnce'
import { formClient } from '../helpers/formClient'
import { createOrganisations } from '../helpers/organisations'
import { itNeeds } from '../helpers/testServerGaps'

let booted: BootedPayload
let payload: Payload
const ids: Record<string, number | string> = {}

/** A day `n` days from today, in Paris. */
const inDays = (n: number) => isoDateOf(new Date(Date.now() + n * 86_400_000))

const resource = async (key: string, data: Record<string, unknown>) => {
  const doc = await payload.create({
    collection: 'resources',
    overrideAccess: true,
    data: { organisation: ids.mairie, minDelayDays: 1, maxDelayDays: 60, closedOnPublicHolidays: false, ...data } as never,
  })
  ids[key] = doc.id
}

const bookingForm = (slug: string, resourceKey: string) =>
  payload.create({
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
            { blockType: 'creneau', label: 'Date', name: 'reservation', required: true, resource: ids[resourceKey] },
            { blockType: 'email', label: 'Courriel', name: 'courriel', required: true },
          ],
        },
      ],
      _status: 'published',
    } as never,
  })

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  Object.assign(ids, await createOrganisations(payload, 'mairie'))
  await resource('salle', { name: 'Salle des fêtes', unit: 'jour', stock: 1, maxDays: 2, prices: { resident: 150, nonResident: 300 } })
  await resource('reunion', { name: 'Salle de réunion', unit: 'creneau', slotMinutes: 120, openingHours: [{ days: ['1', '2', '3', '4', '5', '6', '7'], opens: '08:00', closes: '18:00' }] })
  await resource('chaises', { name: 'Chaises', kind: 'materiel', unit: 'jour', stock: 10, prices: { resident: 1 } })
  await resource('option', { name: 'Salle polyvalente', unit: 'jour', stock: 1, approval: true, optionDays: 7 })
  await bookingForm('reserver-la-salle', 'salle')
  await bookingForm('reserver-la-reunion', 'reunion')
  await bookingForm('emprunter-des-chaises', 'chaises')
  await bookingForm('reserver-la-polyvalente', 'option')
  await resource('gymnase', { name: 'Gymnase', unit: 'jour', stock: 1, audience: 'associations', prices: { association: 20 } })
  await bookingForm('reserver-le-gymnase', 'gymnase')
  const association = (name: string, status: 'published' | 'pending') =>
    payload.create({ collection: 'associations', overrideAccess: true, data: { name, slug: name.toLowerCase().replace(/[^a-z]+/g, '-'), category: 'sport', status } as never })
  ids.volley = (await association('Volley Club de Kerlann', 'published')).id
  ids.pending = (await association('Club en attente', 'pending')).id
}, 120_000)
afterAll(async () => booted?.shutdown())

const claimsOf = async (where: Record<string, unknown>) =>
  (await payload.find({ collection: 'place-claims', where: where as never, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs
const sessionOf = async (token: string) =>
  (await payload.find({ collection: 'form-sessions', where: { token: { equals: token } }, overrideAccess: true, depth: 0 })).docs[0] as unknown as {
    answers: Record<string, { hold: string; start: string } & Record<string, unknown>>
    errors: Record<string, string>
  }
const bookingsOf = async (resourceKey: string) =>
  (await payload.find({ collection: 'bookings', where: { resource: { equals: ids[resourceKey] } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs
const requestByFollowUp = async (token: string) =>
  (await payload.find({ collection: 'submissions', where: { followUpToken: { equals: token } }, depth: 0, overrideAccess: true })).docs[0]

let ip = 0
const citizen = () => formClient(payload, `192.0.2.${(ip += 1)}`)

describe('a room booked by the day', () => {
  it('a step post holds the day for 15 minutes; the send turns the hold into a booking', async () => {
    const client = citizen()
    const day = inDays(10)
    const step = await client.post('reserver-la-salle', { action: 'suivant', etape: '1', reservation: day, 'reservation.jours': '2', 'reservation.tarif': 'nonResident', courriel: 'alice@example.fr' })
    expect(step.location).toContain('/verification')
    const answer = (await sessionOf(step.session!)).answers.reservation
    expect(answer).toMatchObject({ start: day, end: inDays(11), days: 2, rate: 'nonResident', amountCents: 60000 })
    const holds = await claimsOf({ holder: { equals: `holds:${answer.hold}` } })
    expect(holds.map((c) => c.pool).sort()).toEqual([`resources:${ids.salle}:${day}`, `resources:${ids.salle}:${inDays(11)}`])
    const minutesLeft = (Date.parse(holds[0].expiresAt!) - Date.now()) / 60_000
    expect(minutesLeft).toBeGreaterThan(14)
    expect(minutesLeft).toBeLessThanOrEqual(15)

    const sent = await client.post('reserver-la-salle', { action: 'envoyer', session: step.session! })
    expect(sent.followUp).toBeTruthy()
    const request = await requestByFollowUp(sent.followUp!)
    const [booking] = (await bookingsOf('salle')).filter((b) => b.reference === request.reference)
    expect(booking).toMatchObject({ state: 'confirmee', quantity: 1, days: 2, rate: 'nonResident', amountCents: 60000, start: day, requesterEmail: 'alice@example.fr' })
    const kept = await claimsOf({ holder: { equals: `bookings:${booking.id}` } })
    expect(kept).toHaveLength(2)
    expect(kept.every((c) => !c.expiresAt)).toBe(true)
    expect(await claimsOf({ holder: { equals: `holds:${answer.hold}` } })).toHaveLength(0)
  })

  it('a day already booked is refused beside the field, and what the citizen typed is kept', async () => {
    const day = inDays(10)
    const client = citizen()
    const step = await client.post('reserver-la-salle', { action: 'suivant', etape: '1', reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui', courriel: 'bob@example.fr' })
    expect(step.location).not.toContain('/verification')
    const session = await sessionOf(step.session!)
    expect(session.errors.reservation).toBe('Ce créneau n’est plus disponible : il vient d’être réservé. Choisissez-en un autre.')
    expect(session.answers.courriel).toBe('bob@example.fr')
    expect(await claimsOf({ pool: { equals: `resources:${ids.salle}:${day}` }, holder: { like: 'holds:' } })).toHaveLength(0)
  })

  it('a changed choice gives the first day back at once', async () => {
    const client = citizen()
    const first = await client.post('reserver-la-salle', { action: 'suivant', etape: '1', reservation: inDays(20), 'reservation.tarif': 'resident', 'reservation.habitant': 'oui', courriel: 'chloe@example.fr' })
    const before = (await sessionOf(first.session!)).answers.reservation.hold
    const again = await client.post('reserver-la-salle', { action: 'suivant', etape: '1', session: first.session!, reservation: inDays(21), 'reservation.tarif': 'resident', 'reservation.habitant': 'oui', courriel: 'chloe@example.fr' })
    const after = (await sessionOf(again.session!)).answers.reservation
    expect(after.start).toBe(inDays(21))
    expect(await claimsOf({ holder: { equals: `holds:${before}` } })).toHaveLength(0)
    expect(await claimsOf({ holder: { equals: `holds:${after.hold}` } })).toHaveLength(1)
    // The same choice posted again keeps the same hold (no second claim on one's own day).
    const same = await client.post('reserver-la-salle', { action: 'suivant', etape: '1', session: first.session!, reservation: inDays(21), 'reservation.tarif': 'resident', 'reservation.habitant': 'oui', courriel: 'chloe@example.fr' })
    expect(same.location).toContain('/verification')
    expect((await sessionOf(first.session!)).answers.reservation.hold).toBe(after.hold)
  })

  it('a hold that expired while the citizen was away: taken meanwhile → back to the field, nothing stored; still free → booked', async () => {
    const day = inDays(25)
    const away = citizen()
    const step = await away.post('reserver-la-salle', { action: 'suivant', etape: '1', reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui', courriel: 'dan@example.fr' })
    const hold = (await sessionOf(step.session!)).answers.reservation.hold
    await payload.db.updateMany({ collection: 'place-claims', where: { holder: { equals: `holds:${hold}` } }, data: { expiresAt: new Date(Date.now() - 1000).toISOString() } })
    const other = await bookAtOnce(payload, 'reserver-la-salle', 1, 'rapide', { reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui' }, '192.0.2.200')
    expect(other.booked).toHaveLength(1)
    const requestsBefore = (await payload.count({ collection: 'submissions', overrideAccess: true })).totalDocs
    const sent = await away.post('reserver-la-salle', { action: 'envoyer', session: step.session! })
    expect(sent.followUp).toBeUndefined()
    const session = await sessionOf(step.session!)
    expect(session.errors.reservation).toContain('Votre réservation provisoire a expiré et ce créneau a été réservé entre-temps')
    expect(session.answers.courriel).toBe('dan@example.fr')
    expect((await payload.count({ collection: 'submissions', overrideAccess: true })).totalDocs).toBe(requestsBefore)
    expect(await claimsOf({ pool: { equals: `resources:${ids.salle}:${day}` } })).toHaveLength(1)

    const late = citizen()
    const laterDay = inDays(26)
    const lateStep = await late.post('reserver-la-salle', { action: 'suivant', etape: '1', reservation: laterDay, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui', courriel: 'eve@example.fr' })
    const lateHold = (await sessionOf(lateStep.session!)).answers.reservation.hold
    await payload.db.updateMany({ collection: 'place-claims', where: { holder: { equals: `holds:${lateHold}` } }, data: { expiresAt: new Date(Date.now() - 1000).toISOString() } })
    const lateSent = await late.post('reserver-la-salle', { action: 'envoyer', session: lateStep.session! })
    expect(lateSent.followUp).toBeTruthy()
    expect((await bookingsOf('salle')).filter((b) => b.start === laterDay)).toHaveLength(1)
  })

  it('an expired hold is purged when its day is read again: another citizen may take it', async () => {
    const day = inDays(27)
    const step = await citizen().post('reserver-la-salle', { action: 'suivant', etape: '1', reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui', courriel: 'fay@example.fr' })
    const hold = (await sessionOf(step.session!)).answers.reservation.hold
    const blocked = await bookAtOnce(payload, 'reserver-la-salle', 1, 'bloque', { reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui' }, '192.0.2.201')
    expect(blocked.booked).toHaveLength(0)
    await payload.db.updateMany({ collection: 'place-claims', where: { holder: { equals: `holds:${hold}` } }, data: { expiresAt: new Date(Date.now() - 1000).toISOString() } })
    const freed = await bookAtOnce(payload, 'reserver-la-salle', 1, 'libere', { reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui' }, '192.0.2.202')
    expect(freed.booked).toHaveLength(1)
    expect(await claimsOf({ holder: { equals: `holds:${hold}` } })).toHaveLength(0)
  })

  it.each([
    ['a day in the past', { reservation: inDays(-3) }, 'reservation', 'Cette date est passée'],
    ['a day before the minimum delay', { reservation: inDays(0) }, 'reservation', 'Réservez au moins 1 jour à l’avance'],
    ['a day beyond the window', { reservation: inDays(90) }, 'reservation', 'Les réservations sont ouvertes jusqu’au'],
    ['an impossible date', { reservation: '2027-02-30' }, 'reservation', 'Choisissez un des jours proposés.'],
    ['markup instead of a day', { reservation: '<img src=x onerror=alert(1)>' }, 'reservation', 'Choisissez un des jours proposés.'],
    ['too many days', { reservation: inDays(30), 'reservation.jours': '5' }, 'reservation.jours', 'Indiquez un nombre de jours entre 1 et 2.'],
    ['a number of days that is not one', { reservation: inDays(30), 'reservation.jours': '1.5' }, 'reservation.jours', 'Indiquez un nombre de jours entre 1 et 2.'],
    ['a rate not offered', { reservation: inDays(30), 'reservation.tarif': 'gratuit' }, 'reservation.tarif', 'Choisissez un des tarifs proposés.'],
  ])('refuses %s in French, holding nothing', async (_what, values, input, message) => {
    const before = (await claimsOf({ scope: { equals: `resources:${ids.salle}` } })).length
    const step = await citizen().post('reserver-la-salle', { action: 'suivant', etape: '1', 'reservation.tarif': 'resident', 'reservation.habitant': 'oui', courriel: 'gil@example.fr', ...values })
    expect(step.status).toBe(303)
    const session = await sessionOf(step.session!)
    expect(session.errors[input]).toContain(message)
    expect(session.answers.courriel).toBe('gil@example.fr')
    expect((await claimsOf({ scope: { equals: `resources:${ids.salle}` } })).length).toBe(before)
  })

  it('30 citizens at once on one day: exactly one booking', async () => {
    const outcome = await bookAtOnce(payload, 'reserver-la-salle', 30, 'ruee', { reservation: inDays(40), 'reservation.tarif': 'resident', 'reservation.habitant': 'oui' }, '198.18.0')
    expect(outcome.booked).toHaveLength(1)
    expect(outcome.refused).toBe(29)
    expect((await bookingsOf('salle')).filter((b) => b.start === inDays(40))).toHaveLength(1)
    expect(await claimsOf({ pool: { equals: `resources:${ids.salle}:${inDays(40)}` } })).toHaveLength(1)
  }, 120_000)
})

describe('slots and stock', () => {
  it('a 2-hour slot: only slots within opening hours; 20 citizens at once on one → one booking', async () => {
    const day = inDays(5)
    const outside = await citizen().post('reserver-la-reunion', { action: 'suivant', etape: '1', reservation: `${day}T19:00`, courriel: 'hal@example.fr' })
    expect((await sessionOf(outside.session!)).errors.reservation).toContain('ne fait pas partie des horaires d’ouverture')
    const outcome = await bookAtOnce(payload, 'reserver-la-reunion', 20, 'reunion', { reservation: `${day}T10:00` }, '198.18.1')
    expect(outcome.booked).toHaveLength(1)
    const [booking] = await bookingsOf('reunion')
    expect(booking).toMatchObject({ start: `${day}T10:00`, amountCents: 0 })
    expect(Date.parse(booking.endsAt) - Date.parse(booking.startsAt)).toBe(2 * 3_600_000)
  }, 120_000)

  it('a stock of 10 chairs, 6 citizens asking 3 each at once: 3 bookings, never more than 10 out', async () => {
    const day = inDays(12)
    const outcome = await bookAtOnce(payload, 'emprunter-des-chaises', 6, 'chaises', { reservation: day, 'reservation.quantite': '3', 'reservation.tarif': 'resident', 'reservation.habitant': 'oui' }, '198.18.2')
    expect(outcome.booked).toHaveLength(3)
    const out = (await bookingsOf('chaises')).filter((b) => b.start === day).reduce((sum, b) => sum + b.quantity, 0)
    expect(out).toBe(9)
    const tooMany = await citizen().post('emprunter-des-chaises', { action: 'suivant', etape: '1', reservation: day, 'reservation.quantite': '2', 'reservation.tarif': 'resident', 'reservation.habitant': 'oui', courriel: 'ian@example.fr' })
    expect((await sessionOf(tooMany.session!)).errors.reservation).toBe('Il n’en reste que 1 de disponible à cette date : réduisez la quantité ou choisissez une autre date.')
    for (const quantity of ['-1', '0', 'trois', '1e3', '11']) {
      const refused = await citizen().post('emprunter-des-chaises', { action: 'suivant', etape: '1', reservation: day, 'reservation.quantite': quantity, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui', courriel: 'ian@example.fr' })
      expect((await sessionOf(refused.session!)).errors['reservation.quantite']).toMatch(/^Indiquez une quantité entre 1 et 10\.$/)
    }
  }, 120_000)
})

describe('after the booking', () => {
  it('an option awaits staff: its places lapse at the option’s end; confirming keeps them for good', async () => {
    const outcome = await bookAtOnce(payload, 'reserver-la-polyvalente', 1, 'option', { reservation: inDays(15) }, '198.18.3')
    expect(outcome.booked).toHaveLength(1)
    const [booking] = await bookingsOf('option')
    expect(booking.state).toBe('option')
    const days = (Date.parse(booking.optionUntil!) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(6.9)
    expect(days).toBeLessThanOrEqual(7)
    const [claim] = await claimsOf({ holder: { equals: `bookings:${booking.id}` } })
    expect(claim.expiresAt).toBe(booking.optionUntil)
    await payload.update({ collection: 'bookings', id: booking.id, data: { state: 'confirmee' }, overrideAccess: true })
    const [confirmed] = await claimsOf({ holder: { equals: `bookings:${booking.id}` } })
    expect(confirmed.expiresAt ?? null).toBeNull()
  })

  it('a lapsed option whose day was taken cannot be confirmed', async () => {
    const day = inDays(16)
    await bookAtOnce(payload, 'reserver-la-polyvalente', 1, 'option2', { reservation: day }, '198.18.4')
    const [lapsed] = (await bookingsOf('option')).filter((b) => b.start === day)
    await payload.db.updateMany({ collection: 'place-claims', where: { holder: { equals: `bookings:${lapsed.id}` } }, data: { expiresAt: new Date(Date.now() - 1000).toISOString() } })
    expect((await bookAtOnce(payload, 'reserver-la-polyvalente', 1, 'option3', { reservation: day }, '198.18.5')).booked).toHaveLength(1)
    await expect(payload.update({ collection: 'bookings', id: lapsed.id, data: { state: 'confirmee' }, overrideAccess: true })).rejects.toThrow('L’option a expiré et ce créneau a été réservé entre-temps')
  })

  it('a cancelled booking gives its day back, and cannot be restored', async () => {
    const day = inDays(33)
    await bookAtOnce(payload, 'reserver-la-salle', 1, 'annule', { reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui' }, '198.18.6')
    const [booking] = (await bookingsOf('salle')).filter((b) => b.start === day)
    await payload.update({ collection: 'bookings', id: booking.id, data: { state: 'annulee' }, overrideAccess: true })
    expect(await claimsOf({ holder: { equals: `bookings:${booking.id}` } })).toHaveLength(0)
    expect((await bookAtOnce(payload, 'reserver-la-salle', 1, 'reprend', { reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui' }, '198.18.7')).booked).toHaveLength(1)
    await expect(payload.update({ collection: 'bookings', id: booking.id, data: { state: 'confirmee' }, overrideAccess: true })).rejects.toThrow('Une réservation annulée ne peut pas être rétablie')
  })

  // Payload deletes one document with findOneAndDelete (REST, admin, Local API alike).
  itNeeds('findOneAndDelete')('a deleted request takes its booking with it and frees its day', async () => {
    const day = inDays(34)
    const { booked } = await bookAtOnce(payload, 'reserver-la-salle', 1, 'supprime', { reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui' }, '198.18.8')
    const request = await requestByFollowUp(booked[0])
    await payload.delete({ collection: 'submissions', id: request.id, overrideAccess: true })
    expect((await bookingsOf('salle')).filter((b) => b.start === day)).toHaveLength(0)
    expect(await claimsOf({ pool: { equals: `resources:${ids.salle}:${day}` } })).toHaveLength(0)
  })

  it('the stored request shows the booking in French, its amount the server’s', async () => {
    const day = inDays(35)
    const { booked } = await bookAtOnce(payload, 'reserver-la-salle', 1, 'affiche', { reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui', 'reservation.amountCents': '1' }, '198.18.9')
    const request = await requestByFollowUp(booked[0])
    expect((request.answers as Record<string, { amountCents: number }>).reservation.amountCents).toBe(15000)
  })
})

describe('cancelled by the citizen from the follow-up link', () => {
  const cancel = async (followUp: string, values: Record<string, string>) => {
    const data = new FormData()
    for (const [k, v] of Object.entries(values)) data.set(k, v)
    const { handleFollowUpCancellation } = await import('../../src/intake/followUpCancellation')
    return handleFollowUpCancellation(payload, followUp, new Request(`http://localhost/suivi/${followUp}/annulation`, { method: 'POST', body: data, headers: { 'x-forwarded-for': '192.0.2.250' } }))
  }

  it('before the deadline: the booking is cancelled and its day free again; confirmation required; another request’s booking refused', async () => {
    const day = inDays(36)
    const { booked } = await bookAtOnce(payload, 'reserver-la-salle', 1, 'annule-usager', { reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui' }, '198.18.14')
    const [booking] = (await bookingsOf('salle')).filter((b) => b.start === day)
    const unconfirmed = await cancel(booked[0], { quoi: `reservation:${booking.id}` })
    expect(unconfirmed.status).toBe(400)
    expect(await unconfirmed.text()).toContain('Cochez « Je confirme l’annulation »')
    const [other] = (await bookingsOf('salle')).filter((b) => b.id !== booking.id && b.state === 'confirmee')
    const notTheirs = await cancel(booked[0], { quoi: `reservation:${other.id}`, confirmation: 'oui' })
    expect(notTheirs.status).toBe(409)
    expect((await payload.findByID({ collection: 'bookings', id: other.id, overrideAccess: true })).state).toBe('confirmee')
    const done = await cancel(booked[0], { quoi: `reservation:${booking.id}`, confirmation: 'oui' })
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toContain('?annulation=ok')
    expect((await payload.findByID({ collection: 'bookings', id: booking.id, overrideAccess: true })).state).toBe('annulee')
    expect((await bookAtOnce(payload, 'reserver-la-salle', 1, 'apres-annulation', { reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui' }, '198.18.15')).booked).toHaveLength(1)
  })

  it('past the deadline (2 days before by default): refused, the booking kept', async () => {
    const day = inDays(2)
    const { booked } = await bookAtOnce(payload, 'reserver-la-salle', 1, 'trop-tard', { reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui' }, '198.18.16')
    const [booking] = (await bookingsOf('salle')).filter((b) => b.start === day)
    const late = await cancel(booked[0], { quoi: `reservation:${booking.id}`, confirmation: 'oui' })
    expect(late.status).toBe(409)
    expect(await late.text()).toContain('Le délai d’annulation en ligne est dépassé')
    expect((await payload.findByID({ collection: 'bookings', id: booking.id, overrideAccess: true })).state).toBe('confirmee')
  })
})

describe('the iCalendar feed of a resource', () => {
  it('lists its bookings and options for the town’s calendars, never the cancelled ones nor who booked', async () => {
    const { resourceFeed } = await import('../../src/booking/icalFeed')
    const feed = (await resourceFeed(payload, 'salle-polyvalente', 'https://kerlann.fr'))!
    const bookings = (await bookingsOf('option')).filter((b) => b.state !== 'annulee')
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(bookings.length)
    expect(feed).toContain('SUMMARY:Salle polyvalente — option')
    expect(feed).toContain(`UID:reservation-${bookings[0].id}@kerlann.fr`)
    expect(feed).not.toMatch(/@example\.fr/)
    const cancelled = (await bookingsOf('salle')).filter((b) => b.state === 'annulee')
    expect(cancelled.length).toBeGreaterThan(0)
    const hall = (await resourceFeed(payload, 'salle-des-fetes', 'https://kerlann.fr'))!
    for (const b of cancelled) expect(hall).not.toContain(`reservation-${b.id}@`)
    expect(await resourceFeed(payload, 'inconnue', 'https://kerlann.fr')).toBeNull()
  })
})

describe('who may book: residents attest, associations come from the directory', () => {
  const post = (slug: string, values: Record<string, string>) => citizen().post(slug, { action: 'suivant', etape: '1', courriel: 'asso@example.fr', ...values })

  it('the resident rate, cheaper than another, needs the attestation box; without it nothing is held', async () => {
    const day = inDays(30)
    const refused = await post('reserver-la-salle', { reservation: day, 'reservation.tarif': 'resident' })
    const session = await sessionOf(refused.session!)
    expect(session.errors['reservation.habitant']).toBe('Cochez l’attestation : le tarif habitant est réservé aux habitants de la commune.')
    expect(session.answers.courriel).toBe('asso@example.fr')
    expect(await claimsOf({ pool: { equals: `resources:${ids.salle}:${day}` } })).toHaveLength(0)
    const { booked } = await bookAtOnce(payload, 'reserver-la-salle', 1, 'atteste', { reservation: day, 'reservation.tarif': 'resident', 'reservation.habitant': 'oui' }, '198.18.30')
    expect(booked).toHaveLength(1)
    const [booking] = (await bookingsOf('salle')).filter((b) => b.start === day)
    expect(booking).toMatchObject({ rate: 'resident', residentDeclared: true, amountCents: 15000 })
  })

  it('the non-resident rate asks nothing more', async () => {
    const { booked } = await bookAtOnce(payload, 'reserver-la-salle', 1, 'exterieur', { reservation: inDays(31), 'reservation.tarif': 'nonResident' }, '198.18.31')
    expect(booked).toHaveLength(1)
  })

  it.each([
    ['no association', {}],
    ['an association not published in the directory', { 'reservation.association': 'PENDING' }],
    ['an unknown association', { 'reservation.association': '999999' }],
    ['a malformed one', { 'reservation.association': "1' OR '1'='1" }],
  ])('a resource for associations refuses %s, beside the field', async (_what, values) => {
    const posted = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === 'PENDING' ? String(ids.pending) : v]))
    const refused = await post('reserver-le-gymnase', { reservation: inDays(32), ...posted })
    expect((await sessionOf(refused.session!)).errors['reservation.association']).toBe('Choisissez votre association dans la liste de l’annuaire de la commune : le tarif association lui est réservé.')
    expect(await bookingsOf('gymnase')).toHaveLength(0)
  })

  it('books for an association of the directory, recorded on the booking and shown to staff', async () => {
    const { booked } = await bookAtOnce(payload, 'reserver-le-gymnase', 1, 'volley', { reservation: inDays(33), 'reservation.association': String(ids.volley) }, '198.18.32')
    expect(booked).toHaveLength(1)
    const [booking] = await bookingsOf('gymnase')
    expect(booking).toMatchObject({ rate: 'association', association: ids.volley, amountCents: 2000 })
    const request = (await payload.find({ collection: 'submissions', where: { reference: { equals: booking.reference } }, depth: 0, overrideAccess: true })).docs[0]
    expect(JSON.stringify(request.answers)).toContain('Volley Club de Kerlann')
  })
})
