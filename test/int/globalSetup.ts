import { DEMO_TEMPLATE_ENV, prepareTemplates, SCHEMA_TEMPLATE_ENV } from '../helpers/bootPayload'
import { testMongoUrl } from '../helpers/testDatabase'

/**
 * Once per run of the SQLite integration suite: an empty database with the schema pushed, and one
 * holding the demo town, which the suites copy instead of pushing and seeding again (decision
 * 0030). On MongoDB each suite builds its own.
 */
export default async function globalSetup(): Promise<void> {
  if (testMongoUrl() || process.env[DEMO_TEMPLATE_ENV]) return
  const templates = prepareTemplates()
  process.env[DEMO_TEMPLATE_ENV] = templates.demoDir
  process.env[SCHEMA_TEMPLATE_ENV] = templates.schemaDir
  ;(globalThis as { intTemplateCleanup?: () => void }).intTemplateCleanup = templates.cleanup
}
