import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'

import { POSTAL_CODE_ERROR, readPostalCode } from '../lib/postalCode'
import { checkSiret } from '../lib/siret'
import { slugify } from '../lib/slugify'
import { categoryFromText } from './categories'
import { type CsvField, fieldOfHeader } from './csvColumns'
import type { EntryInput } from './entryInput'
import { PHONE_ERROR, tidyPhone, tidyWebsite, WEBSITE_ERROR } from './entryFields'
import { DIRECTORY_KINDS, type DirectoryKind } from './kinds'
import { parseMeetingLines } from './meetingLines'
import { upsertEntry } from './upsertEntry'
import { decodeCsv } from './decodeCsv'

export interface ImportedLine {
  /** Line of the file (the header is line 1) */
  line: number
  outcome: 'created' | 'updated' | 'refused'
  name: string
  /** French reasons, when refused */
  reasons: string[]
}

export interface DirectoryImportReport {
  kind: DirectoryKind
  created: number
  updated: number
  refused: number
  lines: ImportedLine[]
  /** Columns of the file that the import does not know (ignored) */
  ignoredColumns: string[]
}

/** The file cannot be imported at all (no header, no name column…): French message. */
export class CsvImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CsvImportError'
  }
}

export interface DirectoryImportOptions {
  /** Which directory; by default guessed from the columns (siret or secteur → businesses) */
  kind?: DirectoryKind
  /** Called after each line, for a progress bar */
  onProgress?: (done: number, total: number) => void
}

type Row = Partial<Record<CsvField, string>>

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** "47,6872" or "47.6872" → 47.6872 */
const readNumber = (raw: string): number | null => {
  const n = Number(raw.replace(',', '.'))
  return raw.trim() && Number.isFinite(n) ? n : null
}

/** `;` or `,`: whichever the header line holds more of (the old site used `;`). */
function detectDelimiter(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? ''
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ','
}

/** Checks one row and turns it into an entry, or lists what is wrong (in French). */
function readRow(kind: DirectoryKind, row: Row): { input: EntryInput | null; reasons: string[] } {
  const reasons: string[] = []
  const value = (field: CsvField) => (row[field] ?? '').trim()
  const name = value('name')
  if (!name) reasons.push('le nom est vide')
  const { options, categoryLabel } = DIRECTORY_KINDS[kind]
  const rawCategory = value('category')
  const category = categoryFromText(options, rawCategory)
  if (!rawCategory) reasons.push(`${categoryLabel.toLowerCase()} manquante`)
  else if (!category) reasons.push(`${categoryLabel.toLowerCase()} « ${rawCategory} » inconnue (valeurs possibles : ${options.map((o) => o.label).join(', ')})`)
  let siret: string | null = null
  if (kind === 'businesses') {
    const raw = value('siret')
    if (!raw) reasons.push('le numéro SIRET est vide')
    else {
      const checked = checkSiret(raw)
      if (checked.ok) siret = checked.value
      else reasons.push(checked.error)
    }
  }
  const postcodeRaw = value('postcode')
  const postcode = postcodeRaw ? readPostalCode(postcodeRaw) : null
  if (postcodeRaw && !postcode) reasons.push(POSTAL_CODE_ERROR)
  const phoneRaw = value('phone')
  const phone = phoneRaw ? tidyPhone(phoneRaw) : null
  if (phoneRaw && !phone) reasons.push(`${PHONE_ERROR} (reçu : « ${phoneRaw} »)`)
  const email = value('email')
  if (email && !EMAIL.test(email)) reasons.push(`l'adresse électronique « ${email} » n'est pas valide`)
  const websiteRaw = value('website')
  const website = websiteRaw ? tidyWebsite(websiteRaw) : null
  if (websiteRaw && !website) reasons.push(WEBSITE_ERROR)
  const latRaw = value('latitude')
  const lngRaw = value('longitude')
  let location: [number, number] | null = null
  if (latRaw || lngRaw) {
    const lat = readNumber(latRaw)
    const lng = readNumber(lngRaw)
    if (lat === null || lng === null || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      reasons.push(`coordonnées invalides (latitude « ${latRaw} », longitude « ${lngRaw} ») : deux nombres, par exemple 47,6872 et -2,7333`)
    } else location = [lng, lat]
  }
  if (reasons.length) return { input: null, reasons }
  const meetings = parseMeetingLines(value('meetings'))
  return {
    input: {
      name,
      category: category!,
      siret,
      description: value('description') || null,
      contact: { email: email || null, phone, website },
      address: { street: value('street') || null, postcode, commune: value('commune') || null },
      location,
      openingHours: value('openingHours') || null,
      meetings: meetings.length ? meetings : null,
    },
    reasons,
  }
}

