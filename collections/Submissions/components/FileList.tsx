import { formatFileSize } from '../../../src/lib/formatFileSize'
import type { TimelineFile } from '../../../src/submissions/timeline'

const previewUrl = (apiRoute: string, id: number | string) => `${apiRoute}/submission-files/${encodeURIComponent(String(id))}/apercu`

/**
 * Files of a request or of a message: images as thumbnails, PDFs opened in the browser's viewer
 * (a new tab), every file downloadable — all through access-checked routes.
 */
export function FileList({ files, apiRoute, thumbnails = true }: { files: TimelineFile[]; apiRoute: string; thumbnails?: boolean }) {
  if (!files.length) return null
  return (
    <ul className="ws-files">
      {files.map((f) => {
        const image = f.mimeType.startsWith('image/')
        return (
          <li key={String(f.id)}>
            {image && thumbnails ? <img src={previewUrl(apiRoute, f.id)} alt={`Aperçu de ${f.name}`} loading="lazy" /> : null}
            <div>
              {f.name} <span className="ws-entry__meta">({f.mimeType === 'application/pdf' ? 'PDF' : f.mimeType.replace('image/', 'image ').toUpperCase()}, {formatFileSize(f.size)})</span>
            </div>
            <div className="ws-files__links ws-no-print">
              <a href={previewUrl(apiRoute, f.id)} target="_blank" rel="noopener">
                Ouvrir<span className="ws-sr-only"> {f.name}</span> (nouvel onglet)
              </a>
              <a href={f.url} download={f.name}>
                Télécharger<span className="ws-sr-only"> {f.name}</span>
              </a>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
