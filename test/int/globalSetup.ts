import { DEMO_TEMPLATE_ENV, SCHEMA_TEMPLATE_ENV, startSqliteTemplates } from '../helpers/databaseTemplates'
import { testMongoUrl } from '../helpers/testDatabase'

/**
 * Once per run of the SQLite integration suite: starts preparing an empty database with the
 * schema pushed, and one holding the demo town, which the suites copy instead of pushing and
 * seeding again (decision 0030). Returns at once; bootPayload waits for the copy it needs.
 */
export default async function globalSetup(): Promise<void> {
  if (testMongoUrl() || process.env[DEMO_TEMPLATE_ENV]) return
  const templates = startSqliteTemplates()
  process.env[DEMO_TEMPLATE_ENV] = templates.demoDir
  process.env[SCHEMA_TEMPLATE_ENV] = templates.schemaDir
  ;(globalThis as { intTemplateCleanup?: () => void }).intTemplateCleanup = templates.cleanup
}
