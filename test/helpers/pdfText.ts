import zlib from 'node:zlib'

/**
 * The text drawn in a pdf-lib PDF (content streams deflated, standard-font text as hex strings),
 * one drawn line after another joined by spaces: enough to read what a receipt says.
 */
export function pdfTextOf(pdf: Buffer): string {
  const raw = pdf.toString('latin1')
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return zlib.inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1')
    } catch {
      return m[1]
    }
  })
  return streams
    .flatMap((content) => [...content.matchAll(/<([0-9A-Fa-f]+)> Tj/g)].map((m) => Buffer.from(m[1], 'hex').toString('latin1')))
    .join(' ')
    .replace(/\s+/g, ' ')
}
