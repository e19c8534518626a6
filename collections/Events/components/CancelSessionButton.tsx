'use client'
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Props = { eventId: number | string; sessionId: string; when: string; sold: number }

/**
 * "Annuler la séance…": asks for a confirmation in the page (what will happen, in words), then
 * calls the show's cancel endpoint and reloads the report.
 */
export function CancelSessionButton({ eventId, sessionId, when, sold }: Props) {
  const router = useRouter()
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle')
  const [message, setMessage] = useState('')

  const cancel = async () => {
    setStep('busy')
    const res = await fetch(`/api/events/${encodeURIComponent(String(eventId))}/seances/${encodeURIComponent(sessionId)}/annuler`, { method: 'POST', credentials: 'include' }).catch(() => null)
    const body = (await res?.json().catch(() => null)) as { message?: string; errors?: Array<{ message: string }> } | null
    setMessage(res?.ok ? (body?.message ?? 'Séance annulée.') : (body?.errors?.[0]?.message ?? 'L’annulation a échoué : réessayez.'))
    setStep('idle')
    if (res?.ok) router.refresh()
  }

  return (
    <div>
      {step === 'confirm' || step === 'busy' ? (
        <div role="group" aria-label={`Confirmer l’annulation de la séance du ${when}`} style={{ border: '1px solid var(--theme-error-500)', borderRadius: 'var(--style-radius-s, 4px)', padding: '0.75rem 1rem' }}>
          <p style={{ marginTop: 0 }}>
            Annuler la séance du {when} ? Elle ne sera plus vendue, {sold > 1 ? `ses ${sold} billets seront annulés` : sold === 1 ? 'son billet sera annulé' : 'aucun billet n’est vendu'} et chaque acheteur sera prévenu par courriel. Cette action est définitive.
          </p>
          <Button buttonStyle="primary" onClick={cancel} disabled={step === 'busy'}>
            {step === 'busy' ? 'Annulation en cours…' : 'Oui, annuler la séance'}
          </Button>{' '}
          <Button buttonStyle="secondary" onClick={() => setStep('idle')} disabled={step === 'busy'}>
            Non, garder la séance
          </Button>
        </div>
      ) : (
        <Button buttonStyle="secondary" onClick={() => setStep('confirm')}>
          Annuler la séance…
        </Button>
      )}
      <p role="status">{message}</p>
    </div>
  )
}
