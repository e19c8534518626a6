import { statusLabel } from '../../../src/submissions/statuses'

/** A request's status as a coloured badge that says it in words (the colour alone says nothing). */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`ws-badge ws-badge--${status}`}>{statusLabel(status)}</span>
}
