/*
 * `npm run import:cadastre -- <cadastre-XXXXX-parcelles.json>` and
 * `npm run import:adresses -- <adresses.csv>`: the reference data of the PLU lookups (Etalab
 * cadastre parcels, Base Adresse Nationale). One script, the kind first (set by package.json).
 * A file with a bad row writes nothing; every problem is printed in French with its row.
 */
import fs from 'node:fs'

import { getPayload } from 'payload'

import config from '../payload.config'
import { formatProblem } from '../plu'
import { importAddresses, importCadastre } from '../urbanism/importCadastre'
import { progressBar } from './progressBar'

const [kind, file] = process.argv.slice(2).filter((a) => a !== '--')
const usage = kind === 'adresses' ? 'Usage : npm run import:adresses -- <adresses.csv>' : 'Usage : npm run import:cadastre -- <cadastre-XXXXX-parcelles.json>'
if ((kind !== 'cadastre' && kind !== 'adresses') || !file) {
  console.error(usage)
  process.exit(2)
}
if (!fs.existsSync(file)) {
  console.error(`Fichier introuvable : ${file}`)
  process.exit(2)
}

const payload = await getPayload({ config })
const bar = progressBar(kind === 'cadastre' ? 'Sections cadastrales' : 'Adresses')
const result =
  kind === 'cadastre'
    ? await importCadastre(payload, fs.readFileSync(file, 'utf8'), { onProgress: bar.update })
    : await importAddresses(payload, fs.readFileSync(file), { onProgress: bar.update })
for (const problem of result.problems) (problem.severity === 'erreur' ? console.error : console.log)(`  ${formatProblem(problem)}`)
const what = kind === 'cadastre' ? 'parcelle(s)' : 'adresse(s)'
if (result.imported) console.log(`${result.count} ${what} importée(s).`)
else console.error(`Import refusé : ${result.problems.filter((p) => p.severity === 'erreur').length} erreur(s). Rien n'a été enregistré.`)
await payload.destroy()
process.exit(result.imported ? 0 : 1)
