'use client'

import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react'

import { type DoorVerdict, spokenVerdict } from './doorVerdict'
import { postScan } from './postScan'
import { signalVerdict } from './verdictSignal'

/** Sends a code for judgement and shows the verdict; resolves true once a verdict is shown. */
export type CheckCode = (code: string) => Promise<boolean>

const CheckCodeContext = createContext<CheckCode | null>(null)

/** For the door's form enhancements (the camera): how to have a code judged without leaving the page. */
export const useCheckCode = () => useContext(CheckCodeContext)

interface Shown {
  verdict: DoorVerdict
  /** 0: the verdict the server rendered with the page; then one more per verdict received here. */
  count: number
}

/**
 * The door's verdict, above its form (`children`). The server renders the last one with the page
 * (the only way without JavaScript); with JavaScript, a code sent through `useCheckCode` is judged
 * by the same route without leaving the page, and its verdict replaces the shown one, stays until
 * the next, and is announced once by a live region — even when it reads like the one before.
 */
export function DoorVerdicts({ last, children }: { last: DoorVerdict | null; children: ReactNode }) {
  const desk = useRef<HTMLDivElement>(null)
  const [shown, setShown] = useState<Shown | null>(last ? { verdict: last, count: 0 } : null)
  const [problem, setProblem] = useState('')

  const check = useCallback<CheckCode>(async (code) => {
    const form = desk.current?.querySelector('form')
    if (!form) return false
    const outcome = await postScan(form, code)
    if (outcome.kind === 'signed-out') {
      // Nothing was judged: the form sent for real brings the server's page (log in again).
      const input = form.elements.namedItem('code')
      if (input instanceof HTMLInputElement) input.value = code
      form.submit()
      return false
    }
    if (outcome.kind === 'failed') {
      setProblem('Le billet n’a pas pu être contrôlé (pas de réponse du serveur) : vérifiez la connexion, puis présentez-le de nouveau ou saisissez son code.')
      return false
    }
    const { scan, ...verdict } = outcome.answer
    setProblem('')
    setShown((previous) => ({ verdict, count: (previous?.count ?? 0) + 1 }))
    signalVerdict(verdict.accepted)
    // The address says what the page shows, as after a scan without JavaScript: a reload keeps it.
    const fields = new FormData(form)
    const place = new URLSearchParams({ seance: String(fields.get('seance') ?? ''), porte: String(fields.get('porte') ?? ''), scan })
    window.history.replaceState(null, '', `${window.location.pathname}?${place}`)
    return true
  }, [])

  const fresh = shown !== null && shown.count > 0
  return (
    <div ref={desk} className="door-desk" data-island="">
      {shown ? (
        // A new element for each verdict: its arrival shows even when the text is the same.
        <div key={shown.count} className={`door-verdict door-verdict--${shown.verdict.accepted ? 'ok' : 'refused'}${fresh ? ' door-verdict--fresh' : ''}`} role={fresh ? undefined : 'status'} tabIndex={-1}>
          <p className="door-verdict__title">
            <span aria-hidden="true">{shown.verdict.accepted ? '✓' : '✗'}</span> {shown.verdict.verdict}
          </p>
          {shown.verdict.detail ? <p>{shown.verdict.detail}</p> : null}
        </div>
      ) : null}
      {/* Present from the start (a live region must exist before it changes); a new span per verdict is announced once. */}
      <p className="visually-hidden" role="status" aria-atomic="true" data-door-announcer="">
        {fresh ? <span key={shown.count}>{spokenVerdict(shown.verdict)}</span> : null}
      </p>
      <p role="alert" className="door-camera__message door-camera__message--problem">
        {problem}
      </p>
      <CheckCodeContext value={check}>{children}</CheckCodeContext>
    </div>
  )
}
