import type { Payload } from 'payload'

import { textToLexical } from '../directory/textToLexical'
import { associations } from './data/associations'
import { businesses } from './data/businesses'

/**
 * The demo directories: entries are matched by slug and reset to their seed content; entries
 * staff added under other slugs are left alone (idempotent, like the rest of the seed).
 */
export async function seedDirectory(payload: Payload, log: (line: string) => void = () => {}): Promise<{ associations: number; businesses: number }> {
  const upsert = async (collection: 'associations' | 'businesses', slug: string, data: Record<string, unknown>) => {
    const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true })
    if (docs[0]) await payload.update({ collection, id: docs[0].id, data: data as never, overrideAccess: true, depth: 0 })
    else await payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 })
  }
  for (const { description, ...entry } of associations) await upsert('associations', entry.slug, { ...entry, description: textToLexical(description) })
  log(`  ${associations.length} associations`)
  for (const { description, ...entry } of businesses) await upsert('businesses', entry.slug, { ...entry, description: textToLexical(description) })
  log(`  ${businesses.length} entreprises`)
  return { associations: associations.length, businesses: businesses.length }
}
