import type { CSSProperties } from 'react'

/**
 * Plain data tables in the admin (a show's report, the bookings calendar), drawn with Payload's own
 * theme variables so that they follow its light and dark modes.
 */
export const table: CSSProperties = { borderCollapse: 'collapse', width: '100%', margin: '0.5rem 0 1rem', fontSize: '0.95em' }
export const caption: CSSProperties = { textAlign: 'left', fontWeight: 600, padding: '0.25rem 0', captionSide: 'top' }
export const cell: CSSProperties = { border: '1px solid var(--theme-elevation-150)', padding: '0.35rem 0.5rem', textAlign: 'left', verticalAlign: 'top' }
export const headCell: CSSProperties = { ...cell, background: 'var(--theme-elevation-50)', fontWeight: 600 }
export const numberCell: CSSProperties = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }
/** A wide table (a month) scrolls sideways instead of squeezing its columns. */
export const scroller: CSSProperties = { overflowX: 'auto', maxWidth: '100%' }
