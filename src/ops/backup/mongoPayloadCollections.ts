import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

/**
 * The MongoDB collections of a Payload booted on MongoDB — its collections, their versions, the
 * globals, migrations, preferences, locks, jobs: one per mongoose model. The list a dump reads on a
 * server that cannot list its own (the npm test server, decision 0004).
 */
export function payloadMongoCollectionNames(payload: Payload): string[] {
  const adapter = payload.db as unknown as MongooseAdapter
  if (adapter.name !== 'mongoose') throw new Error(`payloadMongoCollectionNames: Payload runs on ${adapter.name}, not MongoDB`)
  return Object.values(adapter.connection.collections)
    .map((collection) => collection.collectionName)
    .sort()
}
