import type { DefaultServerCellComponentProps } from 'payload'

/** Procedures list column: "À revoir" when the service-public.fr fiche changed since the last review. */
export function ReviewCell({ cellData }: DefaultServerCellComponentProps) {
  return cellData ? <strong style={{ color: 'var(--theme-warning-700, #92400e)' }}>À revoir</strong> : <span>—</span>
}
