import type { Payload } from 'payload'

import { directoryAssociations, residentAttestationNeeded } from '../booking/eligibility'
import { DEFAULT_HOLD_MINUTES, placeHold } from '../booking/holds'
import { holdHolder } from '../booking/pools'
import { type BookableResource } from '../booking/resources'
import { addDays, checkChoice, isoWeekday, type Rate } from '../booking/resourceRules'
import type { SlotAnswer } from '../booking/slotAnswer'
import type { SlotWaitingAnswer } from '../booking/waitingSlots'
import { isFieldVisible } from '../forms/conditions'
import { getFieldType } from '../forms/engine'
import { loadPublishedForm } from '../forms/loadForm'
import { isoDateOf } from '../lib/calendarDate'
import { newSecureToken } from '../lib/secureToken'
import { claimPlaces } from '../places/claims'
import { submitForm } from '../submissions/submit'
import type { SellableEvent } from '../ticketing/events'
import { eventScope, placesForOrder } from '../ticketing/pools'
import { checkOrder } from '../ticketing/rules'
import type { WaitingAnswer } from '../ticketing/waitingList'
import { heldOrder } from '../ticketing/ticketsAnswer'
import { markDemoPaid } from './payments'
import { sampleValue } from './requests'

interface Pick {
  /** ISO weekday wanted (6 = Saturday), from `weeksAhead` weeks on */
  weekday: number
  weeksAhead: number
  slot?: string
  days?: number
  quantity?: number
  rate?: Rate
  /** An option confirmed by staff since */
  confirmed?: boolean
}

interface Plan {
  form: string
  field: string
  resource: string
  answers: Record<string, unknown>
  picks: Pick[]
}

const plans: Plan[] = [
  {
    form: 'reservation-salle',
    field: 'date_salle_des_fetes',
    resource: 'salle-des-fetes-ar-maen',
    answers: { demandeur: 'un_particulier', salle: 'salle_des_fetes_ar_maen_300_places' },
    picks: [
      { weekday: 6, weeksAhead: 2, days: 2, confirmed: true },
      { weekday: 6, weeksAhead: 3, rate: 'nonResident' },
      { weekday: 6, weeksAhead: 4, confirmed: true },
      { weekday: 6, weeksAhead: 5, days: 2, rate: 'association' },
    ],
  },
  {
    form: 'reservation-salle',
    field: 'date_salle_polyvalente',
    resource: 'salle-polyvalente-du-guern',
    answers: { demandeur: 'un_particulier', salle: 'salle_polyvalente_du_guern_120_places' },
    picks: [
      { weekday: 6, weeksAhead: 2 },
      { weekday: 6, weeksAhead: 4, rate: 'association' },
    ],
  },
  {
    form: 'reservation-salle',
    field: 'creneau_salle_reunion',
    resource: 'salle-de-reunion-maison-des-associations',
    answers: { demandeur: 'un_particulier', salle: 'salle_de_reunion_maison_des_associations_30_plac' },
    picks: [
      { weekday: 1, weeksAhead: 1, slot: '18:00' },
      { weekday: 3, weeksAhead: 1, slot: '14:00' },
      { weekday: 6, weeksAhead: 2, slot: '09:00' },
      { weekday: 4, weeksAhead: 3, slot: '08:00' },
    ],
  },
  {
    form: 'pret-de-materiel',
    field: 'chaises',
    resource: 'chaises',
    answers: {},
    picks: [
      // Each chair is a place in the database: modest quantities keep the first start quick.
      { weekday: 6, weeksAhead: 2, quantity: 30, rate: 'association' },
      { weekday: 6, weeksAhead: 3, quantity: 15, days: 2 },
    ],
  },
  {
    form: 'pret-de-materiel',
    field: 'barnums',
    resource: 'barnums',
    answers: { association: 'Comité des fêtes de Kerlann' },
    picks: [
      { weekday: 6, weeksAhead: 3, quantity: 6, days: 2, rate: 'association' },
      { weekday: 6, weeksAhead: 4, quantity: 4, rate: 'association' },
    ],
  },
  {
    form: 'reservation-equipement-sportif',
    field: 'creneau',
    resource: 'salle-omnisports-lann-vras',
    answers: { association: 'Badminton Kerlann Volant', activite: 'Tournoi de badminton' },
    picks: [
      { weekday: 6, weeksAhead: 1, slot: '09:00', rate: 'association' },
      { weekday: 3, weeksAhead: 2, slot: '18:00', rate: 'association' },
    ],
  },
]

