import { prepareTemplate, TEMPLATE_ENV } from '../helpers/app'
import { testMongoUrl } from '../helpers/testDatabase'

/**
 * Once per e2e run: the demo town prepared by `npm start`'s own steps, which each SQLite suite
 * copies instead of preparing it again (decision 0030). Suites on MongoDB prepare their own.
 */
export default async function globalSetup(): Promise<void> {
  if (testMongoUrl() || process.env[TEMPLATE_ENV]) return
  const started = Date.now()
  const template = await prepareTemplate()
  process.env[TEMPLATE_ENV] = template.dir
  ;(globalThis as { e2eTemplateCleanup?: () => void }).e2eTemplateCleanup = template.cleanup
  console.log(`\n  demo town prepared once for the e2e suites in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
