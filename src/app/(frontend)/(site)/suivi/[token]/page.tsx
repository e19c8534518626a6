import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { FormDefinition } from '@/forms/engine'
import { BookingSummary } from '@/components/BookingSummary'
import { CancelForms } from '@/components/CancelForms'
import { PaymentSummary } from '@/components/PaymentSummary'
import { TicketSummary } from '@/components/TicketSummary'
import { amountDue } from '@/payment/amountDue'
import { paymentOnline } from '@/payment/online'
import { PAYMENT_WINDOW_MINUTES } from '@/payment/window'
import { WaitingSummary } from '@/components/WaitingSummary'
import { waitingEntriesOf } from '@/ticketing/waitingList'
import { answerLines } from '@/forms/summary'
import { formatFileSize } from '@/lib/formatFileSize'
import type { SubmissionFile } from '@/payload-types'
import { HONEYPOT_NAME } from '@/intake/antiAbuse'
import { inputId } from '@/forms/paths'
import { ErrorSummary } from '@/forms/render/ErrorSummary'
import { FieldShell } from '@/forms/render/FieldShell'
import { loadDraft, MESSAGE_MAX_LENGTH } from '@/submissions/citizenMessage'
import { findByFollowUpToken } from '@/submissions/followUp'
import { dateNumericFr } from '@/lib/dateTimeNumericFr'
import { implicitDecision } from '@/submissions/implicitDecision'
import { formatDateFr } from '@/lib/formatDateFr'
import { followUpLinks } from '@/lib/followUpLinks'
import { statusLabel } from '@/submissions/statuses'
import { CLOSED_STATUSES } from '@/submissions/workflow'
import { sitePayload } from '@/site/payload'
import { PiecesRequested } from './PiecesRequested'

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<{ confirmation?: string; message?: string; brouillon?: string; annulation?: string; paiement?: string }>
}

// The address is a secret: keep it out of search engines and of Referer headers.
export const metadata: Metadata = { title: 'Suivi de votre demande', robots: { index: false, follow: false }, referrer: 'no-referrer' }

const dateFr = (iso: string) =>
  new Date(iso).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' })

