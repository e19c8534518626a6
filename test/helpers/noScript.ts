import type { BrowserContext } from 'playwright-core'

/**
 * "JavaScript off" for checks that themselves need a script (axe-core is injected into the page):
 * the application's scripts are refused at the network, so the page stays the server's HTML.
 * Pure JS-off behaviour (forms, links) is tested with javaScriptEnabled: false instead.
 */
export async function blockApplicationScripts(context: BrowserContext): Promise<void> {
  await context.route(/\/_next\/static\/.*\.js(\?.*)?$/, (route) => route.abort())
}
