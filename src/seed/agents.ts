import type { Payload } from 'payload'

import { generatePassword } from './admin'

const DEMO_AGENTS = [
  { organisation: 'commune', email: 'etat-civil@kerlann.fr', name: 'Sophie Tanguy' },
  { organisation: 'commune', email: 'urbanisme@kerlann.fr', name: 'Erwan Le Gall' },
  { organisation: 'ccas', email: 'agent.ccas@kerlann.fr', name: 'Nolwenn Riou' },
  { organisation: 'ccas', email: 'accueil.ccas@kerlann.fr', name: 'Loïc Morvan' },
  { organisation: 'siaep', email: 'abonnes@siaep-kerlann.fr', name: 'Gwenaëlle Cadiou' },
]

export interface DemoAgents {
  accounts: Array<{ email: string; name: string; organisation: string }>
  /** Shared by the demo agents; only set when generated now (printed once). */
  generatedPassword: string | null
}

/** Two agents per organisation (one for the SIAEP) when the demo town has none yet. */
export async function ensureDemoAgents(payload: Payload, env: Record<string, string | undefined> = process.env): Promise<DemoAgents | null> {
  const { totalDocs } = await payload.count({ collection: 'users', where: { role: { equals: 'agent' } }, overrideAccess: true })
  if (totalDocs > 0) return null
  const password = env.DEMO_AGENT_PASSWORD?.trim() || generatePassword()
  const accounts: DemoAgents['accounts'] = []
  for (const agent of DEMO_AGENTS) {
    const { docs } = await payload.find({ collection: 'organisations', where: { slug: { equals: agent.organisation } }, limit: 1, overrideAccess: true })
    if (!docs[0]) continue
    await payload.create({
      collection: 'users',
      data: { email: agent.email, password, name: agent.name, role: 'agent', organisation: docs[0].id },
      overrideAccess: true,
    })
    accounts.push({ email: agent.email, name: agent.name, organisation: docs[0].name })
  }
  return { accounts, generatedPassword: env.DEMO_AGENT_PASSWORD?.trim() ? null : password }
}
