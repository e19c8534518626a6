import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType, StoredFileRef } from '../../../src/forms/types'
import { formatFileSize } from '../../../src/lib/formatFileSize'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/**
 * Attachment(s). The engine checks content and stores uploads before parsing (ctx.files,
 * ctx.fileErrors), following fileRules(); parse only decides which references the answer keeps.
 */
export type FileKind = 'pdf' | 'jpeg' | 'png' | 'webp'

export interface FileFieldConfig extends BaseFieldConfig {
  accept?: FileKind[] | null
  maxSizeMb?: number | null
  maxFiles?: number | null
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

/** The upload rules of a field, for the engine's upload step and for parse. Pure. */
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

const formatMb = (mb: number) => String(mb).replace('.', ',')

/** "Formats acceptés : PDF, JPEG. Taille maximale : 10 Mo par fichier." */
export function rulesText(field: FileFieldConfig): string {
  const rules = fileRules(field)
  const maxSizeMb = field.maxSizeMb && field.maxSizeMb > 0 ? field.maxSizeMb : DEFAULT_MAX_SIZE_MB
  const formats = rules.kinds.map((k) => FILE_KINDS[k].label).join(', ')
  const count = rules.maxFiles > 1 ? ` ${rules.maxFiles} fichiers au maximum.` : ''
  return `Formats acceptés : ${formats}. Taille maximale : ${formatMb(maxSizeMb)} Mo par fichier.${count}`
}

function isStoredFileRef(value: unknown): value is StoredFileRef {
  if (!value || typeof value !== 'object') return false
  const ref = value as Partial<StoredFileRef>
  return (typeof ref.id === 'string' || typeof ref.id === 'number') && typeof ref.filename === 'string'
}

export const storedFiles = (value: unknown): StoredFileRef[] => (Array.isArray(value) ? value.filter(isStoredFileRef) : [])

export const describeFile = (file: StoredFileRef): string => `${file.filename} (${formatFileSize(file.filesize)})`

export const block: Block = {
  slug: 'file',
  labels: { singular: 'Pièce jointe', plural: 'Pièces jointes' },
  fields: [
    ...inputBaseFields({ defaultValue: false }),
    {
      name: 'accept',
      type: 'select',
      hasMany: true,
      label: 'Formats acceptés',
      admin: { description: 'Vide : PDF, JPEG, PNG et WebP.' },
      options: (Object.keys(FILE_KINDS) as FileKind[]).map((k) => ({ value: k, label: FILE_KINDS[k].label })),
    },
    {
      type: 'row',
      fields: [
        { name: 'maxSizeMb', type: 'number', label: 'Taille maximale par fichier (Mo)', min: 1, max: 50, defaultValue: DEFAULT_MAX_SIZE_MB },
        { name: 'maxFiles', type: 'number', label: 'Nombre maximum de fichiers', min: 1, max: 20, defaultValue: DEFAULT_MAX_FILES },
      ],
    },
  ],
}

export const file: FieldType<FileFieldConfig, StoredFileRef[]> = cleanText({
  type: 'file',
  block,
  kind: 'input',
  requiredMessage: (field) => `Joignez un fichier pour « ${field.label} ».`,
  multipart: true,
  parse(field, _input, name, ctx) {
    // On error nothing is shown as attached: the step route drops a refused field's answer, so
    // listing earlier files as "déjà joint" would be untrue.
    const fileError = ctx.fileErrors[name]
    if (fileError) return { ok: false, error: fileError, value: null }
    const files = ctx.files[name] ?? []
    if (!files.length) {
      const previous = storedFiles(ctx.previous)
      return { ok: true, value: previous.length ? previous : null }
    }
    const rules = fileRules(field)
    if (files.length > rules.maxFiles) {
      const error = rules.maxFiles === 1 ? 'Joignez un seul fichier.' : `Joignez ${rules.maxFiles} fichiers au maximum.`
      return { ok: false, error, value: null }
    }
    // The upload step judged the type on the bytes with these rules; checked again so a
    // misconfigured upload step cannot slip a file through. (Not the size: images are
    // re-encoded, so the stored size may differ from the uploaded one.)
    const refused = files.find((f) => !rules.accept.includes(f.mimeType))
    if (refused) {
      return { ok: false, error: `Le fichier « ${refused.filename} » n'est pas dans un format accepté. ${rulesText(field)}`, value: null }
    }
    return { ok: true, value: files }
  },
  display: (_field, value) => value.map(describeFile),
  Input: ({ field, name, id, value, error }) => {
    const rules = fileRules(field)
    const attached = storedFiles(value)
    const rulesId = `${id}-formats`
    const attachedId = `${id}-joints`
    const described = [describedBy(id, field, error), rulesId, attached.length ? attachedId : null].filter(Boolean).join(' ')
    return (
      <>
        <p className="field__hint" id={rulesId}>
          {rulesText(field)}
        </p>
        {attached.length ? (
          <div className="field__attached" id={attachedId}>
            <ul>
              {attached.map((f) => (
                <li key={String(f.id)} data-attached={describeFile(f)}>
                  Fichier déjà joint : {describeFile(f)}
                </li>
              ))}
            </ul>
            <p>
              {attached.length > 1
                ? 'Choisir de nouveaux fichiers remplace les fichiers déjà joints.'
                : 'Choisir un nouveau fichier remplace le fichier déjà joint.'}
            </p>
          </div>
        ) : null}
        <input
          type="file"
          id={id}
          name={name}
          accept={[...rules.accept, ...rules.extensions].join(',')}
          multiple={rules.maxFiles > 1 ? true : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          // Files already attached satisfy "required": choosing again is optional.
          aria-required={field.required && !attached.length ? true : undefined}
        />
      </>
    )
  },
})
