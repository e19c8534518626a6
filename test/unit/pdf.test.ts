import { hasPdfSignature, readPdfPageCount } from '../../src/lib/pdf'
import { renderDocumentPdf } from '../../src/seed/pdf'

describe('PDF detection by content', () => {
  it('reads the page count of a real PDF', async () => {
    const pdf = await renderDocumentPdf(
      { slug: 'x', title: 'Essai', description: '', domain: 'etat-civil', pdf: { heading: 'Essai', lines: Array(90).fill('Nom : ______') } },
      'Ville de Test',
    )
    expect(hasPdfSignature(pdf)).toBe(true)
    expect(await readPdfPageCount(pdf)).toBeGreaterThanOrEqual(2)
  })

  it('refuses a text file named .pdf and a truncated PDF', async () => {
    expect(await readPdfPageCount(Buffer.from('Bonjour, je ne suis pas un PDF'))).toBeNull()
    expect(await readPdfPageCount(Buffer.from('%PDF-1.7\n garbage'))).toBeNull()
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    expect(await readPdfPageCount(png)).toBeNull()
  })
})
