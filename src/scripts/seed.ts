/* `npm run seed`: puts the demo town back to its seed state (idempotent). */
import { getPayload } from 'payload'

import { ensureAdmin } from '../seed/admin'
import { seedDemo } from '../seed/index'
import config from '../payload.config'

const payload = await getPayload({ config })
console.log('Contenu de démonstration :')
const report = await seedDemo(payload, console.log)
const admin = await ensureAdmin(payload)
if (admin?.generatedPassword) console.log(`Compte administrateur : ${admin.email} / ${admin.generatedPassword} (affiché une seule fois)`)
console.log(`Terminé : ${report.procedures} démarches, ${report.documents} imprimés, ${report.domains} domaines.`)
await payload.destroy()
process.exit(0)
