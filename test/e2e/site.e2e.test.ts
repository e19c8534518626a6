/**
 * Every citizen route over real HTTP against the built app, then in Chromium with JavaScript
 * disabled: content present, French 404s, GET forms working.
 */
import { newContext } from '../helpers/browser'
import { useRunningApp } from '../helpers/e2eSuite'

const suite = useRunningApp({ adminToken: true })

const get = async (path: string) => {
  const res = await fetch(suite.app.baseURL + path)
  return { status: res.status, html: await res.text() }
}

const ROUTES: Array<[string, string[]]> = [
  ['/', ['Vos démarches en ligne', 'État civil', 'Social-Solidarité', 'Emploi', 'Les démarches les plus demandées', 'Aller au contenu']],
  ['/demarches', ['Toutes les démarches', 'Demander un acte de naissance', 'Urbanisme']],
  ['/demarches/etat-civil', ['État civil', 'Demander un acte de naissance', 'Demander un acte de décès']],
  [
    '/demarches/etat-civil/acte-de-naissance',
    ['Demander un acte de naissance', 'Qui peut faire la demande ?', 'Pièces à fournir', 'Coût', 'Délai', 'Où s&#x27;adresser ?', 'F1427', 'service-public.fr/particuliers/vosdroits/F1427', 'PDF, ', 'Ko'],
  ],
  ['/demarches/citoyennete/carte-nationale-identite', ['Faire la démarche en ligne', 'ants.gouv.fr']],
  ['/documents', ['Imprimés à télécharger', 'Demande d&#x27;acte d&#x27;état civil', '/api/documents/file/']],
  ['/documents?domaine=social-solidarite', ['Dossier de demande d&#x27;aide', 'dans le thème « Social-Solidarité »']],
  ['/recherche?q=naissance', ['Demander un acte de naissance', 'pour « naissance »']],
  ['/recherche?q=etat%20CIVIL', ['Demande d&#x27;acte d&#x27;état civil']],
]

describe('citizen routes over HTTP', () => {
  it.each(ROUTES)('%s answers 200 with its content', async (path, expected) => {
    const { status, html } = await get(path)
    expect(status).toBe(200)
    expect(html).toContain('<html lang="fr"')
    for (const text of expected) expect(html).toContain(text)
  })

  it.each(['/nimporte-quoi', '/demarches/inconnu', '/demarches/etat-civil/inconnue', '/demarches/urbanisme/acte-de-naissance'])(
    '%s answers a French 404 page inside the site',
    async (path) => {
      const { status, html } = await get(path)
      expect(status).toBe(404)
      expect(html).toContain('Page introuvable')
      expect(html).toContain('Aller au contenu')
    },
  )

  it('finds nothing for gibberish and says so', async () => {
    const { status, html } = await get('/recherche?q=zzzxqw')
    expect(status).toBe(200)
    expect(html).toContain('0 résultat')
    expect(html).toContain('Aucun résultat')
  })

  it('serves the seeded PDFs as real PDFs', async () => {
    const { html } = await get('/documents')
    // Absolute at the public address (PUBLIC_URL → Payload's serverURL), which is this app's.
    const href = /href="((?:https?:\/\/[^/"]+)?\/api\/documents\/file\/[^"]+\.pdf)"/.exec(html)?.[1]
    expect(href).toBeTruthy()
    expect(new URL(href!, suite.app.baseURL).origin).toBe(new URL(suite.app.baseURL).origin)
    const res = await fetch(new URL(href!, suite.app.baseURL))
    expect(res.status).toBe(200)
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('shows no draft to visitors', async () => {
    const domains = (await (await fetch(`${suite.app.baseURL}/api/domains?where[slug][equals]=emploi`)).json()) as { docs: Array<{ id: number }> }
    const orgs = (await (await fetch(`${suite.app.baseURL}/api/organisations?limit=1`)).json()) as { docs: Array<{ id: number }> }
    const created = await fetch(`${suite.app.baseURL}/api/procedures?draft=true`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${suite.adminToken}` },
      body: JSON.stringify({ title: 'Brouillon secret', slug: 'brouillon-secret', summary: 'pas encore publié', domain: domains.docs[0].id, organisation: orgs.docs[0].id, _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    expect((await get('/demarches/emploi/brouillon-secret')).status).toBe(404)
    expect((await get('/demarches/emploi')).html).not.toContain('Brouillon secret')
    expect((await get('/recherche?q=brouillon')).html).not.toContain('Brouillon secret')
  })
})

describe('with JavaScript disabled, in Chromium', () => {
  it.each(ROUTES.map(([p]) => p))('%s renders fully', async (path) => {
    const context = await newContext(suite.browser, false)
    const page = await context.newPage()
    const response = await page.goto(suite.app.baseURL + path)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy()
    expect(await page.locator('a.skip-link').getAttribute('href')).toBe('#contenu')
    await context.close()
  })

  it('search works from the home page form', async () => {
    const context = await newContext(suite.browser, false)
    const page = await context.newPage()
    await page.goto(suite.app.baseURL + '/')
    await page.getByLabel('Rechercher une démarche ou un imprimé').fill('décès')
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await page.waitForURL(/\/recherche\?q=/)
    await expect(page.getByRole('link', { name: 'Demander un acte de décès' }).count()).resolves.toBeGreaterThan(0)
    await context.close()
  })

  it('the documents filter works', async () => {
    const context = await newContext(suite.browser, false)
    const page = await context.newPage()
    await page.goto(suite.app.baseURL + '/documents')
    const all = await page.locator('ul.documents > li').count()
    await page.getByLabel('Thème').selectOption({ label: 'Réservation' })
    await page.getByRole('button', { name: 'Filtrer' }).click()
    await page.waitForURL(/domaine=reservation/)
    const filtered = await page.locator('ul.documents > li').count()
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(all)
    await expect(page.locator('ul.documents').textContent()).resolves.toContain('salle')
    await context.close()
  })

  it('navigates home → domain → procedure by links, with breadcrumbs', async () => {
    const context = await newContext(suite.browser, false)
    const page = await context.newPage()
    await page.goto(suite.app.baseURL + '/')
    await page.getByRole('link', { name: 'Urbanisme' }).click()
    await page.waitForURL(/\/demarches\/urbanisme$/)
    await page.getByRole('link', { name: /certificat d'urbanisme/i }).first().click()
    await page.waitForURL(/\/demarches\/urbanisme\/certificat-urbanisme$/)
    const crumbs = page.getByRole('navigation', { name: "Fil d'Ariane" })
    await expect(crumbs.locator('[aria-current="page"]').textContent()).resolves.toMatch(/certificat d'urbanisme/i)
    await context.close()
  })
})
