import type { Payload } from 'payload'

import { formatEuros } from '../booking/resourceRules'
import type { Payment } from '../payload-types'
import { paymentMeansLabel } from './paymentStates'
import { pdfText as printable } from '../lib/pdfText'

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 56

const dateTimeFr = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' })

/** The citizen's receipt of a credited payment (PDF, the town's name and colours), or null when not paid. */
export async function paidReceiptPdf(payload: Payload, payment: Payment): Promise<Uint8Array | null> {
  if (payment.state !== 'payee' && payment.state !== 'remboursee') return null
  const [{ PDFDocument, rgb, StandardFonts }, site, organisation] = await Promise.all([
    import('pdf-lib'),
    payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true }),
    payload.findByID({ collection: 'organisations', id: typeof payment.organisation === 'object' ? payment.organisation.id : payment.organisation, depth: 0, overrideAccess: true }).catch(() => null),
  ])
  const town = `Ville de ${(site as { townName?: string }).townName ?? ''}`.trim()
  const pdf = await PDFDocument.create()
  pdf.setTitle(printable(`Reçu de paiement ${payment.refdet}`))
  pdf.setAuthor(printable(town))
  pdf.setLanguage('fr-FR')
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const page = pdf.addPage([A4.width, A4.height])
  let y = A4.height - MARGIN
  const line = (text: string, size = 11, font = regular) => {
    page.drawText(printable(text), { x: MARGIN, y, size, font, color: rgb(0.1, 0.1, 0.1), maxWidth: A4.width - 2 * MARGIN })
    y -= size + 10
  }
  line(town, 14, bold)
  if (organisation?.name) line(organisation.name)
  y -= 12
  line('Reçu de paiement en ligne', 20, bold)
  y -= 8
  line(`Demande n° ${payment.reference}`)
  line(`Objet : ${payment.objet ?? ''}`)
  line(`Montant payé : ${formatEuros(payment.amountCents)}`, 13, bold)
  line(`Payé le : ${payment.paidAt ? dateTimeFr.format(new Date(payment.paidAt)) : ''}`)
  line(`Moyen de paiement : ${paymentMeansLabel(payment.means)} (PayFiP, Direction générale des Finances publiques)`)
  line(`Référence de paiement : ${payment.refdet}`)
  if (payment.numauto) line(`N° d'autorisation : ${payment.numauto}`)
  if (payment.state === 'remboursee') line('Ce paiement a été remboursé.', 12, bold)
  y -= 12
  line('Ce reçu atteste le paiement en ligne ; il ne vaut pas facture.', 9)
  return pdf.save({ useObjectStreams: false })
}
