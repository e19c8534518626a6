import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { inputBaseFields } from '../shared/baseFields'
import { numericDateFr, settingDate, checkDate } from '../../../src/lib/calendarDate'
import { cleanText } from '../shared/cleanText'

/** A calendar date, posted and stored as "YYYY-MM-DD", shown as "12/03/2026". */
export interface DateFieldConfig extends BaseFieldConfig {
  min?: string | null
  max?: string | null
  notInFuture?: boolean | null
  autocomplete?: string | null
}

const validateSettingDate = (value: string | null | undefined) =>
  !value || settingDate(value) ? true : 'Format attendu : AAAA-MM-JJ, par exemple 2026-03-12.'

export const block: Block = {
  slug: 'date',
  interfaceName: 'DateFieldBlock',
  labels: { singular: 'Date', plural: 'Dates' },
  fields: [
    ...inputBaseFields(),
    {
      type: 'row',
      fields: [
        // Plain text, not a date picker: a picker stores a timestamp whose day can shift with time zones.
        { name: 'min', type: 'text', label: 'Date minimale (AAAA-MM-JJ)', validate: validateSettingDate },
        { name: 'max', type: 'text', label: 'Date maximale (AAAA-MM-JJ)', validate: validateSettingDate },
      ],
    },
    { name: 'notInFuture', type: 'checkbox', label: 'Refuser les dates futures', defaultValue: false },
    {
      name: 'autocomplete',
      type: 'select',
      label: 'Remplissage automatique (RGAA 11.13)',
      options: [{ value: 'bday', label: 'Date de naissance' }],
    },
  ],
}

export const date: FieldType<DateFieldConfig, string> = cleanText({
  type: 'date',
  block,
  kind: 'input',
  sample: () => '2026-01-15',
  closedValue: true,
  parse(field, input, name, ctx) {
    const raw = (input.get(name) ?? '').trim()
    if (!raw) return { ok: true, value: null }
    const checked = checkDate(raw, field, ctx.today)
    if (!checked.ok) return { ok: false, error: checked.error, value: raw }
    return { ok: true, value: checked.iso }
  },
  display: (_field, value) => [numericDateFr(value)],
  Input: ({ field, name, id, value, error }) => (
    <input
      type="date"
      id={id}
      name={name}
      defaultValue={typeof value === 'string' ? value : ''}
      min={settingDate(field.min) ?? undefined}
      max={settingDate(field.max) ?? undefined}
      autoComplete={field.autocomplete ?? undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      aria-required={field.required ? true : undefined}
    />
  ),
})