/**
 * Imports the old site's CSV export into a directory: UTF-8 (with or without BOM) or Windows-1252, `;` or `,`,
 * French headers. Each line is created (published) or updates its entry (businesses matched by SIRET,
 * then by slug; associations by slug) without touching its publication status: an entry staff took
 * offline stays offline. A wrong line is refused with its reasons and never stops the others.
 * Running the same file again changes nothing but the update dates.
 */
export async function importDirectoryCsv(payload: Payload, file: Buffer | string, options: DirectoryImportOptions = {}): Promise<DirectoryImportReport> {
  const text = decodeCsv(file)
  if (!text.trim()) throw new CsvImportError('Le fichier est vide.')
  const skipped: ImportedLine[] = []
  const records = parse(text, {
    delimiter: detectDelimiter(text),
    columns: false,
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    info: true,
    raw: true,
    on_skip: (err) => {
      // Called once per misplaced quote: one report per line.
      if (err && !skipped.some((s) => s.line === Number(err.lines))) skipped.push({ line: Number(err.lines), outcome: 'refused', name: '', reasons: [`ligne illisible (${err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'guillemet non fermé' : 'guillemets mal placés'})`] })
      return undefined
    },
  }) as unknown as Array<{ record: string[]; raw: string; info: { lines: number } }>
  const [header, ...rows] = records
  if (!header) throw new CsvImportError('Le fichier ne contient pas de ligne d’en-tête.')
  const fields = header.record.map(fieldOfHeader)
  if (!fields.includes('name')) throw new CsvImportError('Colonne « nom » introuvable dans la ligne d’en-tête (séparateur « ; » ou « , »).')
  const ignoredColumns = header.record.filter((_, i) => fields[i] === null)
  const kind: DirectoryKind = options.kind ?? (fields.includes('siret') ? 'businesses' : 'associations')

  const report: DirectoryImportReport = { kind, created: 0, updated: 0, refused: 0, lines: [...skipped], ignoredColumns }
  const seen = new Map<string, number>()
  for (const [index, { record, raw, info }] of rows.entries()) {
    // csv-parse counts the line where a record ends; a quoted value may span several lines.
    const line = info.lines - (raw.replace(/\r?\n$/, '').split('\n').length - 1)
    const row: Row = {}
    fields.forEach((field, i) => {
      if (field && record[i] !== undefined && !row[field]) row[field] = record[i]
    })
    const { input, reasons } = readRow(kind, row)
    const name = (row.name ?? '').trim()
    if (input) {
      const key = kind === 'businesses' ? `siret:${input.siret}` : `slug:${slugify(input.name)}`
      const first = seen.get(key)
      if (first !== undefined) reasons.push(`doublon de la ligne ${first} (même ${kind === 'businesses' ? 'SIRET' : 'nom'})`)
      else seen.set(key, line)
    }
    if (!input || reasons.length) {
      report.lines.push({ line, outcome: 'refused', name, reasons })
    } else {
      try {
        const result = await upsertEntry(payload, kind, input, { statusIfNew: 'published' })
        report.lines.push({ line, outcome: result.created ? 'created' : 'updated', name, reasons: [] })
      } catch (error) {
        const errors = (error as { data?: { errors?: Array<{ message: string; path: string }> } }).data?.errors
        if (!Array.isArray(errors)) throw error
        report.lines.push({ line, outcome: 'refused', name, reasons: errors.map((e) => e.message) })
      }
    }
    options.onProgress?.(index + 1, rows.length)
  }
  report.lines.sort((a, b) => a.line - b.line)
  for (const line of report.lines) report[line.outcome] += 1
  return report
}
