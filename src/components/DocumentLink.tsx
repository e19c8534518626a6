import type { Document } from '../payload-types'
import { formatFileSize } from '../lib/formatFileSize'
import { plural } from '../lib/plural'

/** Download link naming format, size and pages, as RGAA 13.3 asks for files. */
export function DocumentLink({ doc }: { doc: Document }) {
  const details = ['PDF', formatFileSize(doc.filesize), doc.pageCount ? plural(doc.pageCount, 'page', 'pages') : null]
    .filter(Boolean)
    .join(', ')
  return (
    <>
      <a href={doc.url ?? '#'} download className="document-link">
        {doc.title} <span className="document-link__meta">({details})</span>
      </a>
      {doc.description ? <p className="document-link__description">{doc.description}</p> : null}
    </>
  )
}
