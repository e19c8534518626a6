import type { Block } from 'payload'

import { commitBooking } from '../../../src/booking/commitBooking'
import { describeSlot } from '../../../src/booking/describe'
import { checkEligibility, directoryAssociations, type Eligibility } from '../../../src/booking/eligibility'
import { holdAlive, placeHold, releaseHold } from '../../../src/booking/holds'
import { resourceScope } from '../../../src/booking/pools'
import { loadResource } from '../../../src/booking/resources'
import { type BookingChoice, checkChoice, type Rate, ratesToChoose } from '../../../src/booking/resourceRules'
import { isSlotAnswer, type SlotAnswer } from '../../../src/booking/slotAnswer'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { newSecureToken } from '../../../src/lib/secureToken'
import { takenByPool } from '../../../src/places/claims'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'
import { type SlotLive, SlotCalendar } from './SlotCalendar'

/**
 * Créneau: a slot or days of a bookable resource (a room, equipment, a sports hall), chosen in an
 * availability table that works without JavaScript. Choosing places a hold (prepare), the stored
 * request turns it into a booking (commit), a replaced or dropped choice frees it (release).
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

const sub = (name: string, part: 'jours' | 'quantite' | 'tarif' | 'association' | 'habitant') => `${name}.${part}`

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

export const creneau: FieldType<CreneauFieldConfig, SlotAnswer> = cleanText({
  type: 'creneau',
  block,
  kind: 'input',
  fieldset: true,
  holds: true,
  priced: true,
  requiredMessage: (field) => `Choisissez un créneau pour « ${field.label} ».`,

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
    if (isSlotAnswer(previous) && sameChoice(previous, resource.id, choice, eligible.eligibility) && (await holdAlive(ctx.payload, resource, previous.hold, checked.choice.units, choice.quantity, now))) {
      ctx.prepared.values[name] = previous
      return
    }
    // A changed choice gives the old places back first: more chairs on the same day must not count against itself.
    if (isSlotAnswer(previous)) await releaseHold(ctx.payload, previous.hold)
    const token = newSecureToken()
    const held = await placeHold(ctx.payload, resource, checked.choice, choice.quantity, token, now)
    if (!held.ok) {
      ctx.prepared.errors[name] = held.error
      return
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
      holdUntil: held.until.toISOString(),
    } satisfies SlotAnswer
  },

  parse(_field, input, name, ctx) {
    const error = ctx.prepareErrors[name]
    if (error) {
      const errors = Object.fromEntries(Object.entries(ctx.prepareErrors).filter(([key]) => key.startsWith(`${name}.`)))
      return { ok: false, error, errors, keep: isSlotAnswer(ctx.previous) ? ctx.previous : undefined }
    }
    const value = ctx.prepared[name]
    if (isSlotAnswer(value)) return { ok: true, value }
    return (input.get(name) ?? '').trim() ? { ok: false, error: 'Choisissez un des créneaux proposés.' } : { ok: true, value: null }
  },

  async release(_field, dropped, kept, { payload }) {
    if (isSlotAnswer(dropped) && (!isSlotAnswer(kept) || kept.hold !== dropped.hold)) await releaseHold(payload, dropped.hold)
  },

  commit: (_field, value, ctx) => commitBooking(value, ctx),

  async live(field, { payload, now }) {
    const resourceId = resourceIdOf(field)
    const resource = resourceId === null ? null : await loadResource(payload, resourceId)
    if (!resource) return { resource: null, taken: {}, now: now.toISOString() } satisfies SlotLive
    const taken = await takenByPool(payload, resourceScope(resource.id), now)
    return { resource, taken: Object.fromEntries(taken), now: now.toISOString(), associations: await directoryAssociations(payload, resource) } satisfies SlotLive
  },

  display: (_field, value) => (isSlotAnswer(value) ? describeSlot(value) : []),

  Input: ({ field, name, id, value, error, errors, live }) => (
    <SlotCalendar field={field} name={name} id={id} value={isSlotAnswer(value) ? value : null} error={error} errors={errors ?? {}} live={live as SlotLive | undefined} />
  ),
})
