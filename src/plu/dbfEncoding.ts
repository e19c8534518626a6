/**
 * The DBF text encoding: from the `.cpg` when there is one (an unknown one is refused), else
 * UTF-8 when the records are valid UTF-8, else Windows-1252 (decision 0058). The names are the
 * WHATWG ones, understood by the shapefile reader's decoder.
 */
const CPG_ENCODINGS: Record<string, string> = {
  '1252': 'windows-1252',
  cp1252: 'windows-1252',
  'windows-1252': 'windows-1252',
  'ansi 1252': 'windows-1252',
  ansi_1252: 'windows-1252',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  '65001': 'utf-8',
  'iso-8859-1': 'iso-8859-1',
  iso88591: 'iso-8859-1',
  'iso8859-1': 'iso-8859-1',
  'iso_8859_1': 'iso-8859-1',
  latin1: 'iso-8859-1',
  '88591': 'iso-8859-1',
  '8859_1': 'iso-8859-1',
  '28591': 'iso-8859-1',
  'iso-8859-15': 'iso-8859-15',
  'iso8859-15': 'iso-8859-15',
  '885915': 'iso-8859-15',
  '8859_15': 'iso-8859-15',
  '28605': 'iso-8859-15',
}

/** The encoding a `.cpg` names, or null when it names none we know. */
export function encodingOfCpg(cpg: string): string | null {
  const key = cpg.replace(/^\uFEFF/, '').trim().toLowerCase()
  return CPG_ENCODINGS[key] ?? null
}

/** No `.cpg`: UTF-8 if the DBF's records decode as UTF-8, else Windows-1252. */
export function sniffDbfEncoding(dbf: Uint8Array): string {
  const headerLength = dbf.length >= 12 ? dbf[8] | (dbf[9] << 8) : 0
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(headerLength))
    return 'utf-8'
  } catch {
    return 'windows-1252'
  }
}
