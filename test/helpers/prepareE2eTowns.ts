/*
 * `payload run test/helpers/prepareE2eTowns.ts <result.json> [mongodb://server]`, started by
 * `npm test` while the app builds: the demo town the SQLite e2e suites copy, and — given a
 * MongoDB server — the town of the MongoDB journey, each prepared by `npm start`'s own steps.
 * Writes { sqliteDir, mongoDatabase } to result.json (an `error` instead when it failed).
 */
import fs from 'node:fs'

import { MONGODB_JOURNEY_DEMO_REQUESTS, prepareTemplate, prepareTown } from './app'
import { throwAwayDatabase } from './testDatabase'

const [resultFile, mongoServer] = process.argv.slice(2).filter((a) => a !== '--')
try {
  const mongo = mongoServer ? throwAwayDatabase(mongoServer) : null
  // Both at once: the MongoDB town mostly waits on its server.
  const [sqlite] = await Promise.all([prepareTemplate(), mongo ? prepareTown(mongo, MONGODB_JOURNEY_DEMO_REQUESTS) : null])
  fs.writeFileSync(resultFile, JSON.stringify({ sqliteDir: sqlite.dir, mongoDatabase: mongo?.url ?? null }))
} catch (error) {
  fs.writeFileSync(resultFile, JSON.stringify({ error: String((error as Error).stack ?? error) }))
}
process.exit(0)
