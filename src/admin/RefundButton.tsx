'use client'
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

type Props = { paymentId: number | string; amount: string; reference: string; apiRoute: string }

/**
 * "Enregistrer un remboursement…": asks for the reason and a confirmation in the page (what will
 * happen, in words), then calls the payment's refund endpoint and reloads the view.
 */
export function RefundButton({ paymentId, amount, reference, apiRoute }: Props) {
  const router = useRouter()
  const reasonId = useId()
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle')
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState('')

  const record = async () => {
    if (!reason.trim()) {
      setMessage('Indiquez le motif du remboursement.')
      return
    }
    setStep('busy')
    const res = await fetch(`${apiRoute}/payments/${encodeURIComponent(String(paymentId))}/remboursement`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ motif: reason }),
    }).catch(() => null)
    const body = (await res?.json().catch(() => null)) as { message?: string; errors?: Array<{ message: string }> } | null
    setMessage(res?.ok ? (body?.message ?? 'Remboursement enregistré.') : (body?.errors?.[0]?.message ?? 'L’enregistrement a échoué : réessayez.'))
    setStep(res?.ok ? 'idle' : 'confirm')
    if (res?.ok) router.refresh()
  }

  return (
    <div>
      {step === 'idle' ? (
        <Button buttonStyle="secondary" onClick={() => setStep('confirm')}>
          Enregistrer un remboursement…
        </Button>
      ) : (
        <div role="group" aria-label="Confirmer le remboursement" style={{ border: '1px solid var(--theme-warning-500)', borderRadius: 'var(--style-radius-s, 4px)', padding: '0.75rem 1rem' }}>
          <p style={{ marginTop: 0 }}>
            Enregistrer le remboursement de {amount} (demande {reference}) ? Le portail ne rembourse pas lui-même : la somme est reversée par la régie. Les billets et réservations non utilisés de la
            demande seront annulés (places remises en vente) et le payeur prévenu par courriel. Cette action est définitive.
          </p>
          <div className="field-type">
            <label className="field-label" htmlFor={reasonId}>
              Motif (obligatoire)
            </label>
            <textarea id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={400} required aria-required="true" style={{ width: '100%' }} />
          </div>
          <Button buttonStyle="primary" onClick={record} disabled={step === 'busy'}>
            {step === 'busy' ? 'Enregistrement…' : 'Oui, enregistrer le remboursement'}
          </Button>{' '}
          <Button buttonStyle="secondary" onClick={() => setStep('idle')} disabled={step === 'busy'}>
            Annuler
          </Button>
        </div>
      )}
      <p role="status">{message}</p>
    </div>
  )
}
