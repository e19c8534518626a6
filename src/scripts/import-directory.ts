/*
 * `npm run import:directory -- <fichier.csv> [--type associations|businesses]`: imports the old
 * site's directory export (README › "Import de l'annuaire"). Prints a progress bar, then each
 * refused line with its reasons; exits 1 when the file cannot be read at all.
 */
import fs from 'node:fs'

import { getPayload } from 'payload'

import { CsvImportError, importDirectoryCsv } from '../directory/importCsv'
import { isDirectoryKind } from '../directory/kinds'
import config from '../payload.config'
import { progressBar } from './progressBar'

const args = process.argv.slice(2)
const typeAt = args.findIndex((a) => a === '--type' || a.startsWith('--type='))
const type = typeAt === -1 ? undefined : args[typeAt].includes('=') ? args[typeAt].split('=')[1] : args[typeAt + 1]
const file = args.find((a, i) => !a.startsWith('--') && (typeAt === -1 || (i !== typeAt && i !== typeAt + 1)))

if (!file) {
  console.error('Usage : npm run import:directory -- <fichier.csv> [--type associations|businesses]')
  process.exit(2)
}
if (type !== undefined && !isDirectoryKind(type)) {
  console.error(`Type inconnu « ${type} » : utilisez --type associations ou --type businesses.`)
  process.exit(2)
}
if (!fs.existsSync(file)) {
  console.error(`Fichier introuvable : ${file}`)
  process.exit(2)
}

const payload = await getPayload({ config })
const bar = progressBar('Import')
try {
  const report = await importDirectoryCsv(payload, fs.readFileSync(file), { kind: type, onProgress: bar.update })
  const what = report.kind === 'associations' ? 'associations' : 'entreprises'
  console.log(`Annuaire des ${what} : ${report.created} fiche(s) créée(s), ${report.updated} mise(s) à jour, ${report.refused} ligne(s) refusée(s).`)
  if (report.ignoredColumns.length) console.log(`Colonnes ignorées : ${report.ignoredColumns.join(', ')}`)
  for (const line of report.lines.filter((l) => l.outcome === 'refused')) {
    console.log(`  ligne ${line.line}${line.name ? ` (${line.name})` : ''} : ${line.reasons.join(' ; ')}`)
  }
} catch (error) {
  if (!(error instanceof CsvImportError)) throw error
  console.error(`Import impossible : ${error.message}`)
  await payload.destroy()
  process.exit(1)
}
await payload.destroy()
process.exit(0)
