import type { Block } from 'payload'

import { DEFAULT_HOLD_MINUTES, releaseHold } from '../../../src/booking/holds'
import { holdHolder } from '../../../src/booking/pools'
import type { BaseFieldConfig, FieldType, ParseResult } from '../../../src/forms/types'
import { newSecureToken, SECURE_TOKEN_PATTERN } from '../../../src/lib/secureToken'
import { claimPlaces, heldByPool, NotEnoughPlacesError } from '../../../src/places/claims'
import { commitTickets } from '../../../src/ticketing/commitTickets'
import { describeTickets } from '../../../src/ticketing/describe'
import { loadEvent } from '../../../src/ticketing/events'
import { eventScope, placesForOrder } from '../../../src/ticketing/pools'
import { checkOrder } from '../../../src/ticketing/rules'
import { showsLive } from '../../../src/ticketing/showsLive'
import { heldOrder, isTicketsAnswer, type ShowPicked, type TicketsAnswer } from '../../../src/ticketing/ticketsAnswer'
import { takeOffer } from '../../../src/ticketing/waitingList'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'
import { type TicketsLive, TicketPicker } from './TicketPicker'

/**
 * Billets: tickets for a show's session — quantities per tariff, or seats on a numbered plan.
 * Choosing holds the places (prepare), the stored request turns them into tickets (commit), a
 * changed or dropped choice frees them (release). The show is the field's own, or the one the
 * citizen came from in the agenda (`?spectacle=<slug>`).
 */
export interface BilletsFieldConfig extends BaseFieldConfig {
  event?: number | string | { id: number | string } | null
}

export const block: Block = {
  slug: 'billets',
  interfaceName: 'BilletsFieldBlock',
  labels: { singular: 'Billets de spectacle', plural: 'Billets de spectacle' },
  fields: [
    ...inputBaseFields({ defaultValue: false }),
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      label: 'Spectacle',
      admin: { description: 'Vide : le spectacle choisi dans l’agenda (lien « Réserver » de /agenda).' },
    },
  ],
}

const eventIdOf = (field: BilletsFieldConfig): number | string | null =>
  field.event && typeof field.event === 'object' ? field.event.id : (field.event ?? null)

const sub = (name: string, part: string) => `${name}.${part}`

