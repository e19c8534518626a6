import path from 'node:path'
import { readFile } from 'node:fs/promises'

import type { Payload } from 'payload'

import { pdfText as printable } from '../lib/pdfText'
import { uploadsDir } from '../lib/uploadsDir'
import type { Charter, Media, Submission } from '../payload-types'
import { receiptInputOf } from './receiptInput'
import { type ReceiptInput, type ReceiptSection, receiptMentions } from './receiptMentions'

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 56
const BAND = 64

/** "#1f4e8c" → pdf-lib colour components (0–1); the charter's colours are validated hex. */
const components = (hex: string | null | undefined): [number, number, number] => {
  const m = /^#?([0-9a-f]{6})$/i.exec((hex ?? '').trim())
  const n = m ? parseInt(m[1], 16) : 0x1f4e8c
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255]
}

export interface ReceiptLook {
  townName: string
  primaryColor?: string | null
  /** The charter's logo, PNG or JPEG bytes (other formats are left out) */
  logo?: { bytes: Uint8Array; type: 'png' | 'jpeg' } | null
}

/**
 * The récépissé as a PDF in the town's charter: a band in the primary colour with the logo and the
 * town's name, then the receipt's mentions (src/submissions/receiptMentions.ts), wrapped to the page.
 */
export async function renderReceiptPdf(title: string, sections: ReceiptSection[], look: ReceiptLook): Promise<Uint8Array> {
  const { PDFDocument, rgb, StandardFonts } = await import('pdf-lib')
  const pdf = await PDFDocument.create()
  pdf.setTitle(printable(title))
  pdf.setAuthor(printable(`Ville de ${look.townName}`))
  pdf.setLanguage('fr-FR')
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const [r, g, b] = components(look.primaryColor)
  const logo = look.logo ? await (look.logo.type === 'png' ? pdf.embedPng(look.logo.bytes) : pdf.embedJpg(look.logo.bytes)).catch(() => null) : null
  const width = A4.width - 2 * MARGIN
  let page = pdf.addPage([A4.width, A4.height])
  page.drawRectangle({ x: 0, y: A4.height - BAND, width: A4.width, height: BAND, color: rgb(r, g, b) })
  let textX = MARGIN
  if (logo) {
    const scale = Math.min(44 / logo.height, 120 / logo.width)
    page.drawRectangle({ x: MARGIN - 4, y: A4.height - BAND + 6, width: logo.width * scale + 8, height: 52, color: rgb(1, 1, 1) })
    page.drawImage(logo, { x: MARGIN, y: A4.height - BAND + 10, width: logo.width * scale, height: logo.height * scale })
    textX = MARGIN + logo.width * scale + 16
  }
  page.drawText(printable(`Ville de ${look.townName}`), { x: textX, y: A4.height - BAND / 2 - 6, size: 16, font: bold, color: rgb(1, 1, 1) })
  let y = A4.height - BAND - 40

  /** Word-wrapped lines of a paragraph at this font and size. */
  const wrap = (text: string, size: number, font: typeof regular): string[] => {
    const lines: string[] = []
    let current = ''
    for (const word of printable(text).split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word
      if (current && font.widthOfTextAtSize(candidate, size) > width) {
        lines.push(current)
        current = word
      } else current = candidate
    }
    if (current) lines.push(current)
    return lines
  }
  const write = (text: string, size = 10.5, font = regular, color = rgb(0.1, 0.1, 0.1)) => {
    for (const line of wrap(text, size, font)) {
      if (y < MARGIN) {
        page = pdf.addPage([A4.width, A4.height])
        y = A4.height - MARGIN
      }
      page.drawText(line, { x: MARGIN, y, size, font, color })
      y -= size + 4
    }
  }
  write(title, 20, bold)
  y -= 10
  for (const section of sections) {
    y -= 8
    write(section.heading, 12.5, bold, rgb(r, g, b))
    y -= 2
    for (const paragraph of section.paragraphs) {
      write(paragraph)
      y -= 3
    }
  }
  return pdf.save({ useObjectStreams: false })
}

/** The charter's logo file (its thumbnail when there is one), when PNG or JPEG. */
async function charterLogo(payload: Payload, charter: Charter): Promise<ReceiptLook['logo']> {
  const id = typeof charter.logo === 'object' ? charter.logo?.id : charter.logo
  if (!id) return null
  const media = (await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true }).catch(() => null)) as Media | null
  const thumbnail = media?.sizes?.thumbnail
  const file = thumbnail?.filename ? { name: thumbnail.filename, mime: thumbnail.mimeType } : media?.filename ? { name: media.filename, mime: media.mimeType } : null
  const type = file?.mime === 'image/png' ? 'png' : file?.mime === 'image/jpeg' ? 'jpeg' : null
  if (!file || !type) return null
  const bytes = await readFile(path.join(uploadsDir(), 'media', path.basename(file.name))).catch(() => null)
  return bytes ? { bytes, type } : null
}

/** The récépissé of a receipt's mentions (PDF), in the charter's colours and with its logo. */
export async function receiptPdfOf(payload: Payload, input: ReceiptInput & { townName: string }): Promise<Uint8Array> {
  const charter = (await payload.findGlobal({ slug: 'charter', depth: 0, overrideAccess: true })) as Charter
  const logo = await charterLogo(payload, charter).catch(() => null)
  return renderReceiptPdf(`Récépissé de votre demande ${input.reference}`, receiptMentions(input), { townName: input.townName, primaryColor: charter.primaryColor, logo })
}

/** A stored request's récépissé (PDF), as the follow-up page gives it. */
export async function submissionReceiptPdf(payload: Payload, submission: Submission): Promise<Uint8Array> {
  return receiptPdfOf(payload, await receiptInputOf(payload, submission))
}
