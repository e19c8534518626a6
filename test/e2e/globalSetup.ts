import { prepareTemplate, TEMPLATE_ENV } from '../helpers/app'
import { launchSharedBrowser, SHARED_BROWSER_ENV } from '../helpers/browser'
import { testMongoUrl } from '../helpers/testDatabase'

/**
 * Once per e2e run: the Chromium the suites share (each in contexts of its own), and the demo town
 * prepared by `npm start`'s own steps, which each SQLite suite copies instead of preparing it again
 * (decision 0030). Suites on MongoDB prepare their own.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env[SHARED_BROWSER_ENV]) {
    const server = await launchSharedBrowser()
    process.env[SHARED_BROWSER_ENV] = server.wsEndpoint()
    ;(globalThis as { e2eBrowserServer?: { close: () => Promise<void> } }).e2eBrowserServer = server
  }
  if (testMongoUrl() || process.env[TEMPLATE_ENV]) return
  const started = Date.now()
  const template = await prepareTemplate()
  process.env[TEMPLATE_ENV] = template.dir
  ;(globalThis as { e2eTemplateCleanup?: () => void }).e2eTemplateCleanup = template.cleanup
  console.log(`\n  demo town prepared once for the e2e suites in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
