import { formatEuros } from '../booking/resourceRules'
import { sessionFr } from './describe'
import { qrPath } from './qrPath'
import { signedTicketCode } from './ticketCode'
import { pdfText as printable } from '../lib/pdfText'

export interface PrintableTicket {
  code: string
  eventTitle: string
  sessionStartsAt: string
  tariff: string
  priceCents: number
  seat?: string | null
  holderName?: string | null
  reference: string
  venue?: string | null
}

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 36
const TICKET_HEIGHT = 240
const PER_PAGE = 3

/** "#1f4e8c" → pdf-lib colour components (0–1); the charter's colours are validated hex. */
const components = (hex: string): [number, number, number] => {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim())
  const n = m ? parseInt(m[1], 16) : 0x1f4e8c
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255]
}

/**
 * An order's tickets as one PDF in the town's colours, three to an A4 page: each with the show,
 * the session, the tariff and price, the seat, and a QR code of its signed identifier (also
 * printed as text, for the door to type when the camera cannot read it).
 */
export async function renderTicketsPdf(tickets: PrintableTicket[], town: { name: string; primaryColor?: string | null }): Promise<Uint8Array> {
  // Loaded on first use, not with the config.
  const [{ PDFDocument, rgb, StandardFonts }, { create }] = await Promise.all([import('pdf-lib'), import('qrcode')])
  const pdf = await PDFDocument.create()
  pdf.setTitle(printable(`Billets - ${tickets[0]?.eventTitle ?? ''}`))
  pdf.setAuthor(printable(town.name))
  pdf.setLanguage('fr-FR')
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const [r, g, b] = components(town.primaryColor ?? '#1f4e8c')
  let page = pdf.addPage([A4.width, A4.height])
  for (const [index, ticket] of tickets.entries()) {
    if (index && index % PER_PAGE === 0) page = pdf.addPage([A4.width, A4.height])
    const top = A4.height - MARGIN - (index % PER_PAGE) * (TICKET_HEIGHT + 16)
    const width = A4.width - 2 * MARGIN
    page.drawRectangle({ x: MARGIN, y: top - TICKET_HEIGHT, width, height: TICKET_HEIGHT, borderColor: rgb(r, g, b), borderWidth: 1.5 })
    page.drawRectangle({ x: MARGIN, y: top - 28, width, height: 28, color: rgb(r, g, b) })
    page.drawText(printable(`${town.name.toUpperCase()} - ${ticket.venue ?? 'BILLETTERIE'}`), { x: MARGIN + 12, y: top - 19, size: 11, font: bold, color: rgb(1, 1, 1) })
    const signed = signedTicketCode(ticket.code)
    const qr = qrPath(signed, create)
    const qrSize = 150
    // SVG paths are drawn from the top left corner, y downwards.
    page.drawSvgPath(qr.path, { x: MARGIN + width - qrSize - 16, y: top - 40, scale: qrSize / qr.size, color: rgb(0, 0, 0) })
    let y = top - 58
    const line = (text: string, size = 11, font = regular) => {
      page.drawText(printable(text), { x: MARGIN + 14, y, size, font, color: rgb(0.1, 0.1, 0.1), maxWidth: width - qrSize - 50 })
      y -= size + 9
    }
    line(ticket.eventTitle, 16, bold)
    line(sessionFr(ticket.sessionStartsAt))
    line(`Tarif : ${ticket.tariff} - ${ticket.priceCents ? formatEuros(ticket.priceCents) : 'gratuit'}`)
    line(ticket.seat ? `Place : rang ${ticket.seat.charAt(0)}, n° ${ticket.seat.slice(1)}` : 'Placement libre')
    if (ticket.holderName) line(`Au nom de : ${ticket.holderName}`)
    line(`Commande ${ticket.reference}`, 9)
    page.drawText(signed, { x: MARGIN + 14, y: top - TICKET_HEIGHT + 14, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) })
  }
  return pdf.save({ useObjectStreams: false })
}
