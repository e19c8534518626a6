import type { CollectionConfig, Field, GlobalConfig } from 'payload'

/** date-fns patterns of the admin (its own date picker and Payload's screens): French order, 24 h. */
export const ADMIN_DATE_TIME = "dd/MM/yyyy 'à' HH:mm"
export const ADMIN_DAY = 'dd/MM/yyyy'
const DATE_CELL = '/src/admin/DateCell#DateCell'

type DateField = Extract<Field, { type: 'date' }>

/**
 * One French rule for every date field of every collection and global, instead of a setting per
 * field: a day ("dayOnly" picker) shows "28/12/2026", anything else "28/12/2026 à 09:30"; list
 * columns are drawn by DateCell in Paris time. A field's own French format is kept. Decision 0055.
 */
function frenchDate(field: DateField): DateField {
  const date = field.admin?.date ?? {}
  const appearance = 'pickerAppearance' in date ? date.pickerAppearance : undefined
  const editableDay = appearance === 'dayOnly' || (!appearance && !field.admin?.readOnly && field.name !== 'createdAt' && field.name !== 'updatedAt')
  const displayFormat = date.displayFormat ?? (editableDay ? ADMIN_DAY : ADMIN_DATE_TIME)
  return {
    ...field,
    admin: {
      ...field.admin,
      date: { ...date, displayFormat, timeFormat: 'timeFormat' in date && date.timeFormat ? date.timeFormat : 'HH:mm' } as never,
      components: { ...field.admin?.components, Cell: field.admin?.components?.Cell ?? DATE_CELL },
    },
  }
}

function walk(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'date') return frenchDate(field)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: walk(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: walk(block.fields) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: walk(field.fields) } as Field
    return field
  })
}

/** Payload adds these two itself, with its US default; declared here with the same columns. */
const timestamp = (name: 'createdAt' | 'updatedAt'): DateField => ({
  name,
  type: 'date',
  index: true,
  label: name === 'createdAt' ? 'Créé le' : 'Modifié le',
  admin: { disableBulkEdit: true, hidden: true },
})

export function frenchDateCollections(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const has = (name: string) => collection.fields.some((f) => 'name' in f && f.name === name)
    const timestamps = collection.timestamps === false ? [] : (['updatedAt', 'createdAt'] as const).filter((n) => !has(n)).map(timestamp)
    return { ...collection, fields: walk([...collection.fields, ...timestamps]) }
  })
}

export function frenchDateGlobals(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((global) => ({ ...global, fields: walk(global.fields) }))
}
