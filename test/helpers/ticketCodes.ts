import zlib from 'node:zlib'

/** The signed ticket codes printed in a tickets PDF (content streams deflated, text as hex strings). */
export function codesIn(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1')
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return zlib.inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1')
    } catch {
      return m[1]
    }
  })
  const texts = streams.flatMap((content) => [...content.matchAll(/<([0-9A-Fa-f]+)> Tj/g)].map((m) => Buffer.from(m[1], 'hex').toString('latin1')))
  return texts.filter((t) => /^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}$/.test(t))
}
