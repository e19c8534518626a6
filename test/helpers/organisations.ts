import type { Payload } from 'payload'

/** The organisations integration suites create (their names and service e-mails, one place). */
export const TEST_ORGANISATIONS = {
  commune: { name: 'Commune', email: 'c@test.fr' },
  mairie: { name: 'Mairie', email: 'mairie@test.fr' },
  ccas: { name: 'CCAS', email: 'ccas@test.fr' },
  siaep: { name: 'SIAEP', email: 'siaep@test.fr' },
} as const

export type TestOrganisation = keyof typeof TEST_ORGANISATIONS

/** Creates the organisations named (slug = key), in order; returns their ids by key. */
export async function createOrganisations<K extends TestOrganisation>(payload: Payload, ...keys: K[]): Promise<Record<K, number>> {
  const ids = {} as Record<K, number>
  for (const slug of keys) {
    const doc = await payload.create({ collection: 'organisations', data: { ...TEST_ORGANISATIONS[slug], slug }, overrideAccess: true, depth: 0 })
    ids[slug] = doc.id as number
  }
  return ids
}
