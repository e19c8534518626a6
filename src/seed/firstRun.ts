import type { Payload } from 'payload'

import { ensureAdmin } from './admin'
import { ensureDemoAgents } from './agents'
import { seedDemo } from './index'
import { seedDemoRequests } from './requests'

/**
 * What the first start does on an empty database: the demo town (unless SEED_DEMO=false) and the
 * first administrator, whose generated password is printed once.
 */
export async function firstRun(payload: Payload, env: Record<string, string | undefined> = process.env, print = console.log): Promise<void> {
  // The administrator first: it is created only while the database has no user at all.
  const admin = await ensureAdmin(payload, env)
  const { totalDocs: domainCount } = await payload.count({ collection: 'domains', overrideAccess: true })
  let agents = null
  if (domainCount === 0 && env.SEED_DEMO !== 'false') {
    print('Base vide : installation de la commune de démonstration…')
    await seedDemo(payload, print)
    agents = await ensureDemoAgents(payload, env)
    const requests = await seedDemoRequests(payload, Number(env.SEED_DEMO_REQUESTS ?? 200))
    print(`  ${requests} demandes de démonstration`)
  }
  if (admin) {
    print('')
    print('  Compte administrateur créé')
    print(`  Identifiant : ${admin.email}`)
    print(
      admin.generatedPassword
        ? `  Mot de passe : ${admin.generatedPassword}   (affiché une seule fois : notez-le)`
        : '  Mot de passe : celui de ADMIN_PASSWORD',
    )
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
