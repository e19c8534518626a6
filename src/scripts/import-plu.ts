/*
 * `npm run import:plu -- <archive.zip | dossier> [--accepter-avertissements]`: imports the town's
 * PLU (CNIG archive) as a new current revision (src/urbanism/importPlu.ts, decision 0061). Every
 * problem is printed in French with its layer and row; with an error, or a warning without the
 * flag, nothing is written and the exit code is 1.
 */
import fs from 'node:fs'

import { getPayload } from 'payload'

import config from '../payload.config'
import { formatProblem } from '../plu'
import { importPluArchive } from '../urbanism/importPlu'
import { progressBar } from './progressBar'

const args = process.argv.slice(2).filter((a) => a !== '--')
const acceptWarnings = args.includes('--accepter-avertissements')
const unknown = args.filter((a) => a.startsWith('--') && a !== '--accepter-avertissements')
const source = args.find((a) => !a.startsWith('--'))
if (!source || unknown.length) {
  if (unknown.length) console.error(`Option inconnue : ${unknown.join(', ')}`)
  console.error('Usage : npm run import:plu -- <archive.zip | dossier> [--accepter-avertissements]')
  process.exit(2)
}
if (!fs.existsSync(source)) {
  console.error(`Archive introuvable : ${source}`)
  process.exit(2)
}

const payload = await getPayload({ config })
const bars = new Map<string, ReturnType<typeof progressBar>>()
const result = await importPluArchive(payload, source, {
  acceptWarnings,
  onStep: (step) => console.log(`… ${step}`),
  onProgress: (what, done, total) => {
    if (!bars.has(what)) bars.set(what, progressBar(what))
    bars.get(what)!.update(done, total)
  },
})
const errors = result.problems.filter((p) => p.severity === 'erreur')
const warnings = result.problems.filter((p) => p.severity !== 'erreur')
for (const problem of result.problems) (problem.severity === 'erreur' ? console.error : console.log)(`  ${formatProblem(problem)}`)
if (result.imported) {
  console.log(`PLU ${result.idurba ?? ''} importé et mis en vigueur : ${result.zones} zone(s), ${result.overlays} prescription(s) et information(s), ${result.documents} pièce(s) écrite(s), ${warnings.length} avertissement(s) accepté(s).`)
} else if (errors.length) {
  console.error(`Import refusé : ${errors.length} erreur(s), ${warnings.length} avertissement(s). Rien n'a été enregistré.`)
} else {
  console.error(`Import refusé : ${warnings.length} avertissement(s). Rien n'a été enregistré. Relancez avec --accepter-avertissements pour importer malgré ces avertissements.`)
}
await payload.destroy()
process.exit(result.imported ? 0 : 1)
