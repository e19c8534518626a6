import crypto from 'node:crypto'

import { fileTypeFromBuffer } from 'file-type'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { chargeUploadBudget, uploadBudgetLeft } from '../../../src/intake/antiAbuse'
import type { StoredFileRef } from '../../../src/forms/types'
import { formatFileSize } from '../../../src/lib/formatFileSize'
import { readPdfPageCount } from '../../../src/lib/pdf'
import { acceptedFormats, type FileRules } from './rules'

/** Images larger than this many pixels are refused before decoding (decompression bombs). */
export const MAX_IMAGE_PIXELS = 40_000_000

/** Beside the field when the address has stored its hourly budget of files (FORM_UPLOAD_BUDGET_MB). */
export const overBudgetMessage = (name: string) =>
  `Le fichier « ${name} » n'a pas été enregistré : trop de fichiers ont été envoyés depuis votre connexion au cours de la dernière heure. Réessayez dans une heure ou contactez la mairie.`

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

/**
 * Checks one uploaded file by its content and stores it in the private `submission-files`
 * collection: PDFs must parse; images are decoded with a pixel limit and re-encoded (EXIF
 * orientation applied, all metadata such as GPS dropped). With `clientIp`, the bytes stored are
 * charged to that address's hourly upload budget: over it, nothing is stored. Returns the stored
 * file, or why it was refused (French).
 */
export async function checkAndStore(
  payload: Payload,
  upload: File,
  rules: FileRules,
  where: { organisationId: number | string; fieldName: string; clientIp?: string },
): Promise<{ stored: StoredFileRef } | { refused: string }> {
  const refused = (message: string) => ({ refused: message })
  const { clientIp } = where
  const name = upload.name.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'fichier'
  if (upload.size > rules.maxBytes) {
    return refused(`Le fichier « ${name} » pèse ${formatFileSize(upload.size)} : la taille maximale est de ${formatFileSize(rules.maxBytes)}.`)
  }
  // Budget spent: refused before any decoding work.
  if (clientIp !== undefined && (await uploadBudgetLeft(clientIp)) <= 0) return refused(overBudgetMessage(name))
  let data: Buffer = Buffer.from(await upload.arrayBuffer())
  const detected = await fileTypeFromBuffer(data)
  const mime = detected?.mime
  if (!mime || !rules.accept.includes(mime)) {
    return refused(`Le fichier « ${name} » n'est pas d'un type accepté (${acceptedFormats(rules)}). Son contenu a été vérifié, pas seulement son nom.`)
  }
  if (mime === 'application/pdf') {
    if ((await readPdfPageCount(data)) === null) return refused(`Le fichier « ${name} » est un PDF illisible ou endommagé.`)
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
        return refused(`L'image « ${name} » est trop grande (plus de ${MAX_IMAGE_PIXELS / 1_000_000} mégapixels) : réduisez sa définition puis joignez-la de nouveau.`)
      }
      return refused(`L'image « ${name} » est illisible ou endommagée.`)
    }
  }
  // Charged at the size written to disk (re-encoding may change it), before writing.
  if (clientIp !== undefined && !(await chargeUploadBudget(clientIp, data.length))) return refused(overBudgetMessage(name))
  // On disk under a random name (no personal data in paths, no collisions); the citizen's name is kept.
  const extension = detected?.ext ? `.${detected.ext}` : ''
  const doc = await payload.create({
    collection: 'submission-files',
    data: { organisation: where.organisationId as number, fieldName: where.fieldName, originalName: name },
    file: { data, mimetype: mime, name: `${crypto.randomUUID()}${extension}`, size: data.length },
    overrideAccess: true,
    depth: 0,
  })
  return { stored: { id: doc.id, filename: name, mimeType: mime, filesize: doc.filesize ?? data.length } }
}
