import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { HHMM, timeFr } from '../../../src/lib/clockTime'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** A time of day ("14:30"), e.g. the start of an event; optionally between two hours. Stores "HH:MM". */
export interface TimeFieldConfig extends BaseFieldConfig {
  /** Earliest accepted time, "HH:MM" */
  earliest?: string | null
  /** Latest accepted time, "HH:MM" */
  latest?: string | null
}

/** "14:30", "14h30", "14 h 30", "9h", "9:05" → "14:30" / "09:00"; null when not a time of day. */
export function readTime(typed: string): string | null {
  const match = /^(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?$/.exec(typed.trim())
  if (!match) return null
  const hours = Number(match[1])
  const minutes = match[2] === undefined ? 0 : Number(match[2])
  if (hours > 23 || minutes > 59) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

const validTime = (value: string | null | undefined) => (!value || HHMM.test(value) ? true : 'Écrivez l’heure sous la forme 14:30.')

export const block: Block = {
  slug: 'time',
  interfaceName: 'TimeFieldBlock',
  labels: { singular: 'Heure', plural: 'Heures' },
  fields: [
    ...inputBaseFields(),
    {
      type: 'row',
      fields: [
        { name: 'earliest', type: 'text', label: 'Au plus tôt (HH:MM)', validate: validTime },
        { name: 'latest', type: 'text', label: 'Au plus tard (HH:MM)', validate: validTime },
      ],
    },
  ],
}

export const time: FieldType<TimeFieldConfig, string> = cleanText({
  type: 'time',
  block,
  kind: 'input',
  closedValue: true,
  sample: (_field, { index }) => `${String(9 + (index % 9)).padStart(2, '0')}:30`,
  parse(field, input, name) {
    const typed = (input.get(name) ?? '').trim()
    if (!typed) return { ok: true, value: null }
    const value = readTime(typed)
    if (!value) return { ok: false, error: 'Indiquez une heure valide, par exemple 14:30.', value: typed }
    if (field.earliest && HHMM.test(field.earliest) && value < field.earliest) {
      return { ok: false, error: `Indiquez une heure à partir de ${timeFr(field.earliest)}.`, value: typed }
    }
    if (field.latest && HHMM.test(field.latest) && value > field.latest) {
      return { ok: false, error: `Indiquez une heure jusqu’à ${timeFr(field.latest)} au plus tard.`, value: typed }
    }
    return { ok: true, value }
  },
  display: (_field, value) => [timeFr(value)],
  Input: ({ field, name, id, value, error }) => (
    <input
      type="time"
      id={id}
      name={name}
      defaultValue={typeof value === 'string' ? value : ''}
      min={field.earliest ?? undefined}
      max={field.latest ?? undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      aria-required={field.required ? true : undefined}
    />
  ),
})
