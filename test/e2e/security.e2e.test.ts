/**
 * Security headers on the site and the admin: a Content-Security-Policy whose nonce is fresh per
 * response and carried by every script, no inline script without it, and the pages (forms with
 * JavaScript, the admin) keep working under the policy.
 */
import { ADMIN } from '../helpers/app'
import { newContext } from '../helpers/browser'
import { useRunningApp } from '../helpers/e2eSuite'

const suite = useRunningApp()

const PAGES = ['/', '/demarches/etat-civil/acte-de-naissance', '/formulaires/aide-ccas', '/documents', '/recherche?q=acte', '/page-inconnue', '/admin/login']

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1]

describe('security headers', () => {
  it.each(PAGES)('%s: CSP with a fresh nonce on every script, and the fixed headers', async (path) => {
    // As a browser asks for a page, so that cached and proxy-rendered pages are checked too.
    const asBrowser = { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } }
    const first = await fetch(suite.app.baseURL + path, asBrowser)
    const second = await fetch(suite.app.baseURL + path, asBrowser)
    const csp = first.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/)
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(csp).not.toMatch(/'unsafe-eval'/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(nonceOf(csp)).not.toBe(nonceOf(second.headers.get('content-security-policy') ?? ''))
    const html = await first.text()
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1])
    // Pages with an interactive part keep their scripts (the others ship none: decision 0014).
    if (/\sdata-island[\s=>]/.test(html) || path.startsWith('/admin')) expect(scripts.length).toBeGreaterThan(0)
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonceOf(csp)}"`)
    expect(first.headers.get('x-content-type-options')).toBe('nosniff')
    expect(first.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(first.headers.get('x-frame-options')).toBe('DENY')
    expect(first.headers.get('permissions-policy')).toContain('camera=()')
    expect(first.headers.get('strict-transport-security')).toBeNull() // plain HTTP here
    // The admin's colour-scheme hint is not critical on the site (it would restart the navigation).
    if (!path.startsWith('/admin')) expect(first.headers.get('critical-ch')).toBeNull()
  })

  it('sends HSTS when the request came over HTTPS (behind a TLS proxy)', async () => {
    const res = await fetch(suite.app.baseURL + '/', { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}; includeSubDomains$/)
  })

  it('the door page alone may use the camera (to read tickets), for itself only', async () => {
    const asBrowser = { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } }
    const policyOf = async (path: string) => (await fetch(suite.app.baseURL + path, asBrowser)).headers.get('permissions-policy')
    expect(await policyOf('/controle')).toMatch(/^camera=\(self\), microphone=\(\)/)
    for (const path of ['/agenda', '/', '/controle/scan', '/controle-autre']) expect({ path, policy: await policyOf(path) }).toEqual({ path, policy: expect.stringMatching(/^camera=\(\), /) })
  })

  it('files and the API get the fixed headers too', async () => {
    const res = await fetch(suite.app.baseURL + '/api/domains?limit=1')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('nothing is blocked: a form runs its script and the admin logs in under the policy', async () => {
    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text())
    })
    const redirects: string[] = []
    page.on('response', (r) => {
      if (r.request().isNavigationRequest() && r.status() >= 300 && r.status() < 400) redirects.push(`${r.status()} ${r.url()}`)
    })
    await page.goto(`${suite.app.baseURL}/formulaires/aide-ccas`)
    await page.locator('form[data-enhanced="steps"]').waitFor({ timeout: 30_000 })
    expect(redirects).toEqual([]) // the first navigation is answered at once
    await page.goto(`${suite.app.baseURL}/admin/login`)
    await page.locator('input[name="email"]').fill(ADMIN.email)
    await page.locator('input[name="password"]').fill(ADMIN.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await page.getByRole('heading', { name: /Demandes de toutes les organisations/ }).waitFor({ timeout: 30_000 })
    expect(violations).toEqual([])
    await context.close()
  }, 120_000)
})
