import { instantFr } from '@/lib/instantFr'
import type { WaitingList } from '@/payload-types'
import { waitingEntryFr } from '@/ticketing/waitingStates'

/** Where the citizen stands on a waiting list, on the request's follow-up page. */
function standing(entry: WaitingList & { rank: number | null }): string {
  switch (entry.state) {
    case 'attente':
      return entry.rank === 1 ? 'vous êtes le premier ou la première sur la liste d’attente.' : `vous êtes n° ${entry.rank} sur la liste d’attente.`
    case 'invitee':
      return `${entry.resource ? 'ce créneau vous est gardé' : 'des places vous sont gardées'} jusqu’au ${instantFr(entry.offerExpiresAt!)} : le lien pour ${entry.resource ? 'le' : 'les'} réserver vous a été envoyé par courriel.`
    case 'utilisee':
      return entry.resource ? 'vous avez réservé le créneau proposé.' : 'vous avez réservé les places proposées.'
    case 'expiree':
      return entry.resource ? 'le créneau proposé n’a pas été réservé à temps ; il est passé à la personne suivante.' : 'les places proposées n’ont pas été réservées à temps ; elles sont passées à la personne suivante.'
    default:
      return 'vous vous êtes retiré(e) de la liste d’attente.'
  }
}

/** " — 2 places" for a show, " — quantité 40" for equipment, nothing for a room. */
const wanted = (entry: WaitingList): string =>
  entry.resource ? (entry.places > 1 ? ` — quantité ${entry.places}` : '') : ` — ${entry.places} place${entry.places > 1 ? 's' : ''}`

export function WaitingSummary({ entries }: { entries: Array<WaitingList & { rank: number | null }> }) {
  if (!entries.length) return null
  return (
    <section aria-labelledby="suivi-attente">
      <h2 id="suivi-attente">Liste d’attente</h2>
      <ul className="booking-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{waitingEntryFr(entry)}</strong>
            {wanted(entry)} : {standing(entry)}
          </li>
        ))}
      </ul>
    </section>
  )
}
