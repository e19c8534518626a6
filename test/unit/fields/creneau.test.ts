import { creneau, type CreneauFieldConfig } from '../../../blocks/fields/creneau'
import type { SlotLive } from '../../../blocks/fields/creneau/SlotCalendar'
import { describeSlot } from '../../../src/booking/describe'
import { bookingWindow, checkChoice, closedReason, type ResourceRules, slotsOn } from '../../../src/booking/resourceRules'
import type { SlotAnswer } from '../../../src/booking/slotAnswer'
import { parisInstant } from '../../../src/lib/calendarDate'
import { attr, parseWith, renderInput, tagWithId } from './rawInput'

// Monday 7 December 2026, 9:00 in Paris.
const NOW = new Date('2026-12-07T08:00:00Z')

const hall: ResourceRules = {
  id: 1,
  name: 'Salle des fêtes',
  unit: 'jour',
  stock: 1,
  maxDays: 3,
  minDelayDays: 2,
  maxDelayDays: 60,
  closures: [{ from: '2026-12-19T00:00:00.000Z', to: '2026-12-20T00:00:00.000Z', reason: 'travaux' }],
  prices: { resident: 150, nonResident: 300, association: 0 },
}

const meetingRoom: ResourceRules = {
  id: 2,
  name: 'Salle de réunion',
  unit: 'creneau',
  slotMinutes: 120,
  minDelayDays: 0,
  maxDelayDays: 30,
  openingHours: [{ days: ['1', '2', '3', '4', '5'], opens: '08:00', closes: '18:00' }],
  audience: 'associations',
}

const chairs: ResourceRules = { id: 3, name: 'Chaises', unit: 'jour', stock: 300, maxQuantity: 150, maxDays: 2, minDelayDays: 1, maxDelayDays: 90, prices: { resident: 0.5 } }

const choice = (start: string, over: Partial<{ days: number; quantity: number; rate: 'resident' | 'nonResident' | 'association' }> = {}) => ({
  start,
  days: 1,
  quantity: 1,
  rate: 'resident' as const,
  ...over,
})

describe('booking rules', () => {
  it('offers days from the minimum delay to the maximum one', () => {
    expect(bookingWindow(hall, NOW)).toEqual({ first: '2026-12-09', last: '2027-02-05' })
  })
  it('cuts opening hours into slots, and knows closed days', () => {
    expect(slotsOn(meetingRoom, '2026-12-08').map((s) => s.start)).toEqual(['08:00', '10:00', '12:00', '14:00', '16:00'])
    expect(slotsOn(meetingRoom, '2026-12-12')).toEqual([])
    expect(closedReason(meetingRoom, '2026-12-12')).toBe('fermé le samedi')
    expect(closedReason(hall, '2026-12-25')).toBe('jour férié')
    expect(closedReason(hall, '2026-12-20')).toBe('travaux')
    expect(closedReason(hall, '2026-12-21')).toBeNull()
  })
  it('accepts a choice within the rules and computes its amount itself', () => {
    expect(checkChoice(hall, choice('2026-12-12', { days: 2 }), NOW)).toEqual({ ok: true, choice: { units: ['2026-12-12', '2026-12-13'], end: '2026-12-13', amountCents: 30000 } })
    expect(checkChoice(meetingRoom, choice('2026-12-08T10:00', { rate: 'association' }), NOW)).toEqual({ ok: true, choice: { units: ['2026-12-08T10:00'], end: '12:00', amountCents: 0 } })
    expect(checkChoice(chairs, choice('2026-12-12', { quantity: 40, days: 2 }), NOW)).toMatchObject({ ok: true, choice: { amountCents: 4000 } })
  })
  it.each([
    ['a day in the past', hall, choice('2026-12-01'), 'Cette date est passée'],
    ['a day before the minimum delay', hall, choice('2026-12-08'), 'Réservez au moins 2 jours à l’avance : premier jour possible le 09/12/2026.'],
    ['a day beyond the window', hall, choice('2027-03-01'), 'Les réservations sont ouvertes jusqu’au 05/02/2027.'],
    ['days running into a closure', hall, choice('2026-12-18', { days: 2 }), 'Salle des fêtes n’est pas disponible le 19/12/2026 (travaux).'],
    ['a public holiday', hall, choice('2026-12-25'), '(jour férié)'],
    ['a slot outside opening hours', meetingRoom, choice('2026-12-08T19:00', { rate: 'association' }), 'ne fait pas partie des horaires'],
    ['a slot already started', meetingRoom, choice('2026-12-07T08:00', { rate: 'association' }), 'déjà commencé'],
    ['a closed weekday', meetingRoom, choice('2026-12-12T10:00', { rate: 'association' }), '(fermé le samedi)'],
    ['a rate the resource does not offer', meetingRoom, choice('2026-12-08T10:00', { rate: 'resident' }), 'Choisissez un des tarifs proposés.'],
    ['more than the maximum per booking', chairs, choice('2026-12-12', { quantity: 151 }), 'Indiquez une quantité entre 1 et 150.'],
    ['a negative quantity', chairs, choice('2026-12-12', { quantity: -3 }), 'Indiquez une quantité entre 1 et 150.'],
    ['an absurd quantity', chairs, choice('2026-12-12', { quantity: Number.NaN }), 'Indiquez une quantité entre 1 et 150.'],
    ['too many days', hall, choice('2026-12-12', { days: 4 }), 'Indiquez un nombre de jours entre 1 et 3.'],
    ['an impossible date', hall, choice('2026-02-30'), 'Choisissez un des jours proposés.'],
    ['a slot for a day resource', hall, choice('2026-12-12T10:00'), 'Choisissez un des jours proposés.'],
    ['markup', hall, choice('<script>'), 'Choisissez un des jours proposés.'],
  ])('refuses %s in French', (_what, resource, posted, message) => {
    const result = checkChoice(resource, posted, NOW)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.error).toContain(message)
  })
  it('places a day in Paris time, summer and winter', () => {
    expect(parisInstant('2026-12-12', '10:00').toISOString()).toBe('2026-12-12T09:00:00.000Z')
    expect(parisInstant('2026-07-14', '10:00').toISOString()).toBe('2026-07-14T08:00:00.000Z')
    expect(parisInstant('2026-12-12').toISOString()).toBe('2026-12-11T23:00:00.000Z')
  })
})

