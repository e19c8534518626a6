/**
 * Public pages come from the page cache with a fresh nonce on every response, and an edit in the
 * admin shows on the very next load; staff and client navigations always get a fresh render.
 */
import { useRunningApp } from '../helpers/e2eSuite'

const suite = useRunningApp({ browser: false, adminToken: true })
const PAGE = '/demarches/etat-civil/acte-de-naissance'

const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1]
const page = (path: string, headers: Record<string, string> = {}) => fetch(suite.app.baseURL + path, { headers: { accept: 'text/html', ...headers } })
const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]

describe('page cache', () => {
  it('serves the second visit from the cache, without the scripts the page does not use', async () => {
    await page(PAGE) // fills the cache (or hits it if an earlier test did)
    const res = await page(PAGE)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-page-cache')).toBe('hit')
    const html = await res.text()
    expect(html).toContain('<h1')
    expect(html).not.toMatch(/<script\b/) // a plain HTML page: no framework runtime, no hydration payload
    const again = await page(PAGE)
    expect(nonceOf(again)).not.toBe(nonceOf(res))
    expect(again.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('a page with an interactive part (the map) keeps its scripts, each with the response’s own nonce', async () => {
    await page('/annuaire/carte')
    const res = await page('/annuaire/carte')
    expect(res.headers.get('x-page-cache')).toBe('hit')
    const nonce = nonceOf(res)!
    const scripts = [...(await res.text()).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1])
    expect(scripts.length).toBeGreaterThan(0)
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`)
  })

  it('shows an edit made in the admin on the next load', async () => {
    const { docs } = (await (await fetch(`${suite.app.baseURL}/api/procedures?where[slug][equals]=acte-de-naissance&depth=0`, { headers: { Authorization: `JWT ${suite.adminToken}` } })).json()) as {
      docs: Array<{ id: number; title: string }>
    }
    const before = await (await page(PAGE)).text()
    expect(h1(before)).toBe(docs[0].title)
    const update = await fetch(`${suite.app.baseURL}/api/procedures/${docs[0].id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${suite.adminToken}` },
      body: JSON.stringify({ title: 'Acte de naissance (copie intégrale ou extrait)', _status: 'published' }),
    })
    expect(update.status).toBe(200)
    const after = await page(PAGE)
    expect(after.headers.get('x-page-cache')).toBe('miss')
    expect(h1(await after.text())).toBe('Acte de naissance (copie intégrale ou extrait)')
    // The domain page lists the new title too: every cached page was dropped.
    expect(await (await page('/demarches/etat-civil')).text()).toContain('Acte de naissance (copie intégrale ou extrait)')
  })

  it('never serves staff or client navigations from the cache, nor private pages', async () => {
    await page('/')
    expect((await page('/')).headers.get('x-page-cache')).toBe('hit')
    const staff = await page('/', { cookie: `payload-token=${suite.adminToken}` })
    expect(staff.headers.get('x-page-cache')).toBeNull()
    // A client navigation (what Next.js's router sends): an RSC payload, never the cached HTML.
    const navigation = await fetch(suite.app.baseURL + '/', { headers: { rsc: '1', accept: '*/*' } })
    expect(navigation.headers.get('x-page-cache')).toBeNull()
    expect(navigation.headers.get('content-type')).toContain('text/x-component')
    await page('/formulaires/aide-ccas')
    expect((await page('/formulaires/aide-ccas')).headers.get('x-page-cache')).toBeNull()
  })

  it('an unknown page is still the French 404, never cached', async () => {
    for (let i = 0; i < 2; i += 1) {
      const res = await page('/demarches/etat-civil/inconnue')
      expect(res.status).toBe(404)
      expect(res.headers.get('x-page-cache')).toBeNull()
    }
  })

  it('search and the 404 page, rendered per request, ship no script either; forms keep theirs', async () => {
    const search = await page('/recherche?q=acte')
    expect(search.status).toBe(200)
    expect(search.headers.get('x-page-cache')).toBeNull()
    const searchHtml = await search.text()
    expect(searchHtml).toContain('acte')
    expect(searchHtml).not.toMatch(/<script\b/)
    expect(search.headers.get('content-security-policy')).toMatch(/'nonce-/)
    const missing = await page('/demarches/etat-civil/inconnue')
    expect(missing.status).toBe(404)
    const missingHtml = await missing.text()
    expect(missingHtml).toContain('Page introuvable')
    expect(missingHtml).not.toMatch(/<script\b/)
    const form = await page('/formulaires/aide-ccas')
    const nonce = nonceOf(form)!
    const scripts = [...(await form.text()).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1])
    expect(scripts.length).toBeGreaterThan(0)
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`)
  })
})
