import type { DefaultServerCellComponentProps } from 'payload'

import { dateNumericFr, dateTimeNumericFr } from '../lib/dateTimeNumericFr'

/** The date as its field's display format (set by frenchDates) asks: the day only, or with the time (and seconds). */
function formatted(value: string, field: DefaultServerCellComponentProps['field']): string {
  const format = (field as { admin?: { date?: { displayFormat?: string } } }).admin?.date?.displayFormat ?? ''
  if (!/[Hh]/.test(format)) return dateNumericFr(value)
  return dateTimeNumericFr(value, { seconds: /s/.test(format.replace(/'[^']*'/g, '')) })
}

/**
 * Every date column of the admin lists (set by frenchDates): formatted on the server in Paris
 * time, whatever the browser's time zone — "28/12/2026" for a day, "28/12/2026 à 09:30" otherwise.
 */
export function DateCell({ cellData, field }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return <span>—</span>
  return (
    <time dateTime={cellData} style={{ whiteSpace: 'nowrap' }}>
      {formatted(cellData, field)}
    </time>
  )
}
