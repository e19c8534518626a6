/**
 * CSV for French spreadsheets: ";" separator, UTF-8 BOM, RFC 4180 quoting, no formula injection,
 * no control or bidi character (decision 0024).
 */
import { stripControlCharacters } from '../lib/controlCharacters'

export const CSV_BOM = '\uFEFF'

export function csvCell(value: unknown): string {
  const raw = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' / ') : String(value)
  // Controls go first, so "\u0000=cmd" cannot slip a formula past the check below.
  let text = stripControlCharacters(raw, { multiline: true })
  // A cell starting like a formula would run in the spreadsheet: neutralise it (OWASP's list, plus
  // a leading line break, which some spreadsheets skip before reading a formula).
  // A plain negative number ("-36,00", a refund in the régie's export) is data, not a formula.
  if (/^[=+\-@\t\r\n]/.test(text) && !/^-\d+(,\d+)?$/.test(text)) text = `'${text}`
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvRow = (cells: unknown[]): string => `${cells.map(csvCell).join(';')}\r\n`
