import type { Browser } from 'playwright-core'

import { ADMIN, type RunningApp, type StartAppOptions, startApp } from './app'
import { launchBrowser } from './browser'

export interface RunningAppOptions extends StartAppOptions {
  /** Launch Chromium too (default true). */
  browser?: boolean
  /** Log in as the first admin over the REST API and keep the JWT (default false). */
  adminToken?: boolean
}

/** What useRunningApp's hooks set up; read it inside tests and hooks, not at module load. */
export interface RunningAppSuite {
  readonly app: RunningApp
  readonly browser: Browser
  /** The first admin's JWT, for `Authorization: JWT …` headers. */
  readonly adminToken: string
}

/** Logs in over the REST API (the first admin by default) and returns the JWT. */
export async function logIn(baseURL: string, credentials: { email: string; password: string } = ADMIN): Promise<string> {
  const res = await fetch(`${baseURL}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(credentials) })
  if (res.status !== 200) throw new Error(`login failed for ${credentials.email}: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { token: string }).token
}

/**
 * The built app on a throw-away database (and Chromium, and the admin's token, as asked) for one
 * e2e test file: registers its beforeAll (180 s) and afterAll hooks. Call it at the top level of
 * the file (or of a describe), before the file's own beforeAll, which then runs after it.
 */
export function useRunningApp({ browser: withBrowser = true, adminToken: withAdminToken = false, ...startOptions }: RunningAppOptions = {}): RunningAppSuite {
  let app: RunningApp | undefined
  let browser: Browser | undefined
  let adminToken: string | undefined

  beforeAll(async () => {
    app = await startApp(startOptions)
    if (withBrowser) browser = await launchBrowser()
    if (withAdminToken) adminToken = await logIn(app.baseURL)
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  const ready = <T>(value: T | undefined, what: string, option?: string): T => {
    if (value !== undefined) return value
    throw new Error(option ? `useRunningApp: no ${what} (pass { ${option}: true })` : `useRunningApp: no ${what} yet (read it inside a test or hook)`)
  }
  return {
    get app() {
      return ready(app, 'app')
    },
    get browser() {
      return ready(browser, 'browser', withBrowser ? undefined : 'browser')
    },
    get adminToken() {
      return ready(adminToken, 'admin token', withAdminToken ? undefined : 'adminToken')
    },
  }
}
