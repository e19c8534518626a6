import type { Block } from 'payload'

import { commitBooking } from '../../../src/booking/commitBooking'
import { describeSlot } from '../../../src/booking/describe'
import { checkEligibility, directoryAssociations, type Eligibility } from '../../../src/booking/eligibility'
import { holdAlive, holdMinutesOf, placeHold, releaseHold, unavailableMessage } from '../../../src/booking/holds'
import { holdHolder, placesFor, resourceScope } from '../../../src/booking/pools'
import { loadResource } from '../../../src/booking/resources'
import { type BookingChoice, checkChoice, type Rate, ratesToChoose, stockOf } from '../../../src/booking/resourceRules'
import { isSlotAnswer, type SlotAnswer } from '../../../src/booking/slotAnswer'
import { describeSlotWaiting, FREE_SLOT, joinSlotWaitingList, isSlotWaitingAnswer, type SlotWaitingAnswer, slotFree, takeSlotOffer } from '../../../src/booking/waitingSlots'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { newSecureToken, SECURE_TOKEN_PATTERN } from '../../../src/lib/secureToken'
import { NotEnoughPlacesError, takenByPool } from '../../../src/places/claims'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'
import { isSlotPicked, type SlotLive, SlotCalendar, type SlotPicked } from './SlotCalendar'

/**
 * Créneau: a slot or days of a bookable resource (a room, equipment, a sports hall), chosen in an
 * availability table that works without JavaScript. Choosing places a hold (prepare), the stored
 * request turns it into a booking (commit), a replaced or dropped choice frees it (release).
 * A taken slot can be chosen with "M'inscrire sur la liste d'attente": the request then puts the
 * citizen in line for it, and a waiting-list link (?creneau=…&invitation=…) books the slot offered
 * (src/booking/waitingSlots.ts, decision 0074).
 */
export interface CreneauFieldConfig extends BaseFieldConfig {
  resource?: number | string | { id: number | string } | null
}

export const block: Block = {
  slug: 'creneau',
  interfaceName: 'CreneauFieldBlock',
  labels: { singular: 'Créneau à réserver', plural: 'Créneaux à réserver' },
  fields: [
    ...inputBaseFields({ defaultValue: false }),
    {
      name: 'resource',
      type: 'relationship',
      relationTo: 'resources',
      label: 'Ressource réservée',
      required: true,
      admin: { description: 'La salle, le matériel ou l’équipement : ses horaires, fermetures, délais et tarifs s’appliquent.' },
    },
  ],
}

const resourceIdOf = (field: CreneauFieldConfig): number | string | null =>
  field.resource && typeof field.resource === 'object' ? field.resource.id : (field.resource ?? null)

const sub = (name: string, part: 'jours' | 'quantite' | 'tarif' | 'association' | 'habitant' | 'attente' | 'invitation') => `${name}.${part}`
const UNIT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/

const sameChoice = (a: SlotAnswer, resource: number | string, b: BookingChoice, eligibility: Eligibility) =>
  String(a.resource) === String(resource) &&
  a.start === b.start &&
  a.days === b.days &&
  a.quantity === b.quantity &&
  a.rate === b.rate &&
  String(a.association?.id ?? '') === String(eligibility.association?.id ?? '') &&
  Boolean(a.residentDeclared) === Boolean(eligibility.residentDeclared)

/** A posted whole number ("2"), or NaN: "2.5", "-1", "1e3" and "deux" are not quantities. */
const wholeNumber = (raw: string | undefined, fallback: number): number => {
  const text = (raw ?? '').trim()
  if (!text) return fallback
  return /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN
}

type CreneauValue = SlotAnswer | SlotWaitingAnswer | SlotPicked

