import { dateNumericFr } from '@/lib/dateTimeNumericFr'

/** A request for a complement on the citizen's follow-up page (CRPA L114-5): what to send, and by when. */
export function PiecesRequested({ pieces, dueAt }: { pieces: string; dueAt?: string | null }) {
  return (
    <div className="timeline__comment">
      <p>Pièces ou informations à transmettre{dueAt ? ` avant le ${dateNumericFr(dueAt)}` : ''}, par le formulaire « Échanges avec le service » ci-dessous :</p>
      <ul>
        {pieces.split('\n').map((piece, index) => (
          <li key={index}>{piece}</li>
        ))}
      </ul>
    </div>
  )
}
