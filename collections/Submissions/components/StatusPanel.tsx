import './workspace.css'

import type { FieldServerComponent } from 'payload'

import { fillTemplate } from '../../../src/forms/summary'
import { isoDateOf } from '../../../src/lib/calendarDate'
import { dateNumericFr, dateTimeNumericFr } from '../../../src/lib/dateTimeNumericFr'
import { availableActions } from '../../../src/submissions/actions'
import { defaultPiecesDueDay } from '../../../src/submissions/complement'
import { legalDueDate } from '../../../src/submissions/delays'
import { delayText, implicitDecision } from '../../../src/submissions/implicitDecision'
import { dueState } from '../../../src/submissions/dueState'
import { statusLabel } from '../../../src/submissions/statuses'
import { type ActionChoice, ActionPanel } from './ActionPanel'
import { StatusBadge } from './StatusBadge'

type Template = { enabled?: boolean | null; subject?: string | null; body?: string | null }

const DAY = 86_400_000

/**
 * Top of the agent's request page, in place of the status select: the status as a badge, the
 * dates that matter (receipt, complete file, legal due date) and one button per decision the
 * workflow allows, each opening a short form prefilled from the status e-mail of its target.
 */
export const StatusPanel: FieldServerComponent = async ({ data, req }) => {
  const status = String(data?.status ?? 'recue')
  const id = data?.id as number | string | undefined
  if (id === undefined) return null
  const version = data?.formVersion as { title?: string } | undefined
  const templates = (await req.payload.findGlobal({ slug: 'status-emails', depth: 0, overrideAccess: true, req })) as unknown as Record<string, Template | undefined>
  const values = { reference: String(data?.reference ?? ''), formulaire: version?.title ?? '' }
  const actions: ActionChoice[] = availableActions({ status, completeAt: data?.completeAt as string | null }).map((action) => {
    const template = action.to ? templates[action.to] : undefined
    const sends = Boolean(action.to) && template?.enabled !== false
    return {
      ...action,
      emailSubject: sends ? fillTemplate(template?.subject || 'Votre demande {{reference}} : {{statut}}', { ...values, statut: statusLabel(action.to!) }) : null,
      // {{commentaire}} and {{lien}} stay: the server fills them (the link is never on this page).
      emailBody: sends ? fillTemplate(template?.body || 'Bonjour,\n\nVotre demande « {{formulaire}} » ({{reference}}) est maintenant : {{statut}}.\n{{commentaire}}\n\nSuivre votre demande : {{lien}}', { ...values, statut: statusLabel(action.to!) }) : null,
    }
  })
  const decision = implicitDecision(data ?? {})
  const due = data?.dueDate as string | null | undefined
  const dueWords = dueState(due, status)
  const apiRoute = req.payload.config.routes.api
  const adminRoute = req.payload.config.routes.admin
  return (
    <section className="ws-panel" aria-labelledby="ws-status-title">
      <h2 id="ws-status-title">
        Demande {String(data?.reference ?? '')} — <StatusBadge status={status} />
      </h2>
      <dl className="ws-facts">
        <dt>Déposée le</dt>
        <dd>{dateTimeNumericFr(data?.createdAt as string)}</dd>
        <dt>Dossier complet</dt>
        <dd>{data?.completeAt ? `le ${dateTimeNumericFr(data.completeAt as string)}` : `pas encore déclaré : le délai légal (${delayText(decision.delay)}) commencera à ce moment-là`}</dd>
        <dt>Réponse due le</dt>
        <dd>
          {due ? (
            <>
              {dateNumericFr(due)}
              {dueWords.text ? <span className={dueWords.tone === 'late' ? 'ws-late' : undefined}> ({dueWords.text})</span> : null}
            </>
          ) : (
            'non fixée (dossier pas encore complet)'
          )}
        </dd>
        <dt>Décision implicite</dt>
        <dd>{decision.label}</dd>
      </dl>
      <ActionPanel
        requestId={id}
        apiRoute={apiRoute}
        actions={actions}
        defaultPiecesDueBy={defaultPiecesDueDay()}
        minPiecesDueBy={isoDateOf(new Date(Date.now() + DAY))}
        completeDueDate={dateNumericFr(legalDueDate(new Date(), decision.delay).toISOString())}
        printHref={`${adminRoute}/demandes/${encodeURIComponent(String(id))}/impression`}
      />
    </section>
  )
}
