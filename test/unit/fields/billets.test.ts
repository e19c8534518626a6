import { billets, type BilletsFieldConfig } from '../../../blocks/fields/billets'
import type { TicketsLive } from '../../../blocks/fields/billets/TicketPicker'
import { describeTickets } from '../../../src/ticketing/describe'
import { placesForOrder } from '../../../src/ticketing/pools'
import { remainingText } from '../../../src/ticketing/remaining'
import { checkOrder, type EventRules, seatPlan } from '../../../src/ticketing/rules'
import { newTicketCode, readTicketCode, signedTicketCode } from '../../../src/ticketing/ticketCode'
import type { TicketsAnswer } from '../../../src/ticketing/ticketsAnswer'
import { attr, parseWith, renderInput, tagWithId } from './rawInput'

const NOW = new Date('2026-12-07T08:00:00Z')

const show: EventRules & { slug: string; venue: string } = {
  id: 7,
  slug: 'le-songe',
  venue: 'Le Dôme',
  title: 'Le Songe d’une nuit d’été',
  maxPerOrder: 6,
  tariffs: [
    { id: 'plein', name: 'Plein', price: 18 },
    { id: 'reduit', name: 'Réduit', price: 12, quota: 40, description: 'moins de 18 ans, étudiants' },
    { id: 'enfant', name: 'Gratuit enfant', price: 0 },
  ],
  sessions: [
    { id: 's1', startsAt: '2026-12-12T19:30:00.000Z', capacity: 400 },
    { id: 's2', startsAt: '2026-12-13T15:00:00.000Z', seating: 'numerote', rows: 'C', seatsPerRow: 4 },
    { id: 's0', startsAt: '2026-12-01T19:30:00.000Z', capacity: 400 },
    { id: 's3', startsAt: '2026-12-19T19:30:00.000Z', capacity: 400, salesClosed: true },
  ],
}

describe('ticket sales rules', () => {
  it('sells quantities per tariff, the amount computed from the show’s prices', () => {
    expect(checkOrder(show, { session: 's1', quantities: { plein: '2', reduit: '1', enfant: '0' }, seats: [] }, NOW)).toMatchObject({
      ok: true,
      total: 3,
      amountCents: 4800,
      lines: [
        { tariff: 'plein', name: 'Plein', quantity: 2, unitCents: 1800 },
        { tariff: 'reduit', name: 'Réduit', quantity: 1, unitCents: 1200 },
      ],
    })
  })
  it('takes the hall, each limited tariff’s quota and each seat', () => {
    const order = checkOrder(show, { session: 's2', quantities: { plein: '1', reduit: '1' }, seats: ['a1', 'A2'] }, NOW)
    if (!order.ok) throw new Error(order.error)
    expect(placesForOrder(7, order.session, show.tariffs!, order.lines, order.seats)).toEqual([
      { pool: 'events:7:s2', capacity: 12, count: 2 },
      { pool: 'events:7:s2:tarif:reduit', capacity: 40, count: 1 },
      { pool: 'events:7:s2:siege:A1', capacity: 1, count: 1 },
      { pool: 'events:7:s2:siege:A2', capacity: 1, count: 1 },
    ])
  })
  it.each([
    ['an unknown session', { session: 'x', quantities: { plein: '1' } }, 'Choisissez une des séances proposées.'],
    ['a session already begun', { session: 's0', quantities: { plein: '1' } }, 'Cette séance a déjà commencé'],
    ['a session whose sales are closed', { session: 's3', quantities: { plein: '1' } }, 'La vente est close pour cette séance.'],
    ['no ticket at all', { session: 's1', quantities: { plein: '0' } }, 'Indiquez combien de billets vous souhaitez'],
    ['a negative quantity', { session: 's1', quantities: { plein: '-2' } }, 'Indiquez un nombre de billets entre 0 et 6.'],
    ['an absurd quantity', { session: 's1', quantities: { plein: '1e9' } }, 'Indiquez un nombre de billets entre 0 et 6.'],
    ['more than an order may hold', { session: 's1', quantities: { plein: '4', reduit: '3' } }, 'Vous pouvez prendre au plus 6 billets par commande.'],
    ['a tariff not on sale', { session: 's1', quantities: { vip: '2' } }, 'Choisissez parmi les tarifs proposés.'],
    ['seats fewer than tickets', { session: 's2', quantities: { plein: '2' }, seats: ['A1'] }, 'Choisissez 2 places sur le plan : vous en avez choisi 1.'],
    ['a seat not on the plan', { session: 's2', quantities: { plein: '1' }, seats: ['Z9'] }, 'Choisissez vos places sur le plan de la salle.'],
  ])('refuses %s in French', (_what, posted, message) => {
    const result = checkOrder(show, { seats: [], ...posted }, NOW)
    expect(result.ok ? '' : result.error).toContain(message)
  })
  it('draws a numbered plan from its last row and seats per row', () => {
    expect(seatPlan({ startsAt: '', seating: 'numerote', rows: 'B', seatsPerRow: 3 })).toEqual([
      ['A1', 'A2', 'A3'],
      ['B1', 'B2', 'B3'],
    ])
    expect(seatPlan({ startsAt: '', seating: 'numerote', rows: '<', seatsPerRow: 3 })).toEqual([])
    expect(seatPlan({ startsAt: '', seating: 'libre', rows: 'B', seatsPerRow: 3 })).toEqual([])
  })
  it('says what is left as the agenda does', () => {
    expect([remainingText(0), remainingText(1), remainingText(12), remainingText(300)]).toEqual(['Complet', 'Plus que 1 place', 'Plus que 12 places', 'Places disponibles'])
  })
})

