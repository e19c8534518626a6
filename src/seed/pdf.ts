import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'

import type { DocumentSeed } from './data/types'

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 56

/** A real, printable A4 PDF for a demo imprimé (text only, standard Helvetica). */
export async function renderDocumentPdf(doc: DocumentSeed, townName: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(doc.title)
  pdf.setAuthor(townName)
  pdf.setLanguage('fr-FR')
  pdf.setCreationDate(new Date('2026-01-01T00:00:00Z'))
  pdf.setModificationDate(new Date('2026-01-01T00:00:00Z'))
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)

  let page = pdf.addPage([A4.width, A4.height])
  let y = A4.height - MARGIN
  const maxWidth = A4.width - 2 * MARGIN

  const write = (line: string, font = regular, size = 11, gap = 8) => {
    const words = line.split(' ')
    let current = ''
    const flush = () => {
      if (y < MARGIN + size) {
        page = pdf.addPage([A4.width, A4.height])
        y = A4.height - MARGIN
      }
      page.drawText(current, { x: MARGIN, y, size, font, color: rgb(0.1, 0.1, 0.1) })
      y -= size + 4
      current = ''
    }
    for (const word of words) {
      const candidate = current ? `${current} ${word}` : word
      if (font.widthOfTextAtSize(candidate, size) > maxWidth && current) {
        flush()
        current = word
      } else current = candidate
    }
    if (current) flush()
    y -= gap
  }

  write(townName.toUpperCase(), bold, 10, 4)
  write(doc.pdf.heading, bold, 16, 16)
  for (const line of doc.pdf.lines) write(line)
  return pdf.save({ useObjectStreams: false })
}
