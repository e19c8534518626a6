/**
 * The directories in Chromium against the built app and the seeded town of Kerlann:
 * without JavaScript (search, category, letter, pages, detail, 404s), the Leaflet map with
 * JavaScript (markers, links, Leaflet only on the map page, nothing fetched from outside), and the
 * moderation from the citizen's form to the published entry and the e-mail.
 */
import type { Page } from 'playwright-core'

import { ADMIN } from '../helpers/app'
import { newContext } from '../helpers/browser'
import { useRunningApp } from '../helpers/e2eSuite'
import { readOutbox } from '../helpers/mail'

const suite = useRunningApp({ adminToken: true })

const navigate = (page: Page, action: () => Promise<unknown>) => Promise.all([page.waitForNavigation(), action()])
const status = (page: Page) => page.locator('main p[role="status"]').first().textContent()
const listedNames = (page: Page) => page.locator('.directory-list h2').allTextContents()

describe('directory without JavaScript', () => {
  let page: Page

  beforeAll(async () => {
    const context = await newContext(suite.browser, false)
    page = await context.newPage()
  })

  afterAll(async () => page.context().close())

  it('is linked from the navigation; a sports association is found by words without accents', async () => {
    await page.goto(suite.app.baseURL + '/')
    await navigate(page, () => page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Annuaire' }).click())
    expect(new URL(page.url()).pathname).toBe('/annuaire')
    await navigate(page, () => page.getByRole('link', { name: 'Associations', exact: true }).click())
    await page.fill('#annuaire-q', 'etoile SPORTIVE')
    await navigate(page, () => page.getByRole('button', { name: 'Rechercher' }).click())
    expect(page.url()).toContain('q=etoile+SPORTIVE')
    expect(await status(page)).toMatch(/^1 association/)
    expect(await listedNames(page)).toEqual(['Étoile sportive de Kerlann'])
  })

  it('filters by category, keeping the choice in the form', async () => {
    await page.goto(suite.app.baseURL + '/annuaire/associations')
    await page.selectOption('#annuaire-categorie', 'sport')
    await navigate(page, () => page.getByRole('button', { name: 'Rechercher' }).click())
    expect(page.url()).toContain('categorie=sport')
    const names = await listedNames(page)
    expect(names.length).toBeGreaterThanOrEqual(5)
    expect(names).toContain('Kerlann Handball Club')
    expect(names).not.toContain('Cercle celtique Bro Kerlann')
    await expect(page.locator('.directory-card__meta').allTextContents()).resolves.toEqual(names.map(() => expect.stringMatching(/^Sport/)))
    await expect(page.locator('#annuaire-categorie').inputValue()).resolves.toBe('sport')
    expect(await status(page)).toContain('(Sport)')
  })

  it('filters by initial letter', async () => {
    await page.goto(suite.app.baseURL + '/annuaire/associations')
    await navigate(page, () => page.getByRole('link', { name: 'Lettre K' }).click())
    const names = await listedNames(page)
    expect(names.length).toBeGreaterThan(1)
    for (const name of names) expect(name.startsWith('K')).toBe(true)
    await expect(page.getByRole('link', { name: 'Lettre K' }).getAttribute('aria-current')).resolves.toBe('true')
  })

  it('paginates with aria-current on the current page, and never lists a pending entry', async () => {
    await page.goto(suite.app.baseURL + '/annuaire/associations')
    expect(await status(page)).toMatch(/^30 associations — page 1 sur 2/)
    const pagination = page.getByRole('navigation', { name: 'Pagination' })
    await expect(pagination.locator('[aria-current="page"]').textContent()).resolves.toBe('1')
    const firstPage = await listedNames(page)
    expect(firstPage).toHaveLength(20)
    await navigate(page, () => pagination.getByRole('link', { name: /Page suivante/ }).click())
    expect(page.url()).toContain('page=2')
    await expect(pagination.locator('[aria-current="page"]').textContent()).resolves.toBe('2')
    const secondPage = await listedNames(page)
    expect(secondPage).toHaveLength(10)
    const all = [...firstPage, ...secondPage]
    expect(new Set(all).size).toBe(30)
    expect(all).not.toContain('Kerlann Échecs') // pending in the seed
  })

  it('opens the detail page of an entry', async () => {
    await page.goto(suite.app.baseURL + '/annuaire/associations?q=handball')
    await navigate(page, () => page.getByRole('link', { name: 'Kerlann Handball Club' }).click())
    expect(new URL(page.url()).pathname).toBe('/annuaire/associations/kerlann-handball-club')
    await expect(page.locator('h1').textContent()).resolves.toBe('Kerlann Handball Club')
    await expect(page.getByRole('heading', { name: 'Lieux et horaires' }).isVisible()).resolves.toBe(true)
    await expect(page.getByText('Salle omnisports des Tilleuls').isVisible()).resolves.toBe(true)
    await expect(page.getByRole('link', { name: 'Mettre à jour cette fiche' }).getAttribute('href')).resolves.toBe('/formulaires/referencer-mon-association?fiche=kerlann-handball-club')
    // the update form carries the entry's slug to the moderation queue
    await navigate(page, () => page.getByRole('link', { name: 'Mettre à jour cette fiche' }).click())
    await expect(page.locator('input[type="hidden"][name="fiche"]').inputValue()).resolves.toBe('kerlann-handball-club')
  })

  it.each([
    ['/annuaire/associations/inconnue'],
    ['/annuaire/associations/kerlann-echecs'], // pending
    ['/annuaire/entreprises/ferme-de-kerlann'], // pending
    ['/annuaire/entreprises/kerlann-handball-club'], // an association, not a business
  ])('%s answers the French 404 page', async (path) => {
    const res = await fetch(suite.app.baseURL + path)
    expect(res.status).toBe(404)
    const html = await res.text()
    expect(html).toContain('Page introuvable')
    expect(html).toContain('Aller au contenu')
  })

  it('shows a business with its SIRET and opening hours', async () => {
    const res = await fetch(suite.app.baseURL + '/annuaire/entreprises/pharmacie-de-la-place')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('Jours et heures d&#x27;ouverture')
    expect(html).toMatch(/SIRET : (<!-- -->)?\d{3} \d{3} \d{3} \d{5}/)
  })
})

describe('map with JavaScript', () => {
  it('shows one marker per published entry with a position, linking to its page, with nothing fetched from outside', async () => {
    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    const outside: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(suite.app.baseURL) && !request.url().startsWith('data:')) outside.push(request.url())
    })
    await page.goto(suite.app.baseURL + '/annuaire/carte')
    await page.locator('.directory-map[data-ready="true"]').waitFor()
    const markers = page.locator('.leaflet-marker-icon')
    expect(await markers.count()).toBe(50) // 30 associations + 20 businesses published in the seed
    await expect(page.locator('.directory-map__fallback').count()).resolves.toBe(0)
    // No tile server configured: no tiles, markers on the plain background.
    expect(await page.locator('.leaflet-tile').count()).toBe(0)
    await page.locator('.leaflet-marker-icon[alt="Kerlann Handball Club"]').click()
    const link = page.locator('.leaflet-popup-content a')
    await expect(link.textContent()).resolves.toBe('Kerlann Handball Club')
    await navigate(page, () => link.click())
    expect(new URL(page.url()).pathname).toBe('/annuaire/associations/kerlann-handball-club')
    expect(outside).toEqual([])
    await context.close()
  })

  it('filters the map to one directory', async () => {
    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    await page.goto(suite.app.baseURL + '/annuaire/carte?annuaire=entreprises')
    await page.locator('.directory-map[data-ready="true"]').waitFor()
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(20)
    await context.close()
  })

  it('draws background tiles from the address set in the Site global', async () => {
    const headers = { Authorization: `JWT ${suite.adminToken}`, 'Content-Type': 'application/json' }
    const refused = await fetch(`${suite.app.baseURL}/api/globals/site`, { method: 'POST', headers, body: JSON.stringify({ mapTileUrl: 'http://tuiles.exemple.fr/carte.png' }) })
    expect(refused.status).toBe(400)
    expect(await refused.text()).toContain('contenant {z}, {x} et {y}')
    const saved = await fetch(`${suite.app.baseURL}/api/globals/site`, { method: 'POST', headers, body: JSON.stringify({ mapTileUrl: '/tuiles/{z}/{x}/{y}.png', mapAttribution: '© Kerlann' }) })
    expect(saved.status).toBe(200)
    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    await page.goto(suite.app.baseURL + '/annuaire/carte')
    await page.locator('.directory-map[data-ready="true"]').waitFor()
    await page.locator('.leaflet-tile').first().waitFor({ state: 'attached' })
    expect(await page.locator('.leaflet-tile').first().getAttribute('src')).toMatch(/^\/tuiles\/\d+\/\d+\/\d+\.png$/)
    await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.toContain('© Kerlann')
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(50)
    await context.close()
    await fetch(`${suite.app.baseURL}/api/globals/site`, { method: 'POST', headers, body: JSON.stringify({ mapTileUrl: '', mapAttribution: '' }) })
  })

  it('loads Leaflet only on the map page', async () => {
    /**
     * Every script the page requested (recorded synchronously by `request` events while the page
     * lives), then their bodies fetched again from the app: nothing is read from a closed context.
     */
    const scriptsOf = async (path: string, ready?: string) => {
      const context = await newContext(suite.browser, true)
      const page = await context.newPage()
      const scriptUrls: string[] = []
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scriptUrls.push(request.url())
      })
      await page.goto(suite.app.baseURL + path)
      if (ready) await page.locator(ready).waitFor()
      await page.waitForLoadState('networkidle')
      await context.close()
      const bodies = await Promise.all(
        [...new Set(scriptUrls)].map(async (url) => {
          const res = await fetch(url)
          expect(res.status).toBe(200)
          return res.text()
        }),
      )
      // Leaflet's own global, set by its bundle
      return { count: scriptUrls.length, leaflet: bodies.some((body) => body.includes('noConflict') && body.includes('window.L=')) }
    }
    // The map page's scripts were observed (so an empty list below means none were loaded).
    expect(await scriptsOf('/annuaire/carte', '.directory-map[data-ready="true"]')).toEqual({ count: expect.any(Number), leaflet: true })
    // Lists, entries and home: no Leaflet — and, without any interactive part, no script at all.
    expect(await scriptsOf('/annuaire/associations')).toEqual({ count: 0, leaflet: false })
    expect(await scriptsOf('/annuaire/associations/kerlann-handball-club')).toEqual({ count: 0, leaflet: false })
    expect(await scriptsOf('/')).toEqual({ count: 0, leaflet: false })
  })
})

