import { instantFr } from '@/lib/instantFr'
import type { WaitingList } from '@/payload-types'
import { sessionFr } from '@/ticketing/describe'

/** Where the citizen stands on a waiting list, on the request's follow-up page. */
function standing(entry: WaitingList & { rank: number | null }): string {
  switch (entry.state) {
    case 'attente':
      return entry.rank === 1 ? 'vous êtes le premier ou la première sur la liste d’attente.' : `vous êtes n° ${entry.rank} sur la liste d’attente.`
    case 'invitee':
      return `des places vous sont gardées jusqu’au ${instantFr(entry.offerExpiresAt!)} : le lien pour les réserver vous a été envoyé par courriel.`
    case 'utilisee':
      return 'vous avez réservé les places proposées.'
    case 'expiree':
      return 'les places proposées n’ont pas été réservées à temps ; elles sont passées à la personne suivante.'
    default:
      return 'vous vous êtes retiré(e) de la liste d’attente.'
  }
}

export function WaitingSummary({ entries }: { entries: Array<WaitingList & { rank: number | null }> }) {
  if (!entries.length) return null
  return (
    <section aria-labelledby="suivi-attente">
      <h2 id="suivi-attente">Liste d’attente</h2>
      <ul className="booking-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.eventTitle}</strong> — {sessionFr(entry.sessionStartsAt)} — {entry.places} place{entry.places > 1 ? 's' : ''} : {standing(entry)}
          </li>
        ))}
      </ul>
    </section>
  )
}
