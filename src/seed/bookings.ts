import type { Payload } from 'payload'

import { placeHold } from '../booking/holds'
import { type BookableResource } from '../booking/resources'
import { addDays, checkChoice, isoWeekday, type Rate } from '../booking/resourceRules'
import type { SlotAnswer } from '../booking/slotAnswer'
import { isFieldVisible } from '../forms/conditions'
import { getFieldType } from '../forms/engine'
import { loadPublishedForm } from '../forms/loadForm'
import { isoDateOf } from '../lib/calendarDate'
import { newSecureToken } from '../lib/secureToken'
import { submitForm } from '../submissions/submit'
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
      { weekday: 5, weeksAhead: 6 },
      { weekday: 6, weeksAhead: 8, confirmed: true },
    ],
  },
  {
    form: 'reservation-salle',
    field: 'date_salle_polyvalente',
    resource: 'salle-polyvalente-du-guern',
    answers: { demandeur: 'un_particulier', salle: 'salle_polyvalente_du_guern_120_places' },
    picks: [
      { weekday: 6, weeksAhead: 2 },
      { weekday: 7, weeksAhead: 3 },
      { weekday: 6, weeksAhead: 4, rate: 'association' },
      { weekday: 6, weeksAhead: 6 },
    ],
  },
  {
    form: 'reservation-salle',
    field: 'creneau_salle_reunion',
    resource: 'salle-de-reunion-maison-des-associations',
    answers: { demandeur: 'un_particulier', salle: 'salle_de_reunion_maison_des_associations_30_plac' },
    picks: [
      { weekday: 1, weeksAhead: 1, slot: '18:00' },
      { weekday: 2, weeksAhead: 1, slot: '10:00' },
      { weekday: 3, weeksAhead: 1, slot: '14:00' },
      { weekday: 4, weeksAhead: 1, slot: '18:00' },
      { weekday: 1, weeksAhead: 2, slot: '18:00' },
      { weekday: 6, weeksAhead: 2, slot: '09:00' },
      { weekday: 2, weeksAhead: 3, slot: '16:00' },
      { weekday: 4, weeksAhead: 3, slot: '08:00' },
    ],
  },
  {
    form: 'pret-de-materiel',
    field: 'chaises',
    resource: 'chaises',
    answers: {},
    picks: [
      { weekday: 6, weeksAhead: 2, quantity: 120, rate: 'association' },
      { weekday: 6, weeksAhead: 2, quantity: 60 },
      { weekday: 6, weeksAhead: 3, quantity: 40, days: 2 },
      { weekday: 6, weeksAhead: 5, quantity: 150, rate: 'association' },
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
      { weekday: 7, weeksAhead: 5, quantity: 5, rate: 'association' },
    ],
  },
  {
    form: 'reservation-equipement-sportif',
    field: 'creneau',
    resource: 'salle-omnisports-lann-vras',
    answers: { association: 'Kerlann Badminton Club', activite: 'Tournoi de badminton' },
    picks: [
      { weekday: 6, weeksAhead: 1, slot: '09:00', rate: 'association' },
      { weekday: 6, weeksAhead: 1, slot: '11:00', rate: 'association' },
      { weekday: 3, weeksAhead: 2, slot: '18:00', rate: 'association' },
      { weekday: 7, weeksAhead: 3, slot: '13:00', rate: 'association' },
    ],
  },
]

/**
 * Two dozen bookings ahead for the demo town (rooms, slots, chairs and marquees, the sports
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
  return made
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
