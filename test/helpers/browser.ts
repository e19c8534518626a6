import { type Browser, type BrowserContext, chromium } from 'playwright-core'

/** Debian's Chromium, headless, with no background network (this machine has none). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** `extraArgs`: more Chromium switches for one suite (e.g. a fake camera). */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
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
}

export function newContext(browser: Browser, javaScriptEnabled: boolean, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled, viewport, locale: 'fr-FR' })
}
