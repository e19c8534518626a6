import './workspace.css'

import type { FieldServerComponent, PayloadRequest } from 'payload'

import { dateNumericFr, dateTimeNumericFr } from '../../../src/lib/dateTimeNumericFr'

type Id = number | string

/** The title of a related document (its collection's `useAsTitle`), or null when it is gone. */
async function titleOf(req: PayloadRequest, collection: string, value: unknown): Promise<string | null> {
  const id = (value && typeof value === 'object' ? (value as { id: Id }).id : value) as Id | null | undefined
  if (id === null || id === undefined || id === '') return null
  const titleField = (req.payload.collections as Record<string, { config: { admin?: { useAsTitle?: string } } } | undefined>)[collection]?.config.admin?.useAsTitle ?? 'id'
  const doc = await req.payload.findByID({ collection: collection as never, id, depth: 0, overrideAccess: true, req }).catch(() => null)
  return doc ? String((doc as Record<string, unknown>)[titleField] ?? id) : null
}

/**
 * A server-owned fact of a request (its form, organisation, dates, legal settings) as plain text with its label,
 * instead of a disabled widget: French dates, titles not ids, and nothing a screen reader announces
 * as a control that does nothing (axe: disabled date pickers and selects without names).
 */
export const ReadOnlyFact: FieldServerComponent = async ({ field, data, req }) => {
  if (!('name' in field)) return null
  const value = data?.[field.name]
  let text: string | null = null
  if (field.type === 'date') {
    text = field.admin?.date?.pickerAppearance === 'dayOnly' ? dateNumericFr(value as string) : dateTimeNumericFr(value as string)
  } else if (field.type === 'relationship' && typeof field.relationTo === 'string') {
    text = await titleOf(req, field.relationTo, value)
  } else if (field.type === 'select') {
    const option = field.options.find((o) => (typeof o === 'string' ? o : o.value) === value)
    text = option ? (typeof option === 'string' ? option : typeof option.label === 'string' ? option.label : String(option.value)) : null
  } else if (value !== null && value !== undefined) text = String(value)
  const label = typeof field.label === 'string' ? field.label : field.name
  return (
    <div className="field-type ws-fact">
      <span className="ws-fact__label">{label}</span>
      <span className="ws-fact__value">{text || '—'}</span>
    </div>
  )
}
