import './workspace.css'

import { notFound } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import type { ComponentProps } from 'react'

import { dateNumericFr, dateTimeNumericFr } from '../../../src/lib/dateTimeNumericFr'
import { implicitDecision } from '../../../src/submissions/implicitDecision'
import { loadRequestForPrint } from '../../../src/submissions/printable'
import { AnswersView } from './AnswersView'
import { PrintButton } from './PrintButton'
import { StatusBadge } from './StatusBadge'
import { TimelineList } from './TimelineList'

/**
 * Admin › /demandes/<id>/impression: a request on paper (organisation, reference, status, dates,
 * answers, whole timeline), for the paper file. Whoever may read the request may print it; anyone
 * else gets the not-found page, as for a request that does not exist.
 */
export async function PrintView({ initPageResult, params }: AdminViewServerProps) {
  const { req } = initPageResult
  const segments = ((await params) as { segments?: string[] } | undefined)?.segments ?? []
  const id = segments[1]
  const loaded = id ? await loadRequestForPrint(req.payload, id, req.user, req) : null
  if (!loaded) notFound()
  const { request, raw, entries } = loaded
  const organisation = typeof request.organisation === 'object' ? request.organisation : null
  const assignee = typeof request.assignee === 'object' ? request.assignee : null
  const version = request.formVersion as { title?: string } | undefined
  const adminRoute = req.payload.config.routes.admin
  return (
    <main className="ws-print">
      <div className="ws-print__tools">
        <PrintButton />
        <a href={`${adminRoute}/collections/submissions/${encodeURIComponent(String(request.id))}`}>Retour à la demande</a>
      </div>
      <header>
        <p>{organisation?.name ?? ''}</p>
        <h1>
          Demande {request.reference} — {version?.title ?? ''}
        </h1>
        <dl className="ws-facts">
          <dt>Statut</dt>
          <dd>
            <StatusBadge status={request.status} />
          </dd>
          <dt>Demandeur</dt>
          <dd>{request.requesterName || 'non renseigné'}</dd>
          <dt>Déposée le</dt>
          <dd>{dateTimeNumericFr(request.createdAt)}</dd>
          <dt>Dossier complet le</dt>
          <dd>{request.completeAt ? dateTimeNumericFr(request.completeAt) : 'pas encore déclaré'}</dd>
          <dt>Réponse due le</dt>
          <dd>{request.dueDate ? dateNumericFr(request.dueDate) : 'non fixée'}</dd>
          <dt>Décision implicite</dt>
          <dd>{implicitDecision(request).label}</dd>
          <dt>Agent chargé</dt>
          <dd>{assignee ? assignee.name || assignee.email : 'personne'}</dd>
          <dt>Imprimée le</dt>
          <dd>{dateTimeNumericFr(new Date())}</dd>
        </dl>
      </header>
      <section aria-label="Réponses">
        <AnswersView {...({ data: raw, req } as unknown as ComponentProps<typeof AnswersView>)} />
      </section>
      <section aria-labelledby="ws-print-timeline">
        <h2 id="ws-print-timeline">Historique et échanges</h2>
        <TimelineList entries={entries} apiRoute={req.payload.config.routes.api} />
      </section>
    </main>
  )
}
