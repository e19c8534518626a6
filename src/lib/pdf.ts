/** A real PDF starts with "%PDF-" (within the first 1024 bytes, per ISO 32000) and parses. */
export function hasPdfSignature(data: Uint8Array): boolean {
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1')
  return head.includes('%PDF-')
}

/** Page count of a PDF, or null when the bytes are not a readable PDF. */
export async function readPdfPageCount(data: Uint8Array): Promise<number | null> {
  if (!hasPdfSignature(data)) return null
  try {
    // Loaded on first use, not with the config (every process and test suite loads the config).
    const { PDFDocument } = await import('pdf-lib')
    const doc = await PDFDocument.load(data, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true })
    return doc.getPageCount()
  } catch {
    return null
  }
}
