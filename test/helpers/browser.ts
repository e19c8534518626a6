import { type Browser, type BrowserContext, type BrowserServer, chromium } from 'playwright-core'

/** Debian's Chromium, headless, with no background network (this machine has none). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * Where the Chromium the e2e global set-up started listens (test/e2e/globalSetup.ts): the suites
 * connect to it instead of each starting its own (~1.5 s of CPU per start, decision 0037). Each
 * suite still works in browser contexts of its own, closed with it.
 */
export const SHARED_BROWSER_ENV = 'E2E_BROWSER_WS_ENDPOINT'

const launchOptions = (extraArgs: string[] = []) => ({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    ...extraArgs,
  ],
})

/**
 * Chromium for one suite: the shared one when the global set-up started it, else its own.
 * `extraArgs`: more Chromium switches for one suite (e.g. a fake camera) — always its own then.
 */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const shared = process.env[SHARED_BROWSER_ENV]
  if (shared && extraArgs.length === 0) return chromium.connect(shared)
  return chromium.launch(launchOptions(extraArgs))
}

/** The Chromium the e2e suites share, started once by their global set-up. */
export function launchSharedBrowser(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions())
}

export function newContext(browser: Browser, javaScriptEnabled: boolean, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled, viewport, locale: 'fr-FR' })
}
