import { MONGODB_DEMO_TEMPLATE_ENV, startMongoTemplate } from '../helpers/databaseTemplates'
import { mongoTestServer } from '../helpers/testDatabase'

/**
 * Once per run of the int-mongodb project: starts seeding the demo town in a database of its own,
 * which the suites asking for it copy instead of seeding again (decision 0030). Returns at once.
 */
export default async function globalSetup(): Promise<void> {
  const server = mongoTestServer()
  if (!server || process.env[MONGODB_DEMO_TEMPLATE_ENV]) return
  const template = startMongoTemplate(server)
  process.env[MONGODB_DEMO_TEMPLATE_ENV] = template.demoDir
  ;(globalThis as { intMongodbTemplateCleanup?: () => void }).intMongodbTemplateCleanup = template.cleanup
}