describe('moderation end to end', () => {
  it('a citizen proposes an association in the browser, staff approve, the entry is public and the citizen is e-mailed', async () => {
    const context = await newContext(suite.browser, false)
    const page = await context.newPage()
    const click = (name: string | RegExp) => navigate(page, () => page.getByRole('button', { name }).last().click())
    await page.goto(suite.app.baseURL + '/annuaire')
    await navigate(page, () => page.getByRole('link', { name: 'Référencer ou mettre à jour une association' }).click())
    expect(new URL(page.url()).pathname).toBe('/formulaires/referencer-mon-association')

    await page.fill('#champ-prenom', 'Yannick')
    await page.fill('#champ-nom', 'Le Bihan')
    await page.fill('#champ-courriel', 'yannick.lebihan@example.fr')
    await page.locator('#champ-consentement').check()
    await click('Continuer')
    await page.fill('#champ-denomination', 'Kerlann Pétanque Loisirs')
    await page.selectOption('#champ-categorie', 'sport')
    await page.fill('#champ-presentation', 'Concours amicaux le samedi après-midi au boulodrome.')
    await page.fill('#champ-rencontres', 'Boulodrome du Stade : samedi 14 h – 18 h')
    await click('Vérifier mes réponses')
    await click('Envoyer ma demande')
    expect(page.url()).toContain('/suivi/')
    await context.close()

    expect((await fetch(suite.app.baseURL + '/annuaire/associations/kerlann-petanque-loisirs')).status).toBe(404)

    const auth = { Authorization: `JWT ${suite.adminToken}`, 'Content-Type': 'application/json' }
    const found = (await (await fetch(`${suite.app.baseURL}/api/directory-proposals?where[name][equals]=Kerlann%20P%C3%A9tanque%20Loisirs`, { headers: auth })).json()) as {
      docs: Array<{ id: number; decision: string; requesterEmail: string }>
    }
    expect(found.docs).toEqual([expect.objectContaining({ decision: 'pending', requesterEmail: 'yannick.lebihan@example.fr' })])
    const mailsBefore = readOutbox(suite.app.outboxDir).length
    const approved = await fetch(`${suite.app.baseURL}/api/directory-proposals/${found.docs[0].id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ decision: 'approved' }) })
    expect(approved.status).toBe(200)

    const entry = await fetch(suite.app.baseURL + '/annuaire/associations/kerlann-petanque-loisirs')
    expect(entry.status).toBe(200)
    const html = await entry.text()
    expect(html).toContain('Kerlann Pétanque Loisirs')
    expect(html).toContain('Boulodrome du Stade')
    const list = await (await fetch(suite.app.baseURL + '/annuaire/associations?q=petanque')).text()
    expect(list).toContain('Kerlann Pétanque Loisirs')

    // the decision e-mail is written right after the save
    let mails = readOutbox(suite.app.outboxDir).slice(mailsBefore)
    for (let i = 0; i < 20 && !mails.some((m) => m.to === 'yannick.lebihan@example.fr'); i += 1) {
      await new Promise((r) => setTimeout(r, 250))
      mails = readOutbox(suite.app.outboxDir).slice(mailsBefore)
    }
    const mail = mails.find((m) => m.to === 'yannick.lebihan@example.fr')
    expect(mail?.text).toContain('a été acceptée')
    expect(mail?.text).toContain('/annuaire/associations/kerlann-petanque-loisirs')
  })

  it('communication staff refuse a proposal in the admin (decision + save): the citizen gets the reason', async () => {
    // a second request, sent without JavaScript
    const citizen = await newContext(suite.browser, false)
    const form = await citizen.newPage()
    const click = (name: string | RegExp) => navigate(form, () => form.getByRole('button', { name }).last().click())
    await form.goto(suite.app.baseURL + '/formulaires/referencer-mon-entreprise')
    await form.fill('#champ-prenom', 'Erwan')
    await form.fill('#champ-nom', 'Jégo')
    await form.fill('#champ-courriel', 'erwan.jego@example.fr')
    await form.locator('#champ-consentement').check()
    await click('Continuer')
    await form.fill('#champ-denomination', 'Vente en ligne Jégo')
    await form.selectOption('#champ-secteur', 'commerce')
    await form.fill('#champ-siret', '732 829 320 00074')
    await form.fill('#champ-presentation', 'Boutique en ligne sans magasin.')
    await form.fill('#champ-adresse-rue', '8 rue de Paris')
    await form.fill('#champ-adresse-codePostal', '35000')
    await form.fill('#champ-adresse-commune', 'Rennes')
    await click('Vérifier mes réponses')
    await click('Envoyer ma demande')
    await citizen.close()

    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    await page.goto(`${suite.app.baseURL}/admin/login`)
    await page.locator('input[name="email"]').fill(ADMIN.email)
    await page.locator('input[name="password"]').fill(ADMIN.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await page.goto(`${suite.app.baseURL}/admin/collections/directory-proposals`)
    await page.getByRole('link', { name: 'Vente en ligne Jégo' }).first().click({ timeout: 30_000 })
    await page.locator('#field-decision').waitFor({ state: 'visible', timeout: 30_000 })
    const mailsBefore = readOutbox(suite.app.outboxDir).length
    await page.locator('#field-decision').click()
    await page.locator('.rs__option', { hasText: 'Refuser' }).click()
    await page.locator('#field-rejectionReason').fill("L'annuaire est réservé aux entreprises installées à Kerlann.")
    await page.getByRole('button', { name: 'Sauvegarder' }).click()
    let mails = readOutbox(suite.app.outboxDir).slice(mailsBefore)
    for (let i = 0; i < 40 && !mails.some((m) => m.to === 'erwan.jego@example.fr'); i += 1) {
      await new Promise((r) => setTimeout(r, 250))
      mails = readOutbox(suite.app.outboxDir).slice(mailsBefore)
    }
    const mail = mails.find((m) => m.to === 'erwan.jego@example.fr')
    expect(mail?.text).toContain("n'a pas pu être acceptée")
    expect(mail?.text).toContain("L'annuaire est réservé aux entreprises installées à Kerlann.")
    expect((await fetch(suite.app.baseURL + '/annuaire/entreprises/vente-en-ligne-jego')).status).toBe(404)
    await context.close()
  }, 120_000)
})
