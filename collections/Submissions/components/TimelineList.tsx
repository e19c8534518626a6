import { dateNumericFr, dateTimeNumericFr } from '../../../src/lib/dateTimeNumericFr'
import type { TimelineEntry } from '../../../src/submissions/timeline'
import { FileList } from './FileList'
import { StatusBadge } from './StatusBadge'

/** A request's story, oldest first: who, when (Paris time), what — shared by the request page and its print view. */
export function TimelineList({ entries, apiRoute, thumbnails = true }: { entries: TimelineEntry[]; apiRoute: string; thumbnails?: boolean }) {
  return (
    <ol className="ws-timeline" aria-label="Historique de la demande, du plus ancien au plus récent">
      {entries.map((e, index) => (
        <li key={index} className={`ws-entry ws-entry--${e.kind}${e.direction ? ` ws-entry--${e.direction}` : ''}`}>
          <p className="ws-entry__head">
            <span className="ws-entry__title">{e.kind === 'status' && e.toStatus ? <>Statut : {e.from} → <StatusBadge status={e.toStatus} /></> : e.title}</span>
            <span className="ws-entry__meta">
              {dateTimeNumericFr(e.at)} — {e.who}
            </span>
          </p>
          {e.kind === 'email' ? (
            <p className="ws-entry__text">
              À : {e.emailTo} — Objet : « {e.text} »{e.failed ? <strong className="ws-late"> — échec de l’envoi</strong> : null}
            </p>
          ) : e.text ? (
            <p className="ws-entry__text">
              {e.kind === 'status' && e.toStatus === 'refusee' ? 'Motif : ' : null}
              {e.text}
            </p>
          ) : null}
          {e.pieces?.length ? (
            <>
              <p className="ws-entry__text">Pièces demandées, à transmettre avant le {dateNumericFr(e.piecesDueAt)} :</p>
              <ul>
                {e.pieces.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </>
          ) : null}
          {e.files?.length ? <FileList files={e.files} apiRoute={apiRoute} thumbnails={thumbnails} /> : null}
        </li>
      ))}
    </ol>
  )
}