export const creneau: FieldType<CreneauFieldConfig, CreneauValue> = cleanText<CreneauFieldConfig, CreneauValue>({
  type: 'creneau',
  block,
  kind: 'input',
  fieldset: true,
  holds: true,
  priced: true,
  requiredMessage: (field) => `Choisissez un créneau pour « ${field.label} ».`,

  // A waiting-list link: the slot offered, chosen in the table (checked at the step post).
  prefill: (_field, params) => {
    const start = params.get('creneau')?.trim() ?? ''
    const invitation = params.get('invitation')?.trim() ?? ''
    if (!UNIT.test(start) || !SECURE_TOKEN_PATTERN.test(invitation)) return undefined
    const whole = (key: string) => (/^\d{1,6}$/.test(params.get(key)?.trim() ?? '') ? Number(params.get(key)) : 1)
    return { picked: true, start, days: whole('jours'), quantity: whole('quantite'), invitation } satisfies SlotPicked
  },

  async prepare(field, name, ctx) {
    const start = (ctx.input.get(name) ?? '').trim()
    if (!start) return
    const resourceId = resourceIdOf(field)
    const resource = resourceId === null ? null : await loadResource(ctx.payload, resourceId)
    if (!resource) {
      ctx.prepared.errors[name] = 'Les réservations de cette ressource sont fermées : contactez la mairie.'
      return
    }
    const rates = ratesToChoose(resource)
    const choice: BookingChoice = {
      start,
      days: wholeNumber(ctx.input.get(sub(name, 'jours')), 1),
      quantity: wholeNumber(ctx.input.get(sub(name, 'quantite')), 1),
      rate: (rates.length === 1 ? rates[0] : (ctx.input.get(sub(name, 'tarif')) ?? '').trim()) as Rate,
    }
    const now = new Date()
    const checked = checkChoice(resource, choice, now)
    if (!checked.ok) {
      ctx.prepared.errors[checked.input ? sub(name, checked.input === 'days' ? 'jours' : checked.input === 'quantity' ? 'quantite' : 'tarif') : name] = checked.error
      if (checked.input) ctx.prepared.errors[name] = checked.error
      return
    }
    const eligible = await checkEligibility(ctx.payload, resource, choice.rate, { association: ctx.input.get(sub(name, 'association')) ?? '', habitant: (ctx.input.get(sub(name, 'habitant')) ?? '').trim() })
    if (!eligible.ok) {
      ctx.prepared.errors[sub(name, eligible.input)] = eligible.error
      ctx.prepared.errors[name] = eligible.error
      return
    }
    const previous = ctx.previous
    const waiting = (ctx.input.get(sub(name, 'attente')) ?? '').trim() === 'oui'
    if (!waiting && isSlotAnswer(previous) && sameChoice(previous, resource.id, choice, eligible.eligibility) && (await holdAlive(ctx.payload, resource, previous.hold, checked.choice.units, choice.quantity, now))) {
      ctx.prepared.values[name] = previous
      return
    }
    // A changed choice gives the old places back first: more chairs on the same day must not count against itself.
    if (isSlotAnswer(previous)) await releaseHold(ctx.payload, previous.hold)
    const wanted = placesFor(resource, checked.choice.units, choice.quantity, stockOf(resource))
    if (waiting) {
      // In line for a taken slot: nothing is held, the request's commit writes the entry.
      if (await slotFree(ctx.payload, resource, wanted, now)) {
        ctx.prepared.errors[name] = FREE_SLOT
        ctx.prepared.errors[sub(name, 'attente')] = FREE_SLOT
        return
      }
      ctx.prepared.values[name] = { waiting: true, resource: resource.id, resourceName: resource.name, start, end: checked.choice.end, days: choice.days, quantity: choice.quantity } satisfies SlotWaitingAnswer
      return
    }
    const token = newSecureToken()
    const invitation = (ctx.input.get(sub(name, 'invitation')) ?? '').trim()
    let until: Date
    if (invitation) {
      // The slot a waiting-list link offers becomes this hold.
      until = new Date(now.getTime() + holdMinutesOf(resource) * 60_000)
      let refused: string | null
      try {
        refused = await takeSlotOffer(ctx.payload, invitation, { resource: resource.id, start, days: choice.days, wanted, holder: holdHolder(token), until }, now)
      } catch (error) {
        if (!(error instanceof NotEnoughPlacesError)) throw error
        refused = unavailableMessage(resource, error.left)
      }
      if (refused) {
        ctx.prepared.errors[name] = refused
        return
      }
    } else {
      const held = await placeHold(ctx.payload, resource, checked.choice, choice.quantity, token, now)
      if (!held.ok) {
        ctx.prepared.errors[name] = held.error
        return
      }
      until = held.until
    }
    ctx.prepared.values[name] = {
      resource: resource.id,
      resourceName: resource.name,
      start,
      end: checked.choice.end,
      days: choice.days,
      quantity: choice.quantity,
      rate: choice.rate,
      amountCents: checked.choice.amountCents,
      ...eligible.eligibility,
      hold: token,
      holdUntil: until.toISOString(),
    } satisfies SlotAnswer
  },

  parse(_field, input, name, ctx) {
    const error = ctx.prepareErrors[name]
    if (error) {
      const errors = Object.fromEntries(Object.entries(ctx.prepareErrors).filter(([key]) => key.startsWith(`${name}.`)))
      // What was chosen stays in the page (a waiting-list link too: it may be used again).
      const invitation = (input.get(sub(name, 'invitation')) ?? '').trim()
      const start = (input.get(name) ?? '').trim()
      const shown = isSlotAnswer(ctx.previous)
        ? undefined
        : ({
            picked: true,
            start: UNIT.test(start) ? start : '',
            days: Math.max(1, wholeNumber(input.get(sub(name, 'jours')), 1) || 1),
            quantity: Math.max(1, wholeNumber(input.get(sub(name, 'quantite')), 1) || 1),
            ...(SECURE_TOKEN_PATTERN.test(invitation) ? { invitation } : {}),
            ...((input.get(sub(name, 'attente')) ?? '').trim() === 'oui' ? { wantsWaiting: true } : {}),
          } satisfies SlotPicked)
      return { ok: false, error, errors, value: shown, keep: isSlotAnswer(ctx.previous) ? ctx.previous : undefined }
    }
    const value = ctx.prepared[name]
    if (isSlotAnswer(value) || isSlotWaitingAnswer(value)) return { ok: true, value }
    return (input.get(name) ?? '').trim() ? { ok: false, error: 'Choisissez un des créneaux proposés.' } : { ok: true, value: null }
  },

  async release(_field, dropped, kept, { payload }) {
    if (isSlotAnswer(dropped) && (!isSlotAnswer(kept) || kept.hold !== dropped.hold)) await releaseHold(payload, dropped.hold)
  },

  commit: (_field, value, ctx) => (isSlotWaitingAnswer(value) ? joinSlotWaitingList(value, ctx) : isSlotAnswer(value) ? commitBooking(value, ctx) : Promise.resolve()),

  async live(field, { payload, now }) {
    const resourceId = resourceIdOf(field)
    const resource = resourceId === null ? null : await loadResource(payload, resourceId)
    if (!resource) return { resource: null, taken: {}, now: now.toISOString() } satisfies SlotLive
    const taken = await takenByPool(payload, resourceScope(resource.id), now)
    return { resource, taken: Object.fromEntries(taken), now: now.toISOString(), associations: await directoryAssociations(payload, resource) } satisfies SlotLive
  },

  display: (_field, value) => (isSlotWaitingAnswer(value) ? describeSlotWaiting(value) : isSlotAnswer(value) ? describeSlot(value) : []),

  Input: ({ field, name, id, value, error, errors, live }) => (
    <SlotCalendar field={field} name={name} id={id} value={isSlotAnswer(value) || isSlotWaitingAnswer(value) || isSlotPicked(value) ? value : null} error={error} errors={errors ?? {}} live={live as SlotLive | undefined} />
  ),
})