/**
 * Sixteen bookings ahead for the demo town, and eight ticket orders for Le Dôme (rooms, slots, chairs and marquees, the sports
 * hall), made as citizens make them: a hold on the choice, then the request stored through the
 * submission service, which turns it into a booking. Some options are confirmed, as staff would.
 * Only on an empty bookings collection.
 */
export async function seedDemoBookings(payload: Payload, now = new Date()): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'bookings', overrideAccess: true })
  if (totalDocs > 0) return 0
  let made = 0
  for (const [planIndex, plan] of plans.entries()) {
    const form = await loadPublishedForm(payload, plan.form)
    const resource = (await payload.find({ collection: 'resources', where: { slug: { equals: plan.resource } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] as BookableResource | undefined
    if (!form || !resource) throw new Error(`Demo bookings: no form ${plan.form} or resource ${plan.resource}`)
    for (const [pickIndex, pick] of plan.picks.entries()) {
      const index = planIndex * 10 + pickIndex
      const answers = baseAnswers(form.definition.steps.flatMap((s) => s.fields), plan.answers, index)
      const choice = { days: pick.days ?? 1, quantity: pick.quantity ?? 1, rate: pick.rate ?? 'resident' }
      const start = firstFitting(resource, pick, choice, now)
      const checked = checkChoice(resource, { start, ...choice }, now)
      if (!checked.ok) throw new Error(`Demo booking of ${plan.resource} on ${start}: ${checked.error}`)
      // The association rate names an association of the directory; the resident rate is attested.
      const associations = choice.rate === 'association' ? await directoryAssociations(payload, resource) : []
      const association = associations.find((a) => a.name === plan.answers.association) ?? associations[index % Math.max(1, associations.length)]
      const hold = newSecureToken()
      const held = await placeHold(payload, resource, checked.choice, choice.quantity, hold, now)
      if (!held.ok) throw new Error(`Demo booking of ${plan.resource} on ${start}: ${held.error}`)
      answers[plan.field] = {
        resource: resource.id,
        resourceName: resource.name,
        start,
        end: checked.choice.end,
        ...choice,
        amountCents: checked.choice.amountCents,
        ...(association ? { association } : {}),
        ...(residentAttestationNeeded(resource, choice.rate) ? { residentDeclared: true } : {}),
        hold,
        holdUntil: held.until.toISOString(),
      } satisfies SlotAnswer
      const receipt = await submitForm(payload, form, answers, { now, schedule: () => {} })
      if (pick.confirmed) {
        const { docs } = await payload.find({ collection: 'bookings', where: { reference: { equals: receipt.reference } }, depth: 0, overrideAccess: true })
        for (const booking of docs) await payload.update({ collection: 'bookings', id: booking.id, data: { state: 'confirmee' }, overrideAccess: true, depth: 0 })
      }
      made += 1
    }
  }
  return made + (await seedDemoOrders(payload, now)) + (await seedDemoWaiting(payload, now)) + (await seedDemoSlotWaiting(payload, now))
}

/** One person in line for a Saturday of the salle des fêtes already booked, joined through the booking form (decision 0074). */
async function seedDemoSlotWaiting(payload: Payload, now: Date): Promise<number> {
  const plan = plans[0]
  const form = await loadPublishedForm(payload, plan.form)
  const resource = (await payload.find({ collection: 'resources', where: { slug: { equals: plan.resource } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] as BookableResource | undefined
  if (!form || !resource) throw new Error(`Demo slot waiting list: no form ${plan.form} or resource ${plan.resource}`)
  const { docs } = await payload.find({
    collection: 'bookings',
    where: { and: [{ resource: { equals: resource.id } }, { state: { equals: 'confirmee' } }, { days: { equals: 1 } }] },
    sort: 'startsAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const taken = docs[0]
  if (!taken) throw new Error('Demo slot waiting list: no confirmed one-day booking of the salle des fêtes')
  const answers = baseAnswers(form.definition.steps.flatMap((st) => st.fields), plan.answers, 300)
  answers[plan.field] = { waiting: true, resource: resource.id, resourceName: resource.name, start: taken.start, end: taken.start, days: 1, quantity: 1 } satisfies SlotWaitingAnswer
  await submitForm(payload, form, answers, { now, schedule: () => {} })
  return 1
}

/** Three people in line for the sold-out show, joined through its waiting-list form. */
async function seedDemoWaiting(payload: Payload, now: Date): Promise<number> {
  const form = await loadPublishedForm(payload, 'liste-d-attente-du-dome')
  const event = (await payload.find({ collection: 'events', where: { slug: { equals: 'la-petite-fabrique-a-nuages' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] as SellableEvent | undefined
  const session = event?.sessions?.[0]
  if (!form || !event || !session?.id) throw new Error('Demo waiting list: no form liste-d-attente-du-dome or no sold-out show')
  const wanted = [2, 4, 1]
  for (const [index, places] of wanted.entries()) {
    const answers = baseAnswers(form.definition.steps.flatMap((st) => st.fields), {}, 200 + index)
    answers.attente = { event: event.id, eventTitle: event.title, session: session.id, sessionStartsAt: session.startsAt, places } satisfies WaitingAnswer
    await submitForm(payload, form, answers, { now, schedule: () => {} })
  }
  return wanted.length
}

/** Ticket orders of the demo season: the small show sold out, seats taken on the numbered plan. */
const orders: Array<{ event: string; session: number; tickets: Record<string, number>; seats?: string[] }> = [
  ...Array.from({ length: 5 }, () => ({ event: 'la-petite-fabrique-a-nuages', session: 0, tickets: { Plein: 4, 'Gratuit enfant': 2 } })),
  { event: 'trio-avel', session: 0, tickets: { Plein: 2 }, seats: ['E9', 'E10'] },
  { event: 'trio-avel', session: 0, tickets: { Plein: 1, Réduit: 2 }, seats: ['F8', 'F9', 'F10'] },
  { event: 'le-songe-d-une-nuit-d-ete', session: 0, tickets: { Plein: 2, Réduit: 1 } },
]

/** Ticket orders placed as buyers place them: a hold on the places, then the request stored. */
async function seedDemoOrders(payload: Payload, now: Date): Promise<number> {
  const form = await loadPublishedForm(payload, 'billetterie-du-dome')
  if (!form) throw new Error('Demo orders: no form billetterie-du-dome')
  for (const [index, planned] of orders.entries()) {
    const event = (await payload.find({ collection: 'events', where: { slug: { equals: planned.event } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] as SellableEvent | undefined
    const session = event?.sessions?.[planned.session]
    if (!event || !session?.id) throw new Error(`Demo orders: no session ${planned.session} of ${planned.event}`)
    const quantities = Object.fromEntries(Object.entries(planned.tickets).map(([name, n]) => [(event.tariffs ?? []).find((t) => t.name === name)?.id ?? name, String(n)]))
    const order = checkOrder(event, { session: session.id, quantities, seats: planned.seats ?? [] }, now)
    if (!order.ok) throw new Error(`Demo order of ${planned.event}: ${order.error}`)
    const hold = newSecureToken()
    const until = new Date(now.getTime() + DEFAULT_HOLD_MINUTES * 60_000)
    await claimPlaces(payload, placesForOrder(event.id, order.session, event.tariffs ?? [], order.lines, order.seats), { holder: holdHolder(hold), scope: eventScope(event.id), expiresAt: until }, now)
    const answers = baseAnswers(form.definition.steps.flatMap((st) => st.fields), {}, 100 + index)
    answers.billets = heldOrder(event, order.session, order, hold, until)
    const { reference } = await submitForm(payload, form, answers, { now, schedule: () => {} })
    await markDemoPaid(payload, reference, now)
  }
  return orders.length
}

/** Plausible answers to the form's other questions (its demo answers), with the plan's own. */
function baseAnswers(fields: Array<{ blockType: string; name?: string | null }>, fixed: Record<string, unknown>, index: number): Record<string, unknown> {
  const answers: Record<string, unknown> = { ...fixed }
  for (const field of fields) {
    if (!field.name || field.name in answers || getFieldType(field.blockType).kind !== 'input' || !isFieldVisible(field as never, answers)) continue
    const value = sampleValue(field as never, index)
    if (value !== null && value !== undefined) answers[field.name] = value
  }
  return answers
}

/** The first day (and slot) on the wanted weekday, from `weeksAhead` weeks on, that the rules allow. */
function firstFitting(resource: BookableResource, pick: Pick, choice: { days: number; quantity: number; rate: Rate }, now: Date): string {
  let day = addDays(isoDateOf(now), pick.weeksAhead * 7)
  for (let tries = 0; tries < 120; tries += 1, day = addDays(day, 1)) {
    if (isoWeekday(day) !== pick.weekday) continue
    const start = pick.slot ? `${day}T${pick.slot}` : day
    if (checkChoice(resource, { start, ...choice }, now).ok) return start
  }
  throw new Error(`Demo booking of ${resource.name}: no day fits ${JSON.stringify(pick)}`)
}
