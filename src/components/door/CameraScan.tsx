'use client'

import { useEffect, useRef, useState } from 'react'

import { type QrDecoder, qrDecoder } from './qrDecoder'

type Phase = 'off' | 'starting' | 'on'

/** Pause between two decoding attempts: quick enough at the door, light on a phone's battery. */
const SCAN_INTERVAL_MS = 150

/** Why the camera did not open, in French, with the way out (the typed code always works). */
function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'L’accès à la caméra a été refusé. Autorisez-le pour ce site dans les réglages du navigateur, ou saisissez le code du billet.'
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'Aucune caméra n’est disponible sur cet appareil : saisissez le code du billet.'
  if (name === 'NotReadableError') return 'La caméra est occupée par une autre application : fermez-la, ou saisissez le code du billet.'
  return 'La caméra n’a pas pu être ouverte : saisissez le code du billet.'
}

/**
 * Progressive enhancement of the door's form (/controle): reads the ticket's QR code with the
 * phone's rear camera, puts the text in "Code du billet" and sends the form as a typed code would
 * be sent — the server alone decides. Without JavaScript nothing of it is shown.
 */
export function CameraScan() {
  const anchor = useRef<HTMLDivElement>(null)
  const video = useRef<HTMLVideoElement>(null)
  const startButton = useRef<HTMLButtonElement>(null)
  const stopButton = useRef<HTMLButtonElement>(null)
  const stream = useRef<MediaStream | null>(null)
  const [mounted, setMounted] = useState(false)
  const [phase, setPhase] = useState<Phase>('off')
  const [status, setStatus] = useState('')
  const [problem, setProblem] = useState('')

  const release = () => {
    stream.current?.getTracks().forEach((track) => track.stop())
    stream.current = null
    if (video.current) video.current.srcObject = null
  }

  useEffect(() => {
    setMounted(true)
    // A phone put down or switched to another app frees its camera.
    const onHidden = () => {
      if (document.visibilityState === 'hidden' && stream.current) {
        release()
        setPhase('off')
        setStatus('Caméra arrêtée.')
      }
    }
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      document.removeEventListener('visibilitychange', onHidden)
      release()
    }
  }, [])

  const send = (text: string) => {
    const form = anchor.current?.closest('form')
    const input = form?.elements.namedItem('code')
    if (!form || !(input instanceof HTMLInputElement)) return
    release()
    setPhase('off')
    input.value = text.trim()
    setStatus('QR code lu : contrôle du billet…')
    form.requestSubmit()
  }

  const scan = async (decode: QrDecoder, session: MediaStream) => {
    while (stream.current === session && video.current) {
      const text = await decode(video.current).catch(() => null)
      if (stream.current !== session) return
      if (text) return send(text)
      await new Promise((resolve) => setTimeout(resolve, SCAN_INTERVAL_MS))
    }
  }

  const start = async () => {
    // Not disabled while it opens (a disabled button loses the focus): a second press does nothing.
    if (phase !== 'off') return
    setProblem('')
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem('Ce navigateur ne donne pas accès à la caméra (il faut une connexion sécurisée, https) : saisissez le code du billet.')
      return
    }
    setPhase('starting')
    setStatus('Ouverture de la caméra…')
    let session: MediaStream
    try {
      session = await navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: 'environment' } })
    } catch (error) {
      setPhase('off')
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
      setPhase('off')
      setStatus('')
      setProblem('Le lecteur de QR code n’a pas pu démarrer : saisissez le code du billet.')
      return
    }
    setPhase('on')
    setStatus('Caméra ouverte : présentez le QR code du billet devant l’appareil.')
    void scan(decode, session)
  }

  const stop = () => {
    release()
    setPhase('off')
    setStatus('Caméra arrêtée.')
  }

  // The button pressed disappears: the focus goes to the one that replaces it.
  const wasOn = useRef(false)
  useEffect(() => {
    if (phase === 'on') stopButton.current?.focus()
    else if (phase === 'off' && wasOn.current) startButton.current?.focus()
    wasOn.current = phase === 'on'
  }, [phase])

  // data-island: this page needs its scripts (see withoutUnusedScripts in src/site/pageCache.ts).
  if (!mounted) return <div ref={anchor} className="door-camera" data-island="" />
  return (
    <div ref={anchor} className="door-camera" data-island="">
      {phase === 'on' ? (
        <button ref={stopButton} type="button" className="button--secondary" onClick={stop}>
          Arrêter la caméra
        </button>
      ) : (
        <button ref={startButton} type="button" className="button--secondary" onClick={start}>
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
