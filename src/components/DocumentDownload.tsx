import type { Document } from '../payload-types'
import { documentMeta } from '../lib/documentMeta'

/** "Télécharger (PDF, 245 Ko, 2 pages)", naming the imprimé for screen readers so each link is unique. */
export function DocumentDownload({ doc }: { doc: Document }) {
  return (
    <a href={doc.url ?? '#'} download className="button button--secondary document-download">
      Télécharger<span className="visually-hidden"> « {doc.title} »</span> ({documentMeta(doc)})
    </a>
  )
}
