/**
 * Text as pdf-lib's standard Helvetica (WinAnsi) can draw it: typographic quotes, spaces and
 * dashes mapped to plain ones, anything else it cannot draw dropped (tickets, payment receipts).
 */
export const pdfText = (text: string) =>
  text
    .replace(/[’‘]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[\u202f\u00a0]/g, ' ')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7e\u00a0-\u00ff€]/g, '')