const field: CreneauFieldConfig = { blockType: 'creneau', name: 'salle', label: 'Date de la location', resource: 1 }
const held = (over: Partial<SlotAnswer> = {}): SlotAnswer => ({
  resource: 1,
  resourceName: 'Salle des fêtes',
  start: '2026-12-12',
  end: '2026-12-13',
  days: 2,
  quantity: 1,
  rate: 'resident',
  amountCents: 30000,
  hold: 'abc',
  holdUntil: '2026-12-07T08:15:00.000Z',
  ...over,
})

describe('créneau field', () => {
  it('shows a booking in French, with its price to pay on site', () => {
    expect(describeSlot(held())).toEqual(['Salle des fêtes — du samedi 12 décembre 2026 au dimanche 13 décembre 2026', 'Tarif habitant de la commune : 300,00 €, à régler sur place'])
    expect(describeSlot(held({ resourceName: 'Salle de réunion', start: '2026-12-08T10:00', end: '12:00', days: 1, amountCents: 0 }))).toEqual([
      'Salle de réunion — mardi 8 décembre 2026, de 10 h 00 à 12 h 00',
      'Gratuit',
    ])
    expect(describeSlot(held({ resourceName: 'Chaises', quantity: 40, days: 1, end: '2026-12-12', amountCents: 2000 }))[1]).toBe('Quantité : 40')
  })
  it('keeps what prepare held, and the earlier choice when a new one is refused', async () => {
    expect(await parseWith(creneau, field, { salle: '2026-12-12' }, { prepared: { salle: held() } })).toEqual({ ok: true, value: held() })
    expect(await parseWith(creneau, field, { salle: '2026-12-12' }, { prepareErrors: { salle: 'Ce créneau n’est plus disponible' }, previous: held({ start: '2026-12-15' }) })).toMatchObject({
      ok: false,
      error: 'Ce créneau n’est plus disponible',
      keep: { start: '2026-12-15' },
    })
    // A post that names a slot prepare did not hold (no resource, forged) is never taken as an answer.
    expect(await parseWith(creneau, field, { salle: '2026-12-12' })).toEqual({ ok: false, error: 'Choisissez un des créneaux proposés.' })
    expect(await parseWith(creneau, field, {})).toEqual({ ok: true, value: null })
  })

  const live = (taken: Record<string, number> = {}): SlotLive => ({ resource: { ...hall, maxDelayDays: 13 } as never, taken, now: NOW.toISOString() })

  it('a waiting-list link’s page: the day offered is chosen and counts as free for its citizen, the secret carried', () => {
    const invitation = 'A'.repeat(32)
    const html = renderInput(creneau, { field, name: 'salle', id: 'salle', value: { picked: true, start: '2026-12-12', days: 1, quantity: 1, invitation }, live: live({ 'resources:1:2026-12-12': 1 }) })
    expect(attr(tagWithId(html, 'salle-2026-12-12'), 'checked')).toBe('')
    expect(html).toContain(`<input type="hidden" name="salle.invitation" value="${invitation}"/>`)
    expect(html).toContain('La liste d’attente vous propose ce créneau')
    expect(html).toContain('<span class="visually-hidden">À partir du samedi 12 décembre 2026 — Libre</span>')
  })

  it('renders an accessible availability table: free days as radios, a taken one for its waiting list, closed ones as text', () => {
    const html = renderInput(creneau, { field, name: 'salle', id: 'salle', value: undefined, live: live({ 'resources:1:2026-12-12': 1 }) })
    expect(html).toContain('<caption class="visually-hidden">Semaine du mercredi 9 décembre au dimanche 13 décembre 2026</caption>')
    expect(html).toContain('<th scope="row">samedi 12 décembre</th><td>Complet</td>')
    expect(html).toContain('Fermé (travaux)')
    // A taken day is chosen for its waiting list only (decision 0074); a closed day not at all.
    expect(html).toContain('<span class="visually-hidden">À partir du samedi 12 décembre 2026 — complet, liste d’attente</span>')
    expect(html).not.toContain('value="2026-12-19"')
    expect(attr(tagWithId(html, 'salle-attente'), 'name')).toBe('salle.attente')
    // The first free day carries the field's id (the error summary links to it), in an open week.
    expect(attr(tagWithId(html, 'salle'), 'value')).toBe('2026-12-09')
    expect(html).toMatch(/<details class="slot-week" open="">\s*<summary>Semaine du mercredi 9 décembre/)
    expect(html).toContain('<span class="visually-hidden">À partir du mercredi 9 décembre 2026 — Libre</span>')
    expect(html).toContain('<label for="salle-tarif-nonResident">Hors commune : 300,00 € par jour</label>')
  })
  it('counts the citizen’s own hold as theirs: chosen, checked, and its deadline said', () => {
    const html = renderInput(creneau, { field, name: 'salle', id: 'salle', value: held(), live: live({ 'resources:1:2026-12-12': 1, 'resources:1:2026-12-13': 1 }) })
    expect(attr(tagWithId(html, 'salle-2026-12-12'), 'checked')).toBe('')
    expect(html).toContain('Votre choix est retenu pour vous jusqu’à 9 h 15')
  })
})
