import { formatFileSize } from './formatFileSize'
import { plural } from './plural'

const FORMATS: Record<string, string> = { 'application/pdf': 'PDF' }

/** "PDF, 245 Ko, 2 pages": what a download link must say of its file (RGAA 13.3). */
export function documentMeta(doc: { mimeType?: string | null; filesize?: number | null; pageCount?: number | null }): string {
  const format = (doc.mimeType && FORMATS[doc.mimeType]) || doc.mimeType?.split('/').pop()?.toUpperCase() || 'PDF'
  return [format, formatFileSize(doc.filesize), doc.pageCount ? plural(doc.pageCount, 'page', 'pages') : null].filter(Boolean).join(', ')
}
