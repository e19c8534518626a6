import type { DefaultServerCellComponentProps } from 'payload'

import { dateNumericFr } from '../../../src/lib/dateTimeNumericFr'
import { dueState } from '../../../src/submissions/dueState'

// Payload's theme variables: they swap in dark mode, the pairs keep their contrast in both.
const TONES = {
  late: { background: 'var(--theme-error-100)', color: 'var(--theme-error-800)', border: '1px solid var(--theme-error-400)' },
  soon: { background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)', border: '1px solid var(--theme-warning-300)' },
} as const

/** The requests list's due date: the day, and for an open request near or past it, its meaning in words, coloured. */
export function DueDateCell({ cellData, rowData }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return <span>—</span>
  const { tone, text } = dueState(cellData, (rowData as { status?: string })?.status)
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: '0.25rem 0.5rem', alignItems: 'baseline' }}>
      <time dateTime={cellData} style={{ whiteSpace: 'nowrap' }}>
        {dateNumericFr(cellData)}
      </time>
      {text ? (
        <span className={`due-date due-date--${tone}`} style={{ whiteSpace: 'nowrap', fontSize: '0.85em', fontWeight: 600, padding: '0 0.4rem', borderRadius: '3px', ...(tone === 'late' || tone === 'soon' ? TONES[tone] : {}) }}>
          {text}
        </span>
      ) : null}
    </span>
  )
}
