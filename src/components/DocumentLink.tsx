import type { Document } from '../payload-types'
import { documentMeta } from '../lib/documentMeta'

/** Download link naming format, size and pages, as RGAA 13.3 asks for files. */
export function DocumentLink({ doc }: { doc: Document }) {
  return (
    <>
      <a href={doc.url ?? '#'} download className="document-link">
        {doc.title} <span className="document-link__meta">({documentMeta(doc)})</span>
      </a>
      {doc.description ? <p className="document-link__description">{doc.description}</p> : null}
    </>
  )
}