export const billets: FieldType<BilletsFieldConfig, TicketsAnswer | ShowPicked> = cleanText<BilletsFieldConfig, TicketsAnswer | ShowPicked>({
  type: 'billets',
  block,
  kind: 'input',
  fieldset: true,
  holds: true,
  priced: true,
  requiredMessage: () => 'Choisissez une séance et le nombre de billets.',

  prefill: (field, params) => {
    const slug = params.get('spectacle')?.trim()
    if (eventIdOf(field) || !slug || !/^[a-z0-9-]{1,100}$/.test(slug)) return undefined
    const invitation = params.get('invitation')?.trim()
    const session = params.get('seance')?.trim()
    // A waiting-list link: its places are offered on one session (checked at the step post).
    if (invitation && SECURE_TOKEN_PATTERN.test(invitation) && session && /^[A-Za-z0-9_-]{1,40}$/.test(session)) return { eventSlug: slug, invitation, session }
    return { eventSlug: slug }
  },

  async prepare(field, name, ctx) {
    const session = (ctx.input.get(name) ?? '').trim()
    const eventId = eventIdOf(field) ?? (ctx.input.get(sub(name, 'spectacle')) ?? '').trim()
    if (!session && !eventId) return
    const event = eventId ? await loadEvent(ctx.payload, eventId) : null
    if (!event) {
      ctx.prepared.errors[name] = 'Choisissez un spectacle dans l’agenda.'
      return
    }
    const prefix = `${name}.tarif.`
    const quantities = Object.fromEntries(ctx.input.keys().filter((k) => k.startsWith(prefix)).map((k) => [k.slice(prefix.length), ctx.input.get(k) ?? '']))
    const now = new Date()
    const order = checkOrder(event, { session, quantities, seats: ctx.input.getAll(sub(name, `places.${session}`)) }, now)
    if (!order.ok) {
      ctx.prepared.errors[name] = order.error
      if (order.input) ctx.prepared.errors[sub(name, order.input)] = order.error
      return
    }
    const previous = ctx.previous
    const wanted = placesForOrder(event.id, order.session, event.tariffs ?? [], order.lines, order.seats)
    if (isTicketsAnswer(previous) && String(previous.event) === String(event.id) && previous.session === order.session.id && sameOrder(previous, order.lines, order.seats)) {
      const held = await heldByPool(ctx.payload, holdHolder(previous.hold))
      if (new Date(previous.holdUntil) > now && wanted.every((w) => held.get(w.pool) === w.count)) {
        ctx.prepared.values[name] = previous
        return
      }
    }
    if (isTicketsAnswer(previous)) await releaseHold(ctx.payload, previous.hold)
    const hold = newSecureToken()
    const until = new Date(now.getTime() + DEFAULT_HOLD_MINUTES * 60_000)
    const invitation = (ctx.input.get(sub(name, 'invitation')) ?? '').trim()
    try {
      if (invitation) {
        // The places a waiting-list link offers become this hold (src/ticketing/waitingList.ts).
        const refused = await takeOffer(ctx.payload, invitation, { eventId: event.id, sessionId: order.session.id, wanted, holder: holdHolder(hold), until }, now)
        if (refused) {
          ctx.prepared.errors[name] = refused
          return
        }
      } else await claimPlaces(ctx.payload, wanted, { holder: holdHolder(hold), scope: eventScope(event.id), expiresAt: until }, now)
    } catch (error) {
      if (!(error instanceof NotEnoughPlacesError)) throw error
      ctx.prepared.errors[name] = soldOutMessage(error.pool, error.left, event.tariffs ?? [])
      return
    }
    ctx.prepared.values[name] = heldOrder(event, order.session, order, hold, until)
  },

  parse(_field, input, name, ctx): ParseResult<TicketsAnswer | ShowPicked> {
    const error = ctx.prepareErrors[name]
    if (error) {
      const errors = Object.fromEntries(Object.entries(ctx.prepareErrors).filter(([key]) => key.startsWith(`${name}.`)))
      // Shown back on the same show (the step's address no longer names it).
      const posted = (input.get(sub(name, 'spectacle')) ?? '').trim().slice(0, 40)
      const invitation = (input.get(sub(name, 'invitation')) ?? '').trim()
      const invited = SECURE_TOKEN_PATTERN.test(invitation) ? { invitation, session: (input.get(name) ?? '').trim().slice(0, 40) } : {}
      const shown = isTicketsAnswer(ctx.previous) ? ctx.previous : posted ? { eventId: posted, ...invited } : undefined
      return { ok: false, error, errors, value: shown, keep: isTicketsAnswer(ctx.previous) ? ctx.previous : undefined }
    }
    const value = ctx.prepared[name]
    if (isTicketsAnswer(value)) return { ok: true, value }
    return (input.get(name) ?? '').trim() ? { ok: false, error: 'Choisissez une des séances proposées.' } : { ok: true, value: null }
  },

  async release(_field, dropped, kept, { payload }) {
    if (isTicketsAnswer(dropped) && (!isTicketsAnswer(kept) || kept.hold !== dropped.hold)) await releaseHold(payload, dropped.hold)
  },

  commit: (field, value, ctx) => (isTicketsAnswer(value) ? commitTickets(value, field.name ?? 'billets', ctx) : Promise.resolve()),

  live: (field, { payload, now }) => showsLive(payload, eventIdOf(field), now),

  display: (_field, value) => (isTicketsAnswer(value) ? describeTickets(value) : []),

  Input: ({ name, id, value, error, errors, live }) => (
    <TicketPicker name={name} id={id} value={value} error={error} errors={errors ?? {}} live={live as TicketsLive | undefined} />
  ),
})

function sameOrder(previous: TicketsAnswer, lines: TicketsAnswer['lines'], seats: string[]): boolean {
  const key = (ls: TicketsAnswer['lines']) => ls.map((l) => `${l.tariff}:${l.quantity}`).sort().join(',')
  return key(previous.lines) === key(lines) && [...previous.seats].sort().join(',') === [...seats].sort().join(',')
}

/** Which limit was reached, in French: the hall, a tariff's quota, or a seat. */
function soldOutMessage(pool: string, left: number, tariffs: Array<{ id?: string | null; name: string }>): string {
  const seat = /:siege:(.+)$/.exec(pool)?.[1]
  if (seat) return `La place ${seat} vient d’être prise : choisissez-en une autre.`
  const tariffId = /:tarif:(.+)$/.exec(pool)?.[1]
  if (tariffId) {
    const name = tariffs.find((t) => t.id === tariffId)?.name ?? ''
    return left ? `Il ne reste que ${left} billet${left > 1 ? 's' : ''} au tarif ${name.toLowerCase()} pour cette séance.` : `Il n’y a plus de billet au tarif ${name.toLowerCase()} pour cette séance.`
  }
  return left ? `Il ne reste que ${left} place${left > 1 ? 's' : ''} pour cette séance : réduisez le nombre de billets.` : 'Cette séance est complète.'
}
