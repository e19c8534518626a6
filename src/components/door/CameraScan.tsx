'use client'

import { useEffect, useRef, useState } from 'react'

import { useCheckCode } from './DoorVerdicts'
import { type QrDecoder, qrDecoder } from './qrDecoder'
import { codeRead, codeSeen, NO_RECENT_CODES, type RecentCodes } from './repeatedCodes'
import { prepareVerdictSignal } from './verdictSignal'

type Phase = 'off' | 'starting' | 'on'

/** Pause between two decoding attempts: quick enough at the door, light on a phone's battery. */
const SCAN_INTERVAL_MS = 150

const OPEN_MESSAGE = 'Caméra ouverte : présentez les QR codes des billets devant l’appareil, l’un après l’autre.'

/** Why the camera did not open, in French, with the way out (the typed code always works). */
function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'L’accès à la caméra a été refusé. Autorisez-le pour ce site dans les réglages du navigateur, ou saisissez le code du billet.'
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'Aucune caméra n’est disponible sur cet appareil : saisissez le code du billet.'
  if (name === 'NotReadableError') return 'La caméra est occupée par une autre application : fermez-la, ou saisissez le code du billet.'
  return 'La caméra n’a pas pu être ouverte : saisissez le code du billet.'
}

/**
 * Progressive enhancement of the door's form (/controle): reads tickets' QR codes with the phone's
 * rear camera, one after the other, and has each judged by the server (useCheckCode: the same
 * route as a typed code, without leaving the page). The camera stays open between tickets; the
 * ticket just judged is not sent again while it stays in view (repeatedCodes, decision 0073).
 * It closes when the page is hidden and reopens when it comes back. Without JavaScript nothing of
 * it is shown.
 */
export function CameraScan() {
  const check = useCheckCode()
  const anchor = useRef<HTMLDivElement>(null)
  const video = useRef<HTMLVideoElement>(null)
  const startButton = useRef<HTMLButtonElement>(null)
  const stopButton = useRef<HTMLButtonElement>(null)
  const stream = useRef<MediaStream | null>(null)
  const recent = useRef<RecentCodes>(NO_RECENT_CODES)
  /** Closed because the page was hidden (not by staff): reopened when it is shown again. */
  const closedWhileHidden = useRef(false)
  const [mounted, setMounted] = useState(false)
  const [phase, setPhase] = useState<Phase>('off')
  const phaseNow = useRef<Phase>('off')
  const [status, setStatus] = useState('')
  const [problem, setProblem] = useState('')

  const enter = (next: Phase) => {
    phaseNow.current = next
    setPhase(next)
  }

  const release = () => {
    stream.current?.getTracks().forEach((track) => track.stop())
    stream.current = null
    if (video.current) video.current.srcObject = null
  }

  const scan = async (decode: QrDecoder, session: MediaStream) => {
    while (stream.current === session && video.current) {
      const text = (await decode(video.current).catch(() => null))?.trim()
      if (stream.current !== session) return
      if (text && check) {
        const read = codeRead(recent.current, text, performance.now())
        recent.current = read.recent
        if (read.send) {
          await check(text)
          // The ticket was before the lens while the server answered.
          recent.current = codeSeen(recent.current, text, performance.now())
        }
      }
      await new Promise((resolve) => setTimeout(resolve, SCAN_INTERVAL_MS))
    }
  }

  const start = async () => {
    // Not disabled while it opens (a disabled button loses the focus): a second press does nothing.
    if (phaseNow.current !== 'off') return
    closedWhileHidden.current = false
    setProblem('')
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem('Ce navigateur ne donne pas accès à la caméra (il faut une connexion sécurisée, https) : saisissez le code du billet.')
      return
    }
    enter('starting')
    setStatus('Ouverture de la caméra…')
    let session: MediaStream
    try {
      session = await navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: 'environment' } })
    } catch (error) {
      enter('off')
      setStatus('')
      setProblem(cameraProblem(error))
      return
    }
    let decode: QrDecoder
    try {
      decode = await qrDecoder()
      stream.current = session
      video.current!.srcObject = session
      await video.current!.play()
    } catch {
      session.getTracks().forEach((track) => track.stop())
      release()
      enter('off')
      setStatus('')
      setProblem('Le lecteur de QR code n’a pas pu démarrer : saisissez le code du billet.')
      return
    }
    if (document.visibilityState === 'hidden') {
      // Hidden while it opened: closed at once, reopened on return like a running camera.
      release()
      enter('off')
      closedWhileHidden.current = true
      return
    }
    // Another application (or the system) took the camera back.
    session.getVideoTracks()[0]?.addEventListener('ended', () => {
      if (stream.current !== session) return
      release()
      enter('off')
      setStatus('')
      setProblem('La caméra s’est arrêtée : appuyez sur « Scanner avec la caméra » pour la rouvrir, ou saisissez le code du billet.')
    })
    enter('on')
    setStatus(OPEN_MESSAGE)
    void scan(decode, session)
  }

  const stop = () => {
    closedWhileHidden.current = false
    release()
    enter('off')
    setStatus('Caméra arrêtée.')
  }

  // The latest `start` for the listener registered once below.
  const startNow = useRef(start)
  useEffect(() => {
    startNow.current = start
  })

  useEffect(() => {
    setMounted(true)
    // A phone put down or switched to another app frees its camera, and takes it again on return.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden' && stream.current) {
        release()
        enter('off')
        closedWhileHidden.current = true
        setStatus('Caméra arrêtée pendant que la page était cachée.')
      } else if (document.visibilityState === 'visible' && closedWhileHidden.current) {
        void startNow.current()
      }
    }
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      release()
    }
  }, [])

  // While the camera runs, a typed code is judged without leaving the page too (leaving would close it).
  useEffect(() => {
    const form = anchor.current?.closest('form')
    if (phase !== 'on' || !form || !check) return
    const onSubmit = (event: SubmitEvent) => {
      const input = form.elements.namedItem('code')
      if (!(input instanceof HTMLInputElement)) return
      event.preventDefault()
      const code = input.value.trim()
      void check(code).then((judged) => {
        if (judged && input.value.trim() === code) input.value = ''
      })
    }
    form.addEventListener('submit', onSubmit)
    return () => form.removeEventListener('submit', onSubmit)
  }, [phase, check])

  // The button pressed disappears: the focus goes to the one that replaces it.
  const wasOn = useRef(false)
  useEffect(() => {
    if (phase === 'on') {
      stopButton.current?.focus()
      video.current?.scrollIntoView({ block: 'nearest' })
    } else if (phase === 'off' && wasOn.current) startButton.current?.focus()
    wasOn.current = phase === 'on'
  }, [phase])

  // data-island: this page needs its scripts (see withoutUnusedScripts in src/site/pageCache.ts).
  if (!mounted || !check) return <div ref={anchor} className="door-camera" data-island="" />
  return (
    <div ref={anchor} className="door-camera" data-island="">
      {phase === 'on' ? (
        <button ref={stopButton} type="button" className="button--secondary" onClick={stop}>
          Arrêter la caméra
        </button>
      ) : (
        <button
          ref={startButton}
          type="button"
          className="button--secondary"
          onClick={() => {
            prepareVerdictSignal()
            void start()
          }}
        >
          Scanner avec la caméra
        </button>
      )}
      <video ref={video} className="door-camera__video" hidden={phase !== 'on'} muted playsInline aria-label="Image de la caméra arrière" />
      <p role="status" className="door-camera__message">
        {status}
      </p>
      <p role="alert" className="door-camera__message door-camera__message--problem">
        {problem}
      </p>
    </div>
  )
}
