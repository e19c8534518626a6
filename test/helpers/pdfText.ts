import zlib from 'node:zlib'

/** The strings drawn in a pdf-lib PDF, in order (content streams deflated, standard-font text as hex strings). */
export function pdfLinesOf(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1')
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return zlib.inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1')
    } catch {
      return m[1]
    }
  })
  return streams.flatMap((content) => [...content.matchAll(/<([0-9A-Fa-f]+)> Tj/g)].map((m) => Buffer.from(m[1], 'hex').toString('latin1')))
}

/** The drawn lines one after another, joined by spaces: enough to read what a receipt says. */
export const pdfTextOf = (pdf: Buffer): string => pdfLinesOf(pdf).join(' ').replace(/\s+/g, ' ')
