import './workspace.css'

import type { FieldServerComponent } from 'payload'

import { loadTimeline } from '../../../src/submissions/timeline'
import { MessageBoxes } from './MessageBoxes'
import { TimelineList } from './TimelineList'

/**
 * Under the answers on the agent's request page: the request's whole story (status changes,
 * messages both ways with their files, internal notes, e-mails sent), then the boxes to reply to
 * the citizen and to add an internal note.
 */
export const RequestTimeline: FieldServerComponent = async ({ data, req }) => {
  if (data?.id === undefined || !req.user) return null
  const entries = await loadTimeline(req.payload, data as never, req.user, req)
  return (
    <section className="ws-panel" aria-labelledby="ws-timeline-title">
      <h2 id="ws-timeline-title">Historique et échanges</h2>
      <TimelineList entries={entries} apiRoute={req.payload.config.routes.api} />
      <MessageBoxes requestId={data.id as number | string} apiRoute={req.payload.config.routes.api} hasEmail={Boolean(data.requesterEmail)} />
    </section>
  )
}
