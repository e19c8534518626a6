import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** A number (quantity, surface, amount). Accepts the French decimal comma: "12,5". */
export interface NumberFieldConfig extends BaseFieldConfig {
  min?: number | null
  max?: number | null
  step?: number | null
}

const isSet = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n)

/** French writing of a number: "12,5", "1 234" (narrow no-break space). */
// One formatter for the process: building an Intl.NumberFormat costs more than formatting.
const frenchNumber = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 10, useGrouping: true })

export function formatNumberFr(n: number): string {
  return frenchNumber.format(n)
}

/** "12,5", "12.5", "1 234", "-3" → number; null when it is not a plain decimal number. */
export function readNumber(raw: string): number | null {
  const s = raw.replace(/[\s\u00a0\u202f]/g, '')
  if (s.length > 30 || !/^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(s)) return null
  const n = Number(s.replace(',', '.'))
  return Number.isFinite(n) ? n : null
}

function boundsMessage(field: NumberFieldConfig): string {
  const { min, max } = field
  if (isSet(min) && isSet(max)) return `Saisissez un nombre entre ${formatNumberFr(min)} et ${formatNumberFr(max)}.`
  if (isSet(min)) return `Saisissez un nombre supérieur ou égal à ${formatNumberFr(min)}.`
  return `Saisissez un nombre inférieur ou égal à ${formatNumberFr(max!)}.`
}

export const block: Block = {
  slug: 'number',
  interfaceName: 'NumberFieldBlock',
  labels: { singular: 'Nombre', plural: 'Nombres' },
  fields: [
    ...inputBaseFields(),
    {
      type: 'row',
      fields: [
        { name: 'min', type: 'number', label: 'Valeur minimale' },
        { name: 'max', type: 'number', label: 'Valeur maximale' },
        {
          name: 'step',
          type: 'number',
          label: 'Pas',
          min: 0,
          admin: { description: '1 pour un nombre entier, 0,01 pour un montant ; vide : tout nombre.' },
        },
      ],
    },
  ],
}

export const number: FieldType<NumberFieldConfig, number> = cleanText({
  type: 'number',
  block,
  kind: 'input',
  sample: (field) => Number(field.min ?? 1),
  closedValue: true,
  quantity: true,
  parse(field, input, name) {
    const raw = (input.get(name) ?? '').trim()
    if (!raw) return { ok: true, value: null }
    const value = readNumber(raw)
    if (value === null) return { ok: false, error: 'Saisissez un nombre, par exemple 12 ou 12,5.', value: raw }
    if ((isSet(field.min) && value < field.min) || (isSet(field.max) && value > field.max)) {
      return { ok: false, error: boundsMessage(field), value: raw }
    }
    const step = field.step
    if (isSet(step) && step > 0) {
      const steps = (value - (isSet(field.min) ? field.min : 0)) / step
      // Tolerance for binary fractions (0,1 + 0,2…).
      if (Math.abs(steps - Math.round(steps)) > 1e-9) {
        const error = step === 1 ? 'Saisissez un nombre entier.' : `Saisissez un nombre par pas de ${formatNumberFr(step)}.`
        return { ok: false, error, value: raw }
      }
    }
    return { ok: true, value }
  },
  display: (_field, value) => [formatNumberFr(value)],
  Input: ({ field, name, id, value, error }) => {
    const integer = isSet(field.step) && Number.isInteger(field.step) && isSet(field.min) && field.min >= 0
    return (
      <input
        type="text"
        // Numeric keypad without a decimal key only when neither a decimal nor a minus sign is possible.
        inputMode={integer ? 'numeric' : 'decimal'}
        id={id}
        name={name}
        defaultValue={typeof value === 'number' ? String(value).replace('.', ',') : typeof value === 'string' ? value : ''}
        maxLength={30}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, field, error)}
        aria-required={field.required ? true : undefined}
      />
    )
  },
})
