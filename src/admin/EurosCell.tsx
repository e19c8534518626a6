import type { DefaultServerCellComponentProps } from 'payload'

import { formatAmountFr } from '../lib/formatAmountFr'

/** A list column of an amount stored in cents, shown as staff read it: "36,00 €". */
export function EurosCell({ cellData }: DefaultServerCellComponentProps) {
  return typeof cellData === 'number' ? <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatAmountFr(cellData)}</span> : <span>—</span>
}
