/** CSV for French spreadsheets: ";" separator, UTF-8 BOM, RFC 4180 quoting, no formula injection. */
export const CSV_BOM = '\uFEFF'

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' / ') : String(value)
  // A cell starting like a formula would run in the spreadsheet: neutralise it.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvRow = (cells: unknown[]): string => `${cells.map(csvCell).join(';')}\r\n`
