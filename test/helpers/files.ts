import sharp from 'sharp'

import { renderDocumentPdf } from '../../src/seed/pdf'

export async function samplePdf(title = 'Imprimé de test'): Promise<Buffer> {
  return Buffer.from(
    await renderDocumentPdf(
      { slug: 'test', title, description: '', domain: 'etat-civil', pdf: { heading: title, lines: ['Nom : ________'] } },
      'Ville de Test',
    ),
  )
}

export async function samplePng(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } }).png().toBuffer()
}

export const pdfFile = async (name = 'imprime.pdf') => {
  const data = await samplePdf()
  return { data, mimetype: 'application/pdf', name, size: data.length }
}

export const pngFile = async (name = 'image.png') => {
  const data = await samplePng()
  return { data, mimetype: 'image/png', name, size: data.length }
}
