'use client'

import { useEffect, useState } from 'react'

/** Minutes left, rounded up ("encore 12 min"), or null once the hold lapsed. */
export function minutesLeft(until: number, now: number): number | null {
  const ms = until - now
  return ms > 0 ? Math.ceil(ms / 60_000) : null
}

// Announced to screen readers at these marks only: a live region ticking every minute would drown the form.
const ANNOUNCED = new Set([5, 1])

/**
 * Progressive enhancement of a hold's notice ("retenu pour vous jusqu'à 14 h 47"): the minutes
 * left, updated as they pass, said aloud at 5 and 1 minute and when the hold lapses. Without
 * JavaScript the notice's time of day says the same.
 */
export function HoldCountdown({ until }: { until: string }) {
  const end = Date.parse(until)
  const [now, setNow] = useState<number | null>(null)
  useEffect(() => {
    setNow(Date.now())
    const timer = window.setInterval(() => setNow(Date.now()), 15_000)
    return () => window.clearInterval(timer)
  }, [])
  const left = now === null ? undefined : minutesLeft(end, now)
  const announcement = left === null ? 'Le délai de réservation est passé : continuez, nous vérifierons si les places sont encore libres.' : left && ANNOUNCED.has(left) ? `Plus que ${left} minute${left > 1 ? 's' : ''} pour envoyer votre demande.` : ''
  return (
    <span data-island="" className="hold-countdown">
      {left ? ` (encore ${left} min)` : left === null ? ' (délai passé)' : null}
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </span>
  )
}
