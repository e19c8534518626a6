/*
 * `npm run admin:link [-- e-mail]`: prints a one-time link (valid one hour) to choose the password
 * of an account — ADMIN_EMAIL by default. For a first administrator whose link expired, or a lost
 * password, without any password in the logs.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { setupLink } from '../seed/admin'

const email = (process.argv.slice(2).find((a) => a.includes('@')) ?? process.env.ADMIN_EMAIL ?? '').trim()
const payload = await getPayload({ config })
const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
if (!email || totalDocs === 0) {
  console.error(`Aucun compte pour « ${email || '(adresse vide)'} » : indiquez l'adresse, par exemple npm run admin:link -- admin@ville.fr`)
  process.exit(1)
}
console.log(`Lien pour choisir le mot de passe de ${email} (valable une heure, une seule fois) : ${await setupLink(payload, email)}`)
await payload.destroy()
process.exit(0)
