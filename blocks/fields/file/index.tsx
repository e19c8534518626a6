import type { Block, Payload } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { FieldType, StoredFileRef } from '../../../src/forms/types'
import { formatFileSize } from '../../../src/lib/formatFileSize'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'
import { DEFAULT_MAX_FILES, DEFAULT_MAX_SIZE_MB, FILE_KINDS, type FileFieldConfig, type FileKind, fileModel, fileRules, rulesText, tooManyFilesMessage } from './rules'
import { checkAndStore } from './store'

export { FILE_KINDS, type FileFieldConfig, type FileKind, fileModel, fileRules, rulesText } from './rules'

function isStoredFileRef(value: unknown): value is StoredFileRef {
  if (!value || typeof value !== 'object') return false
  const ref = value as Partial<StoredFileRef>
  return (typeof ref.id === 'string' || typeof ref.id === 'number') && typeof ref.filename === 'string'
}

export const storedFiles = (value: unknown): StoredFileRef[] => (Array.isArray(value) ? value.filter(isStoredFileRef) : [])

export const describeFile = (file: StoredFileRef): string => `${file.filename} (${formatFileSize(file.filesize)})`

/** Deletes stored files that no request links to (a file already in a request is never deleted here). */
async function deleteStoredFiles(payload: Payload, files: StoredFileRef[]): Promise<void> {
  if (!files.length) return
  const linked = await payload.find({
    collection: 'submissions',
    where: { files: { in: files.map((f) => f.id) } },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { files: true },
    overrideAccess: true,
  })
  const inRequests = new Set(linked.docs.flatMap((doc) => (doc.files ?? []).map((f) => String(typeof f === 'object' ? f.id : f))))
  const unlinked = files.filter((f) => !inRequests.has(String(f.id))).map((f) => f.id)
  if (!unlinked.length) return
  // One delete by query: files already gone are simply not found (and it needs no findOneAndDelete on MongoDB).
  const { errors } = await payload.delete({ collection: 'submission-files', where: { id: { in: unlinked } }, overrideAccess: true, depth: 0 })
  if (errors.length) throw new Error(`stored files could not be deleted: ${errors.map((e) => e.message).join('; ')}`)
}

export const block: Block = {
  slug: 'file',
  interfaceName: 'FileFieldBlock',
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
    {
      name: 'model',
      type: 'relationship',
      relationTo: 'documents',
      label: 'Modèle à télécharger',
      admin: { description: "Un imprimé de la bibliothèque que l'usager télécharge, remplit puis joint (une attestation à signer…)." },
    },
  ],
}

export const file: FieldType<FileFieldConfig, StoredFileRef[]> = cleanText({
  type: 'file',
  block,
  kind: 'input',
  requiredMessage: (field) => `Joignez un fichier pour « ${field.label} ».`,
  multipart: true,
  /**
   * Checks the files posted for this field by their content and stores them (store.ts); parse
   * then decides which the answer keeps. Files posted under no file field's name are never read.
   */
  async prepare(field, name, ctx) {
    const uploads = ctx.formData.getAll(name).filter((value): value is File => typeof value !== 'string' && value.size > 0)
    if (!uploads.length) return
    const rules = fileRules(field)
    if (uploads.length > rules.maxFiles) {
      ctx.prepared.errors[name] = tooManyFilesMessage(rules)
      return
    }
    const stored: StoredFileRef[] = []
    for (const upload of uploads) {
      const result = await checkAndStore(ctx.payload, upload, rules, { organisationId: ctx.organisationId, fieldName: name, clientIp: ctx.clientIp })
      if ('refused' in result) {
        ctx.prepared.errors[name] = result.refused
        // Nothing of a refused post is kept: the files checked before it go too.
        await deleteStoredFiles(ctx.payload, stored)
        return
      }
      stored.push(result.stored)
    }
    ctx.prepared.values[name] = stored
  },
  parse(field, _input, name, ctx) {
    // On error nothing is shown as attached, but the files accepted earlier stay stored (keep):
    // the citizen sees the message and may send the field again.
    const previous = storedFiles(ctx.previous)
    const keep = previous.length ? previous : undefined
    const fileError = ctx.prepareErrors[name]
    if (fileError) return { ok: false, error: fileError, value: null, keep }
    const files = storedFiles(ctx.prepared[name])
    if (!files.length) return { ok: true, value: previous.length ? previous : null }
    const rules = fileRules(field)
    if (files.length > rules.maxFiles) return { ok: false, error: tooManyFilesMessage(rules), value: null, keep }
    // Judged on the bytes with these rules when stored; checked again so that a value that did
    // not come from prepare cannot slip a file through. (Not the size: images are re-encoded, so
    // the stored size may differ from the uploaded one.)
    const refused = files.find((f) => !rules.accept.includes(f.mimeType))
    if (refused) {
      return { ok: false, error: `Le fichier « ${refused.filename} » n'est pas dans un format accepté. ${rulesText(field)}`, value: null, keep }
    }
    return { ok: true, value: files }
  },
  /** Files the session no longer refers to are deleted now, not left to the abandoned-uploads purge. */
  async release(_field, dropped, kept, ctx) {
    const still = new Set(storedFiles(kept).map((f) => String(f.id)))
    await deleteStoredFiles(
      ctx.payload,
      storedFiles(dropped).filter((f) => !still.has(String(f.id))),
    )
  },
  display: (_field, value) => value.map(describeFile),
  Input: ({ field, name, id, value, error }) => {
    const rules = fileRules(field)
    const attached = storedFiles(value)
    const model = fileModel(field)
    const rulesId = `${id}-formats`
    const modelId = `${id}-modele`
    const attachedId = `${id}-joints`
    const described = [describedBy(id, field, error), model ? modelId : null, rulesId, attached.length ? attachedId : null].filter(Boolean).join(' ')
    return (
      <>
        {model ? (
          <p className="field__hint field__model" id={modelId}>
            <a href={model.url} download>
              Télécharger le modèle : {model.title}
              {model.filesize ? ` (${model.mimeType === 'application/pdf' ? 'PDF, ' : ''}${formatFileSize(model.filesize)})` : ''}
            </a>
            , à remplir puis à joindre ici.
          </p>
        ) : null}
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
