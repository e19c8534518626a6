import type { Payload } from 'payload'

import { ensureAdmin } from './admin'
import { seedDemo } from './index'

/**
 * What the first start does on an empty database: the demo town (unless SEED_DEMO=false) and the
 * first administrator, whose generated password is printed once.
 */
export async function firstRun(payload: Payload, env: Record<string, string | undefined> = process.env, print = console.log): Promise<void> {
  const { totalDocs: domainCount } = await payload.count({ collection: 'domains', overrideAccess: true })
  if (domainCount === 0 && env.SEED_DEMO !== 'false') {
    print('Base vide : installation de la commune de démonstration…')
    await seedDemo(payload, print)
  }
  const admin = await ensureAdmin(payload, env)
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
}
