'use client'

import { useId, useRef, useState } from 'react'

import { postAction } from './postAction'

/**
 * The reply to the citizen (added to their follow-up page and sent by e-mail) and the internal
 * note. Plain buttons, no <form>: they sit inside Payload's document form and must not save it.
 */
export function MessageBoxes({ requestId, apiRoute, hasEmail }: { requestId: number | string; apiRoute: string; hasEmail: boolean }) {
  return (
    <div className="ws-boxes">
      <Box
        kind="reply"
        title="Répondre à l’usager"
        hint={hasEmail ? 'Ajouté au suivi de la demande et envoyé par courriel à l’usager.' : 'Ajouté au suivi de la demande (l’usager n’a pas donné d’adresse électronique).'}
        button="Envoyer la réponse"
        requestId={requestId}
        apiRoute={apiRoute}
      />
      <Box kind="note" title="Note interne" hint="Jamais montrée à l’usager." button="Ajouter la note" requestId={requestId} apiRoute={apiRoute} />
    </div>
  )
}

function Box({ kind, title, hint, button, requestId, apiRoute }: { kind: 'reply' | 'note'; title: string; hint: string; button: string; requestId: number | string; apiRoute: string }) {
  const uid = useId()
  const text = useRef<HTMLTextAreaElement>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function send() {
    setBusy(true)
    setError(null)
    const problem = await postAction(apiRoute, requestId, { action: kind, text: text.current?.value ?? '' })
    if (problem) {
      setBusy(false)
      setError(problem)
      text.current?.focus()
      return
    }
    window.location.reload()
  }
  return (
    <div className="ws-box" role="group" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{title}</h3>
      <div className="ws-field">
        <label htmlFor={`${uid}-text`}>{kind === 'reply' ? 'Message à l’usager' : 'Texte de la note'}</label>
        <textarea id={`${uid}-text`} ref={text} rows={4} aria-describedby={`${uid}-hint${error ? ` ${uid}-error` : ''}`} aria-invalid={error ? true : undefined} />
        <p id={`${uid}-hint`} className="ws-hint">
          {hint}
        </p>
        {error ? (
          <p id={`${uid}-error`} role="alert" className="ws-error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="button" className="btn btn--style-primary btn--size-medium" disabled={busy} onClick={send}>
        {busy ? 'Envoi…' : button}
      </button>
    </div>
  )
}
