'use client'

import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import type { RequestAction } from '../../../src/submissions/actions'
import { postAction } from './postAction'

export type ActionChoice = RequestAction & { emailSubject: string | null; emailBody: string | null }

interface Props {
  requestId: number | string
  apiRoute: string
  actions: ActionChoice[]
  defaultPiecesDueBy: string
  minPiecesDueBy: string
  completeDueDate: string
  printHref: string
}

/**
 * One button per decision the workflow allows; each opens a short modal form (native <dialog>:
 * focus kept inside, Escape closes, focus back on the button). The dialog is outside Payload's
 * document form (a portal) and its submit stops there, so it never saves the document. After an
 * action the page reloads: the document form shows what the server now holds.
 */
export function ActionPanel(props: Props) {
  const [open, setOpen] = useState<ActionChoice | null>(null)
  const opener = useRef<HTMLButtonElement | null>(null)
  return (
    <>
      <div className="ws-actions" role="group" aria-label="Décisions possibles">
        {props.actions.map((action) => (
          <button
            key={action.id}
            type="button"
            className={`btn btn--size-medium ${action.id === 'refuse' || action.id === 'close' ? 'btn--style-secondary' : 'btn--style-primary'}`}
            onClick={(event) => {
              opener.current = event.currentTarget
              setOpen(action)
            }}
          >
            {action.label}
          </button>
        ))}
        <a className="btn btn--style-secondary btn--size-medium" href={props.printHref} target="_blank" rel="noopener">
          Version imprimable (nouvel onglet)
        </a>
      </div>
      {open ? (
        <ActionDialog
          {...props}
          action={open}
          onClose={() => {
            setOpen(null)
            // Once the modal dialog is closed (the commit above): the page is no longer inert.
            requestAnimationFrame(() => opener.current?.focus())
          }}
        />
      ) : null}
    </>
  )
}

function ActionDialog({ action, requestId, apiRoute, defaultPiecesDueBy, minPiecesDueBy, completeDueDate, onClose }: Props & { action: ActionChoice; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const errorBox = useRef<HTMLParagraphElement>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const uid = useId()
  const ids = { title: `${uid}-title`, comment: `${uid}-comment`, pieces: `${uid}-pieces`, date: `${uid}-date`, email: `${uid}-email`, hint: `${uid}-hint` }

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    element.showModal()
    return () => element.close()
  }, [])
  useEffect(() => {
    if (error) errorBox.current?.focus()
  }, [error])

  async function submit(event: FormEvent<HTMLFormElement>) {
    // Never let the submit reach Payload's document form (React events bubble through portals).
    event.preventDefault()
    event.stopPropagation()
    const form = new FormData(event.currentTarget)
    const field = (name: string) => (form.get(name) as string | null) ?? undefined
    setBusy(true)
    setError(null)
    const problem = await postAction(apiRoute, requestId, {
      action: action.id,
      comment: field('comment'),
      emailBody: field('emailBody'),
      pieces: field('pieces'),
      piecesDueBy: field('piecesDueBy'),
    })
    if (problem) {
      setBusy(false)
      setError(problem)
      return
    }
    window.location.reload()
  }

  const commentLabel = action.asks === 'reason' ? 'Motif du refus (obligatoire, communiqué à l’usager)' : 'Commentaire pour l’usager (facultatif)'
  return createPortal(
    <dialog
      ref={dialog}
      className="ws-dialog"
      aria-labelledby={ids.title}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <form onSubmit={submit} noValidate={false}>
        <h2 id={ids.title}>{action.label}</h2>
        {error ? (
          <p ref={errorBox} tabIndex={-1} role="alert" className="ws-error">
            {error}
          </p>
        ) : null}
        {action.asks === 'nothing' ? (
          <p>
            Le délai légal de réponse court à partir d’aujourd’hui : réponse due le <strong>{completeDueDate}</strong>. Aucun courriel n’est envoyé à l’usager.
          </p>
        ) : null}
        {action.asks === 'pieces' ? (
          <>
            <div className="ws-field">
              <label htmlFor={ids.pieces}>Pièces ou informations manquantes (une par ligne)</label>
              <textarea id={ids.pieces} name="pieces" required rows={4} autoFocus />
            </div>
            <div className="ws-field">
              <label htmlFor={ids.date}>À transmettre avant le</label>
              <input id={ids.date} name="piecesDueBy" type="date" required min={minPiecesDueBy} defaultValue={defaultPiecesDueBy} />
            </div>
          </>
        ) : null}
        {action.asks === 'reason' || action.asks === 'comment' || action.asks === 'pieces' ? (
          <div className="ws-field">
            <label htmlFor={ids.comment}>{commentLabel}</label>
            <textarea id={ids.comment} name="comment" rows={3} required={action.asks === 'reason'} autoFocus={action.asks !== 'pieces'} />
          </div>
        ) : null}
        {action.emailBody !== null ? (
          <div className="ws-field">
            <label htmlFor={ids.email}>Courriel à l’usager — objet : « {action.emailSubject} »</label>
            <textarea id={ids.email} name="emailBody" rows={8} defaultValue={action.emailBody} aria-describedby={ids.hint} />
            <p id={ids.hint} className="ws-hint">
              {'{{commentaire}}'} sera remplacé par le {action.asks === 'reason' ? 'motif' : 'commentaire'} ci-dessus, {'{{lien}}'} par le lien de suivi personnel de l’usager
              {action.asks === 'pieces' ? ' ; la liste des pièces et la date limite sont ajoutées au courriel' : ''}.
            </p>
          </div>
        ) : action.to ? (
          <p className="ws-hint">Aucun courriel n’est envoyé pour ce statut (réglage « Courriels de suivi »).</p>
        ) : null}
        <div className="ws-dialog__buttons">
          <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
            {busy ? 'Enregistrement…' : `Confirmer : ${action.label}`}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  )
}
