import { DEMO_TEMPLATE_ENV, prepareDemoTemplate } from '../helpers/bootPayload'
import { testMongoUrl } from '../helpers/testDatabase'

/**
 * Once per run of the SQLite integration suite: the demo town seeded into a throw-away SQLite file,
 * which the suites that need it copy instead of seeding it again (decision 0030). On MongoDB each
 * suite seeds its own database.
 */
export default async function globalSetup(): Promise<void> {
  if (testMongoUrl() || process.env[DEMO_TEMPLATE_ENV]) return
  const template = prepareDemoTemplate()
  process.env[DEMO_TEMPLATE_ENV] = template.dir
  ;(globalThis as { intTemplateCleanup?: () => void }).intTemplateCleanup = template.cleanup
}