export default async function FollowUpPage({ params, searchParams }: Props) {
  const { token } = await params
  const { confirmation, message, brouillon, annulation, paiement } = await searchParams
  const payload = await sitePayload()
  const submission = await findByFollowUpToken(payload, token)
  if (!submission) notFound()
  const formId = typeof submission.form === 'object' ? submission.form.id : submission.form
  const draft = await loadDraft(payload, formId, brouillon)
  const replyErrors = draft?.errors ?? {}
  const history = submission.history ?? []
  const messages = submission.messages ?? []
  const closed = CLOSED_STATUSES.includes(submission.status)
  const decision = implicitDecision(submission)
  const version = submission.formVersion as unknown as { title: string } & FormDefinition
  const lines = answerLines(version, (submission.answers ?? {}) as Record<string, unknown>)
  const files = (submission.files ?? []).filter((f): f is SubmissionFile => typeof f === 'object')
  const form = typeof submission.form === 'object' ? submission.form : null
  const bookings = (await payload.find({ collection: 'bookings', where: { reference: { equals: submission.reference } }, depth: 1, limit: 20, overrideAccess: true })).docs
  const tickets = (await payload.find({ collection: 'tickets', where: { reference: { equals: submission.reference } }, sort: 'seat', depth: 1, limit: 100, overrideAccess: true })).docs
  const waiting = await waitingEntriesOf(payload, submission.reference)
  // Requests of forms that take no money online read nothing about payments.
  const online = paymentOnline(submission.formVersion as { payment?: { enabled?: boolean | null } | null })
  const [due, payments] = online
    ? await Promise.all([
        amountDue(payload, submission),
        payload.find({ collection: 'payments', where: { reference: { equals: submission.reference } }, sort: 'createdAt', limit: 50, depth: 0, overrideAccess: true }).then((r) => r.docs),
      ])
    : [null, []]
  const unpaidOrder = tickets.some((t) => t.state === 'attente_paiement') || bookings.some((b) => b.state === 'attente_paiement')
  const payBefore = unpaidOrder ? new Date(Date.parse(submission.createdAt) + PAYMENT_WINDOW_MINUTES * 60_000) : null
  return (
    <>
      {confirmation ? (
        <div className="confirmation" role="status">
          <h1>Votre demande a bien été envoyée</h1>
          <p className="confirmation__reference">
            Référence : <strong>{submission.reference}</strong>
          </p>
          {form?.confirmationText ? <p className="pre-line">{form.confirmationText}</p> : null}
        </div>
      ) : (
        <h1>Suivi de votre demande {submission.reference}</h1>
      )}
      <section aria-labelledby="suivi-lien">
        <h2 id="suivi-lien">Votre lien de suivi</h2>
        <p>
          Conservez cette adresse : elle vous permet de suivre votre demande sans compte. Ne la communiquez pas.
        </p>
        <p className="follow-up-link">
          <a href={followUpLinks.page(token)}>{followUpLinks.url(token)}</a>
        </p>
        {submission.requesterEmail ? <p>Un courriel de confirmation a été envoyé à {submission.requesterEmail}.</p> : null}
      </section>
      <section aria-labelledby="suivi-etat">
        <h2 id="suivi-etat">État</h2>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>Démarche</dt>
            <dd>{version.title}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Déposée le</dt>
            <dd>{dateFr(submission.createdAt)}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Statut</dt>
            <dd>
              <strong>{statusLabel(submission.status)}</strong>
            </dd>
          </div>
          {submission.completeAt ? (
            <div className="summary-list__row">
              <dt>Dossier complet le</dt>
              <dd>{formatDateFr(submission.completeAt)}</dd>
            </div>
          ) : null}
          {!closed && decision.rule !== 'sans_objet' ? (
            <div className="summary-list__row">
              <dt>{decision.dueDate ? 'Réponse due le' : 'Délai de réponse'}</dt>
              <dd>
                {decision.dueDate ? <strong>{dateNumericFr(decision.dueDate)}</strong> : null}
                <span className="summary-list__line">{decision.label}</span>
              </dd>
            </div>
          ) : null}
        </dl>
        <p>
          <a href={`/suivi/${encodeURIComponent(token)}/recepisse.pdf`}>Télécharger le récépissé de votre demande (PDF)</a>
        </p>
      </section>
      {history.length ? (
        <section aria-labelledby="suivi-historique">
          <h2 id="suivi-historique">Historique</h2>
          <ol className="timeline">
            <li>
              <time dateTime={submission.createdAt}>{dateFr(submission.createdAt)}</time> — demande reçue
            </li>
            {history.map((h) => (
              <li key={h.id ?? h.at}>
                <time dateTime={h.at ?? undefined}>{h.at ? dateFr(h.at) : ''}</time> — {statusLabel(h.to ?? '')}
                {h.comment ? <p className="timeline__comment">{h.comment}</p> : null}
                {h.pieces ? <PiecesRequested pieces={h.pieces} dueAt={h.piecesDueAt} /> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="echanges" id="echanges-section">
        <h2 id="echanges">Échanges avec le service</h2>
        {message === 'envoye' ? (
          <p className="notice" role="status">
            Votre message a bien été transmis au service.
          </p>
        ) : null}
        {messages.length ? (
          <ol className="messages">
            {messages.map((m) => (
              <li key={m.id ?? m.at} className={`message message--${m.direction}`}>
                <p className="message__meta">
                  {m.direction === 'agent' ? 'Le service' : 'Vous'}, le <time dateTime={m.at ?? undefined}>{m.at ? dateFr(m.at) : ''}</time>
                </p>
                <p className="pre-line">{m.text}</p>
                {(m.files ?? []).filter((f): f is SubmissionFile => typeof f === 'object').map((f) => (
                  <p key={f.id} className="muted">
                    Document joint : {f.originalName ?? f.filename} ({formatFileSize(f.filesize)})
                  </p>
                ))}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">Aucun échange pour le moment.</p>
        )}
        {closed ? (
          <p>Cette demande est close. Pour une nouvelle question, utilisez le formulaire de contact de la mairie.</p>
        ) : (
          <form method="post" action={followUpLinks.message(token)} encType="multipart/form-data" noValidate className="citizen-form" id="repondre" aria-labelledby="repondre-titre">
            <h3 id="repondre-titre">Écrire au service</h3>
            <ErrorSummary errors={Object.fromEntries(Object.entries(replyErrors).map(([k, v]) => [k === 'message' ? 'message' : 'pieces', v]))} />
            <div className="honeypot" aria-hidden="true">
              <label htmlFor={HONEYPOT_NAME}>Ne pas remplir ce champ</label>
              <input type="text" id={HONEYPOT_NAME} name={HONEYPOT_NAME} tabIndex={-1} autoComplete="off" />
            </div>
            <FieldShell field={{ blockType: 'textarea', label: 'Votre message', required: true }} id={inputId('message')} error={replyErrors.message}>
              <textarea
                id={inputId('message')}
                name="message"
                rows={6}
                maxLength={MESSAGE_MAX_LENGTH}
                defaultValue={draft?.text ?? ''}
                aria-required="true"
                aria-invalid={replyErrors.message ? true : undefined}
                aria-describedby={replyErrors.message ? `${inputId('message')}-erreur` : undefined}
              />
            </FieldShell>
            <FieldShell
              field={{ blockType: 'file', label: 'Documents à joindre', hint: 'PDF, JPEG ou PNG, 10 Mo au plus par fichier, 5 fichiers au plus.' }}
              id={inputId('pieces')}
              error={replyErrors.pieces}
            >
              <input
                type="file"
                id={inputId('pieces')}
                name="pieces"
                multiple
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                aria-invalid={replyErrors.pieces ? true : undefined}
                aria-describedby={[`${inputId('pieces')}-aide`, replyErrors.pieces ? `${inputId('pieces')}-erreur` : ''].filter(Boolean).join(' ')}
              />
            </FieldShell>
            <button type="submit">Envoyer mon message</button>
          </form>
        )}
      </section>

      <BookingSummary bookings={bookings} paidOnline={online} />
      <TicketSummary tickets={tickets} pdfHref={`/suivi/${encodeURIComponent(token)}/billets.pdf`} paidOnline={online} />
      {due ? <PaymentSummary token={token} due={due} payments={payments} notice={paiement} payBefore={payBefore} /> : null}
      <WaitingSummary entries={waiting} />
      <CancelForms token={token} bookings={bookings} tickets={tickets} waiting={waiting} cancelled={annulation === 'ok'} />

      <section aria-labelledby="suivi-reponses">
        <h2 id="suivi-reponses">Vos réponses</h2>
        <dl className="summary-list">
          {lines.map((line) => (
            <div key={line.name} className="summary-list__row">
              <dt>{line.label}</dt>
              <dd>{line.lines.map((text, i) => <span key={i} className="summary-list__line">{text}</span>)}</dd>
            </div>
          ))}
        </dl>
        {files.length ? (
          <>
            <h3>Pièces jointes</h3>
            <ul>
              {files.map((f) => (
                <li key={f.id}>
                  {f.originalName ?? f.filename} ({formatFileSize(f.filesize)})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  )
}
