import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { FormDefinition } from '@/forms/engine'
import { answerLines } from '@/forms/summary'
import { formatFileSize } from '@/lib/formatFileSize'
import type { SubmissionFile } from '@/payload-types'
import { findByFollowUpToken } from '@/submissions/followUp'
import { followUpUrl } from '@/submissions/notify'
import { statusLabel } from '@/submissions/statuses'
import { sitePayload } from '@/site/payload'

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<{ confirmation?: string }>
}

// The address is a secret: keep it out of search engines and of Referer headers.
export const metadata: Metadata = { title: 'Suivi de votre demande', robots: { index: false, follow: false }, referrer: 'no-referrer' }

const dateFr = (iso: string) =>
  new Date(iso).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' })

export default async function FollowUpPage({ params, searchParams }: Props) {
  const { token } = await params
  const { confirmation } = await searchParams
  const submission = await findByFollowUpToken(await sitePayload(), token)
  if (!submission) notFound()
  const version = submission.formVersion as unknown as { title: string } & FormDefinition
  const lines = answerLines(version, (submission.answers ?? {}) as Record<string, unknown>)
  const files = (submission.files ?? []).filter((f): f is SubmissionFile => typeof f === 'object')
  const form = typeof submission.form === 'object' ? submission.form : null
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
          <a href={`/suivi/${token}`}>{followUpUrl(token)}</a>
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
        </dl>
      </section>
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
