import type { DefaultServerCellComponentProps } from 'payload'

import { statusLabel } from '../submissions/statuses'

/** A request status kept as text (anonymous statistics), shown by its label: "Terminée", not "terminee". */
export function StatusCell({ cellData }: DefaultServerCellComponentProps) {
  return <span>{typeof cellData === 'string' ? statusLabel(cellData) : '—'}</span>
}
