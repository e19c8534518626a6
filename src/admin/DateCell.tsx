import type { DefaultServerCellComponentProps } from 'payload'

import { type AdminDatePrecision, adminDateFr } from '../lib/adminDateFr'

/** The precision a date field shows, read from its display format (set by frenchDates). */
function precisionOf(field: DefaultServerCellComponentProps['field']): AdminDatePrecision {
  const format = (field as { admin?: { date?: { displayFormat?: string } } }).admin?.date?.displayFormat ?? ''
  return !/[Hh]/.test(format) ? 'day' : /s/.test(format.replace(/'[^']*'/g, '')) ? 'second' : 'minute'
}

/**
 * Every date column of the admin lists (set by frenchDates): formatted on the server in Paris
 * time, whatever the browser's time zone — "28/12/2026" for a day, "28/12/2026 à 09:30" otherwise.
 */
export function DateCell({ cellData, field }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return <span>—</span>
  return (
    <time dateTime={cellData} style={{ whiteSpace: 'nowrap' }}>
      {adminDateFr(cellData, precisionOf(field))}
    </time>
  )
}
