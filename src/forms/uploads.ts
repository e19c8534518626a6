import crypto from 'node:crypto'

import { fileTypeFromBuffer } from 'file-type'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { formatFileSize } from '../lib/formatFileSize'
import { readPdfPageCount } from '../lib/pdf'
import { chargeUploadBudget, uploadBudgetLeft } from './antiAbuse'
import type { BaseFieldConfig, StoredFileRef } from './types'

export interface FileRules {
  /** Accepted MIME types, judged on the bytes */
  accept: string[]
  maxBytes: number
  maxFiles: number
}

/** Images larger than this many pixels are refused before decoding (decompression bombs). */
export const MAX_IMAGE_PIXELS = 40_000_000

const KIND_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
}

const acceptedNames = (accept: string[]) => accept.map((m) => KIND_NAMES[m] ?? m).join(', ')

/** Finds the file field an input name belongs to ("piece", "enfants.0.justificatif"). */
function fieldForInput(fields: BaseFieldConfig[], inputName: string): BaseFieldConfig | null {
  const parts = inputName.split('.')
  let list = fields
  for (let i = 0; i < parts.length; i += 1) {
    const field = list.find((f) => f.name === parts[i])
    if (!field) return null
    if (i === parts.length - 1) return field.blockType === 'file' ? field : null
    if (field.blockType !== 'group') return null
    list = (field.fields as BaseFieldConfig[]) ?? []
    i += 1 // skip the item index
  }
  return null
}

/** Beside the field when the address has stored its hourly budget of files (FORM_UPLOAD_BUDGET_MB). */
export const overBudgetMessage = (name: string) =>
  `Le fichier « ${name} » n'a pas été enregistré : trop de fichiers ont été envoyés depuis votre connexion au cours de la dernière heure. Réessayez dans une heure ou contactez la mairie.`

/**
 * Checks every uploaded file of a post by its content and stores the good ones in the private
 * `submission-files` collection: PDFs must parse; images are decoded with a pixel limit and
 * re-encoded (EXIF orientation applied, all metadata such as GPS dropped). With `clientIp`, the
 * bytes stored are charged to that address's hourly upload budget: over it, nothing is stored.
 */
export async function storeUploadedFiles(
  payload: Payload,
  args: {
    fields: BaseFieldConfig[]
    formData: FormData
    organisationId: number | string
    rulesOf: (field: BaseFieldConfig) => FileRules
    /** The address the per-address upload budget counts (antiAbuse clientIp) */
    clientIp?: string
  },
): Promise<{ files: Record<string, StoredFileRef[]>; fileErrors: Record<string, string> }> {
  const files: Record<string, StoredFileRef[]> = {}
  const fileErrors: Record<string, string> = {}
  const byInput = new Map<string, File[]>()
  for (const [name, value] of args.formData.entries()) {
    if (typeof value === 'string' || value.size === 0) continue
    byInput.set(name, [...(byInput.get(name) ?? []), value])
  }
  for (const [inputName, uploads] of byInput) {
    const field = fieldForInput(args.fields, inputName)
    if (!field) continue // a file sent for no file field of this step: ignored, never stored
    const rules = args.rulesOf(field)
    if (uploads.length > rules.maxFiles) {
      fileErrors[inputName] = rules.maxFiles === 1 ? 'Joignez un seul fichier.' : `Joignez ${rules.maxFiles} fichiers au maximum.`
      continue
    }
    const stored: StoredFileRef[] = []
    for (const upload of uploads) {
      const problem = await checkAndStore(payload, upload, rules, args.organisationId, inputName, stored, args.clientIp)
      if (problem) {
        fileErrors[inputName] = problem
        break
      }
    }
    if (!fileErrors[inputName]) files[inputName] = stored
  }
  return { files, fileErrors }
}

/**
 * Tells whether sharp refused an image because of `limitInputPixels` (and not because it is corrupt),
 * only to word the message: the limit itself is enforced by sharp, before decoding.
 */
async function exceedsPixelLimit(data: Buffer, error: unknown): Promise<boolean> {
  if (error instanceof Error && /exceeds pixel limit/i.test(error.message)) return true
  try {
    const { width = 0, height = 0 } = await sharp(data).metadata() // header only, nothing decoded
    return width * height > MAX_IMAGE_PIXELS
  } catch {
    return false
  }
}

async function checkAndStore(
  payload: Payload,
  upload: File,
  rules: FileRules,
  organisationId: number | string,
  fieldName: string,
  stored: StoredFileRef[],
  clientIp?: string,
): Promise<string | null> {
  const name = upload.name.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'fichier'
  if (upload.size > rules.maxBytes) {
    return `Le fichier « ${name} » pèse ${formatFileSize(upload.size)} : la taille maximale est de ${formatFileSize(rules.maxBytes)}.`
  }
  // Budget spent: refused before any decoding work.
  if (clientIp !== undefined && (await uploadBudgetLeft(clientIp)) <= 0) return overBudgetMessage(name)
  let data: Buffer = Buffer.from(await upload.arrayBuffer())
  const detected = await fileTypeFromBuffer(data)
  const mime = detected?.mime
  if (!mime || !rules.accept.includes(mime)) {
    return `Le fichier « ${name} » n'est pas d'un type accepté (${acceptedNames(rules.accept)}). Son contenu a été vérifié, pas seulement son nom.`
  }
  if (mime === 'application/pdf') {
    if ((await readPdfPageCount(data)) === null) return `Le fichier « ${name} » est un PDF illisible ou endommagé.`
  } else {
    try {
      const image = sharp(data, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).rotate()
      data =
        mime === 'image/png'
          ? await image.png().toBuffer()
          : mime === 'image/webp'
            ? await image.webp({ quality: 85 }).toBuffer()
            : await image.jpeg({ quality: 85, mozjpeg: true }).toBuffer()
    } catch (error) {
      if (await exceedsPixelLimit(data, error)) {
        return `L'image « ${name} » est trop grande (plus de ${MAX_IMAGE_PIXELS / 1_000_000} mégapixels) : réduisez sa définition puis joignez-la de nouveau.`
      }
      return `L'image « ${name} » est illisible ou endommagée.`
    }
  }
  // Charged at the size written to disk (re-encoding may change it), before writing.
  if (clientIp !== undefined && !(await chargeUploadBudget(clientIp, data.length))) return overBudgetMessage(name)
  // On disk under a random name (no personal data in paths, no collisions); the citizen's name is kept.
  const extension = detected?.ext ? `.${detected.ext}` : ''
  const doc = await payload.create({
    collection: 'submission-files',
    data: { organisation: organisationId as number, fieldName, originalName: name },
    file: { data, mimetype: mime, name: `${crypto.randomUUID()}${extension}`, size: data.length },
    overrideAccess: true,
    depth: 0,
  })
  stored.push({ id: doc.id, filename: name, mimeType: mime, filesize: doc.filesize ?? data.length })
  return null
}
