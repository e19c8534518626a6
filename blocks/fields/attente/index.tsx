import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType, ParseResult } from '../../../src/forms/types'
import { takenByPool } from '../../../src/places/claims'
import { sessionFr } from '../../../src/ticketing/describe'
import { loadEvent } from '../../../src/ticketing/events'
import { eventScope, sessionPool } from '../../../src/ticketing/pools'
import { maxPerOrderOf, onSale, sessionCapacity } from '../../../src/ticketing/rules'
import { showsLive } from '../../../src/ticketing/showsLive'
import type { ShowPicked } from '../../../src/ticketing/ticketsAnswer'
import { isWaitingAnswer, joinWaitingList, type WaitingAnswer } from '../../../src/ticketing/waitingList'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'
import { type WaitingLive, WaitingPicker } from './WaitingPicker'

/**
 * Liste d'attente: a citizen waits for places of a sold-out session. The stored request puts them
 * in line (commit); when places come back they are offered in order (src/ticketing/waitingList.ts).
 * The show is the field's own, or the one the agenda's "liste d'attente" link names.
 */
export interface AttenteFieldConfig extends BaseFieldConfig {
  event?: number | string | { id: number | string } | null
}

type Picked = ShowPicked & { session?: string }

export const block: Block = {
  slug: 'attente',
  interfaceName: 'AttenteFieldBlock',
  labels: { singular: 'Liste d’attente (spectacle)', plural: 'Listes d’attente (spectacle)' },
  fields: [
    ...inputBaseFields({ defaultValue: false }),
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      label: 'Spectacle',
      admin: { description: 'Vide : le spectacle choisi dans l’agenda (lien « liste d’attente » d’une séance complète).' },
    },
  ],
}

const eventIdOf = (field: AttenteFieldConfig): number | string | null =>
  field.event && typeof field.event === 'object' ? field.event.id : (field.event ?? null)

const sub = (name: string, part: string) => `${name}.${part}`
const SLUG = /^[a-z0-9-]{1,100}$/
const SESSION_ID = /^[A-Za-z0-9_-]{1,40}$/

export const attente: FieldType<AttenteFieldConfig, WaitingAnswer | Picked> = cleanText<AttenteFieldConfig, WaitingAnswer | Picked>({
  type: 'attente',
  block,
  kind: 'input',
  fieldset: true,
  requiredMessage: () => 'Choisissez la séance complète et le nombre de places souhaitées.',

  prefill: (field, params) => {
    const slug = params.get('spectacle')?.trim()
    const session = params.get('seance')?.trim()
    if (eventIdOf(field) || !slug || !SLUG.test(slug)) return undefined
    return session && SESSION_ID.test(session) ? { eventSlug: slug, session } : { eventSlug: slug }
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
    const now = new Date()
    const chosen = (event.sessions ?? []).find((s) => s.id === session)
    if (!chosen || !onSale(chosen, now)) {
      ctx.prepared.errors[name] = session ? 'Choisissez une des séances proposées.' : 'Choisissez la séance complète.'
      ctx.prepared.values[name] = { eventId: String(event.id) }
      return
    }
    const postedPlaces = (ctx.input.get(sub(name, 'places')) ?? '').trim()
    const places = /^\d{1,3}$/.test(postedPlaces) ? Number(postedPlaces) : NaN
    const max = maxPerOrderOf(event)
    if (!(places >= 1 && places <= max)) {
      const message = `Indiquez un nombre de places entre 1 et ${max}.`
      ctx.prepared.errors[name] = message
      ctx.prepared.errors[sub(name, 'places')] = message
      ctx.prepared.values[name] = { eventId: String(event.id), session }
      return
    }
    const taken = (await takenByPool(ctx.payload, eventScope(event.id), now)).get(sessionPool(event.id, chosen.id!)) ?? 0
    const left = sessionCapacity(chosen) - taken
    if (left >= places) {
      ctx.prepared.errors[name] = `Il reste ${left} place${left > 1 ? 's' : ''} pour cette séance : réservez-les directement depuis l’agenda.`
      ctx.prepared.values[name] = { eventId: String(event.id), session }
      return
    }
    ctx.prepared.values[name] = { event: event.id, eventTitle: event.title, session: chosen.id!, sessionStartsAt: chosen.startsAt, places } satisfies WaitingAnswer
  },

  parse(_field, input, name, ctx): ParseResult<WaitingAnswer | Picked> {
    const value = ctx.prepared[name]
    const error = ctx.prepareErrors[name]
    if (error) {
      const errors = Object.fromEntries(Object.entries(ctx.prepareErrors).filter(([key]) => key.startsWith(`${name}.`)))
      return { ok: false, error, errors, value: (value as Picked | undefined) ?? undefined }
    }
    if (isWaitingAnswer(value)) return { ok: true, value }
    return (input.get(name) ?? '').trim() ? { ok: false, error: 'Choisissez une des séances proposées.' } : { ok: true, value: null }
  },

  commit: (_field, value, ctx) => (isWaitingAnswer(value) ? joinWaitingList(value, ctx) : Promise.resolve()),

  live: (field, { payload, now }) => showsLive(payload, eventIdOf(field), now),

  display: (_field, value) =>
    isWaitingAnswer(value) ? [`Liste d’attente : ${value.eventTitle} — ${sessionFr(value.sessionStartsAt)}`, `${value.places} place${value.places > 1 ? 's' : ''} souhaitée${value.places > 1 ? 's' : ''}`] : [],

  Input: ({ name, id, value, error, errors, live }) => <WaitingPicker name={name} id={id} value={value} error={error} errors={errors ?? {}} live={live as WaitingLive | undefined} />,
})
