import type { Payload } from 'payload'

import { ensureAdmin, setupLink } from './admin'
import { ensureDemoAgents } from './agents'
import { seedDemoBookings } from './bookings'
import { seedDemo } from './index'
import { seedDemoRequests } from './requests'

/** Production (`npm run serve`): nothing demo unless asked, no password in the logs (decision 0026). */
const isProduction = (env: Record<string, string | undefined>) => env.PORTAIL_MODE === 'production'

/** The demo town is seeded by `npm start` unless SEED_DEMO=false, and in production only with SEED_DEMO=true. */
export const wantsDemo = (env: Record<string, string | undefined>) => (isProduction(env) ? env.SEED_DEMO === 'true' : env.SEED_DEMO !== 'false')

/**
 * What the first start does on an empty database: the first administrator, then the demo town
 * when wanted. With `npm start` a generated admin password is printed once; in production the
 * password comes from ADMIN_PASSWORD, or the start prints a one-time link to choose it.
 */
export async function firstRun(payload: Payload, env: Record<string, string | undefined> = process.env, print = console.log): Promise<void> {
  const production = isProduction(env)
  // The administrator first: it is created only while the database has no user at all.
  const admin = await ensureAdmin(payload, env)
  const { totalDocs: domainCount } = await payload.count({ collection: 'domains', overrideAccess: true })
  let agents = null
  if (domainCount === 0 && wantsDemo(env)) {
    print('Base vide : installation de la commune de démonstration…')
    await seedDemo(payload, print)
    // In production demo agents exist only with a chosen password: none is ever generated and printed.
    if (!production || env.DEMO_AGENT_PASSWORD?.trim()) agents = await ensureDemoAgents(payload, env)
    else print('  Comptes agents de démonstration non créés : définissez DEMO_AGENT_PASSWORD pour les créer.')
    const requests = await seedDemoRequests(payload, Number(env.SEED_DEMO_REQUESTS ?? 200))
    print(`  ${requests} demandes de démonstration`)
    print(`  ${await seedDemoBookings(payload)} réservations et commandes de billets de démonstration`)
  }
  if (admin) {
    print('')
    print('  Compte administrateur créé')
    print(`  Identifiant : ${admin.email}`)
    if (!admin.generatedPassword) print('  Mot de passe : celui de ADMIN_PASSWORD')
    else if (production) {
      const link = await setupLink(payload, admin.email, env)
      print(`  Choisissez son mot de passe avec ce lien, valable une heure et une seule fois : ${link}`)
      print('  (lien expiré : npm run admin:link)')
    } else print(`  Mot de passe : ${admin.generatedPassword}   (affiché une seule fois : notez-le)`)
    print('')
  }
  if (agents?.accounts.length) {
    print('  Comptes agents de démonstration')
    for (const a of agents.accounts) print(`  ${a.email} (${a.name}, ${a.organisation})`)
    print(
      agents.generatedPassword
        ? `  Mot de passe commun : ${agents.generatedPassword}   (affiché une seule fois)`
        : '  Mot de passe commun : celui de DEMO_AGENT_PASSWORD',
    )
    print('')
  }
}
