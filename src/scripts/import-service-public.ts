/* `npm run import:service-public -- <fiche.xml | dossier | archive.zip>`: refreshes the
   service-public.fr data of every procedure that cites a fiche (src/servicePublic/importFiches.ts). */
import { getPayload } from 'payload'

import { formatReport } from '../servicePublic/formatReport'
import { importFiches } from '../servicePublic/importFiches'
import config from '../payload.config'

const input = process.argv[2]
if (!input) {
  console.error('Usage : npm run import:service-public -- <fichier .xml | dossier | archive .zip>')
  process.exit(2)
}
const payload = await getPayload({ config })
const report = await importFiches(payload, input)
const print = report.ok ? console.log : console.error
print(formatReport(report))
await payload.destroy()
process.exit(report.ok ? 0 : 1)
