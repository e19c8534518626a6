/** The rules of a file field — formats judged on the bytes, size, count — and their French wording. One set for the upload step, parse and the page. */
import type { BaseFieldConfig } from '../../../src/forms/types'

export type FileKind = 'pdf' | 'jpeg' | 'png' | 'webp'

/** A printed form (imprimé) the citizen downloads, fills and attaches: the document as the form page loads it. */
export interface FileModel {
  title: string
  url?: string | null
  filesize?: number | null
  mimeType?: string | null
}

export interface FileFieldConfig extends BaseFieldConfig {
  accept?: FileKind[] | null
  maxSizeMb?: number | null
  maxFiles?: number | null
  /** An id until populated: the form is read at depth 1, so the page gets the document. */
  model?: number | string | FileModel | null
}

/**
 * The field's model document, when the form was read with it populated and it has a file; its
 * address as a path of the site (Payload writes it absolute, from the public address).
 */
export function fileModel(field: FileFieldConfig): (FileModel & { url: string }) | null {
  const model = field.model
  if (!model || typeof model !== 'object' || typeof model.url !== 'string' || !model.url) return null
  const url = new URL(model.url, 'http://localhost')
  return { ...model, url: url.pathname + url.search }
}

export const FILE_KINDS: Record<FileKind, { label: string; mimeType: string; extensions: string[] }> = {
  pdf: { label: 'PDF', mimeType: 'application/pdf', extensions: ['.pdf'] },
  jpeg: { label: 'JPEG', mimeType: 'image/jpeg', extensions: ['.jpg', '.jpeg'] },
  png: { label: 'PNG', mimeType: 'image/png', extensions: ['.png'] },
  webp: { label: 'WebP', mimeType: 'image/webp', extensions: ['.webp'] },
}

export const DEFAULT_MAX_SIZE_MB = 10
export const DEFAULT_MAX_FILES = 1
// Decimal megabytes, like formatFileSize: the limit and the sizes shown use the same "Mo".
const MB = 1_000_000

export interface FileRules {
  kinds: FileKind[]
  /** Accepted MIME types */
  accept: string[]
  /** Accepted file name extensions, with their dot */
  extensions: string[]
  maxBytes: number
  maxFiles: number
}

/** The upload rules of a field. Pure. */
export function fileRules(field: FileFieldConfig): FileRules {
  const chosen = (field.accept ?? []).filter((k): k is FileKind => k in FILE_KINDS)
  const kinds = chosen.length ? chosen : (Object.keys(FILE_KINDS) as FileKind[])
  const maxSizeMb = field.maxSizeMb && field.maxSizeMb > 0 ? field.maxSizeMb : DEFAULT_MAX_SIZE_MB
  const maxFiles = field.maxFiles && field.maxFiles >= 1 ? Math.floor(field.maxFiles) : DEFAULT_MAX_FILES
  return {
    kinds,
    accept: kinds.map((k) => FILE_KINDS[k].mimeType),
    extensions: kinds.flatMap((k) => FILE_KINDS[k].extensions),
    maxBytes: Math.round(maxSizeMb * MB),
    maxFiles,
  }
}

/** "PDF, JPEG" */
export const acceptedFormats = (rules: FileRules): string => rules.kinds.map((k) => FILE_KINDS[k].label).join(', ')

/** When more files are sent than the field takes. */
export const tooManyFilesMessage = (rules: FileRules): string =>
  rules.maxFiles === 1 ? 'Joignez un seul fichier.' : `Joignez ${rules.maxFiles} fichiers au maximum.`

const formatMb = (mb: number) => String(mb).replace('.', ',')

/** "Formats acceptés : PDF, JPEG. Taille maximale : 10 Mo par fichier." */
export function rulesText(field: FileFieldConfig): string {
  const rules = fileRules(field)
  const maxSizeMb = field.maxSizeMb && field.maxSizeMb > 0 ? field.maxSizeMb : DEFAULT_MAX_SIZE_MB
  const count = rules.maxFiles > 1 ? ` ${rules.maxFiles} fichiers au maximum.` : ''
  return `Formats acceptés : ${acceptedFormats(rules)}. Taille maximale : ${formatMb(maxSizeMb)} Mo par fichier.${count}`
}