describe('ticket codes', () => {
  it('reads back a code the server signed, and refuses a forged or altered one', () => {
    const code = newTicketCode()
    const signed = signedTicketCode(code)
    expect(readTicketCode(signed)).toBe(code)
    expect(readTicketCode(` ${signed}\n`)).toBe(code)
    const other = newTicketCode()
    expect(readTicketCode(`${other}.${signed.split('.')[1]}`)).toBeNull()
    expect(readTicketCode(signed.slice(0, -1) + (signed.endsWith('A') ? 'B' : 'A'))).toBeNull()
    expect(readTicketCode(code)).toBeNull()
    expect(readTicketCode('<script>')).toBeNull()
  })
})

const field: BilletsFieldConfig = { blockType: 'billets', name: 'billets', label: 'Vos billets' }
const order = (over: Partial<TicketsAnswer> = {}): TicketsAnswer => ({
  event: 7,
  eventTitle: 'Le Songe d’une nuit d’été',
  session: 's1',
  sessionStartsAt: '2026-12-12T19:30:00.000Z',
  lines: [
    { tariff: 'plein', name: 'Plein', quantity: 2, unitCents: 1800 },
    { tariff: 'enfant', name: 'Gratuit enfant', quantity: 1, unitCents: 0 },
  ],
  seats: [],
  amountCents: 3600,
  hold: 'h',
  holdUntil: '2026-12-07T08:15:00.000Z',
  ...over,
})

describe('billets field', () => {
  it('shows an order in French, with its total to pay on site', () => {
    expect(describeTickets(order())).toEqual([
      'Le Songe d’une nuit d’été — samedi 12 décembre 2026 à 20 h 30',
      '2 × Plein (18,00 €)',
      '1 × Gratuit enfant (gratuit)',
      'Total : 36,00 €, à régler sur place',
    ])
    expect(describeTickets(order({ seats: ['A1', 'A2'] }))).toContain('Places : A1, A2')
  })
  it('keeps only what prepare held; a refused change keeps the earlier order', async () => {
    expect(await parseWith(billets, field, { billets: 's1' }, { prepared: { billets: order() } })).toEqual({ ok: true, value: order() })
    expect(await parseWith(billets, field, { billets: 's1' }, { prepareErrors: { billets: 'Cette séance est complète.' }, previous: order() })).toMatchObject({ ok: false, keep: order() })
    // A first refusal shows the same show again: the step's address no longer names it.
    expect(await parseWith(billets, field, { billets: 's1', 'billets.spectacle': '7' }, { prepareErrors: { billets: 'Cette séance est complète.' } })).toMatchObject({ ok: false, value: { eventId: '7' } })
    expect(await parseWith(billets, field, { billets: 's1' })).toEqual({ ok: false, error: 'Choisissez une des séances proposées.' })
  })
  it('takes the show from the agenda’s link when staff did not fix one', () => {
    expect(billets.prefill!(field, new URLSearchParams('spectacle=le-songe'))).toEqual({ eventSlug: 'le-songe' })
    expect(billets.prefill!(field, new URLSearchParams('spectacle=<x>'))).toBeUndefined()
    expect(billets.prefill!({ ...field, event: 7 }, new URLSearchParams('spectacle=le-songe'))).toBeUndefined()
  })

  const live = (taken: Record<string, number> = {}): TicketsLive => ({ events: [show as never], taken, now: NOW.toISOString(), fixed: true })

  it('renders sessions with what is left, closed ones as text, a number box per tariff and the seat plan', () => {
    const html = renderInput(billets, { field, name: 'billets', id: 'billets', value: undefined, live: live({ 'events:7:s1': 390, 'events:7:s2:siege:B2': 1 }) })
    expect(attr(tagWithId(html, 'billets'), 'value')).toBe('s1')
    expect(html).toContain('samedi 12 décembre 2026 à 20 h 30 — Plus que 10 places')
    expect(html).toContain('samedi 19 décembre 2026 à 20 h 30 — Ventes closes')
    expect(html).not.toContain('value="s0"')
    expect(html).toContain('<label for="billets-tarif-reduit">Réduit : 12,00 €')
    expect(html).toContain('<span class="visually-hidden">Place B2 occupée</span>')
    expect(html).not.toContain('value="B2"')
    expect(html).toContain('<span class="visually-hidden">Rang B, place 1</span>')
    expect(html).toContain('<input type="hidden" name="billets.spectacle" value="7"/>')
  })
  it('lists the shows to choose from when none is chosen yet', () => {
    const html = renderInput(billets, { field, name: 'billets', id: 'billets', value: undefined, live: { ...live(), fixed: false } })
    expect(html).toContain('<a href="?spectacle=le-songe">Le Songe d’une nuit d’été</a>')
  })
})
