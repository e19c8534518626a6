/**
 * The text of an exported CSV file. Old sites and spreadsheets often export in Windows-1252
 * ("ANSI") rather than UTF-8: a file that is not valid UTF-8 is read as Windows-1252, so accents
 * arrive intact either way. A UTF-8 byte order mark is dropped.
 */
export function decodeCsv(file: Buffer | string): string {
  if (typeof file === 'string') return file.replace(/^\uFEFF/, '')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('windows-1252').decode(file)
  }
}
