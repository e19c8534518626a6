/**
 * The imprimés library and the service-public.fr source line, in Chromium with JavaScript off,
 * against the built app and its demo town (whose seed imports the sample fiches).
 */
import type { Page } from 'playwright-core'

import { ADMIN } from '../helpers/app'
import { newContext } from '../helpers/browser'
import { useRunningApp } from '../helpers/e2eSuite'

const suite = useRunningApp()

async function withoutJavaScript(run: (page: Page) => Promise<void>) {
  const context = await newContext(suite.browser, false)
  try {
    await run(await context.newPage())
  } finally {
    await context.close()
  }
}

const itemTitles = (page: Page) => page.locator('.document-item__title').allTextContents()

describe('imprimés library, JavaScript off', () => {
  it('searches without accents or capitals, then narrows by domain, through plain GET forms', () =>
    withoutJavaScript(async (page) => {
      await page.goto(suite.app.baseURL + '/documents')
      const all = (await itemTitles(page)).length
      expect(all).toBeGreaterThanOrEqual(10)

      await page.getByLabel('Mot-clé').fill('ETAT civil')
      await page.getByRole('button', { name: 'Filtrer' }).click()
      await page.waitForURL(/\/documents\?q=ETAT\+civil/)
      expect(await itemTitles(page)).toEqual(["Demande d'acte d'état civil"])
      await expect(page.getByRole('status').filter({ hasText: 'imprimé' }).textContent()).resolves.toBe('1 imprimé pour « ETAT civil »')

      await page.getByLabel('Mot-clé').fill('demande')
      await page.getByLabel('Thème').selectOption({ label: 'Réglementation' })
      await page.getByRole('button', { name: 'Filtrer' }).click()
      await page.waitForURL(/domaine=reglementation/)
      const narrowed = await itemTitles(page)
      expect(narrowed.length).toBeGreaterThan(1)
      expect(narrowed.length).toBeLessThan(all)
      expect(narrowed).toContain("Demande d'arrêté de circulation ou de stationnement")
      expect(narrowed).not.toContain("Demande d'acte d'état civil")

      await page.goto(suite.app.baseURL + '/documents?q=zzzxqw')
      expect(await itemTitles(page)).toEqual([])
      await expect(page.locator('#contenu').textContent()).resolves.toContain('Aucun imprimé ne correspond')
    }))

  it('names format, size and page count in every download link', () =>
    withoutJavaScript(async (page) => {
      await page.goto(suite.app.baseURL + '/documents?domaine=reservation')
      const links = page.locator('a.document-download')
      expect(await links.count()).toBe(2)
      for (const name of await links.allTextContents()) expect(name).toMatch(/^Télécharger « .+ » \(PDF, \d+ Ko, \d+ pages?\)$/)
      const href = await links.first().getAttribute('href')
      const res = await fetch(new URL(href!, suite.app.baseURL))
      expect(res.headers.get('content-type')).toContain('application/pdf')
    }))

  it('document page links back to the procedures that use it', () =>
    withoutJavaScript(async (page) => {
      await page.goto(suite.app.baseURL + '/documents')
      await page.getByRole('link', { name: "Demande d'acte d'état civil", exact: true }).click()
      await page.waitForURL(/\/documents\/demande-acte-etat-civil$/)
      await expect(page.locator('h1').textContent()).resolves.toBe("Demande d'acte d'état civil")
      const section = page.locator('section[aria-labelledby="demarches-liees"]')
      await expect(section.getByRole('link').allTextContents()).resolves.toEqual([
        'Demander un acte de décès',
        'Demander un acte de mariage',
        'Demander un acte de naissance',
      ])
      await section.getByRole('link', { name: 'Demander un acte de naissance' }).click()
      await page.waitForURL(/\/demarches\/etat-civil\/acte-de-naissance$/)
    }))

  it('answers a French 404 page for an unknown document', async () => {
    const res = await fetch(suite.app.baseURL + '/documents/imprime-inconnu')
    expect(res.status).toBe(404)
    const html = await res.text()
    expect(html).toContain('Page introuvable')
    expect(html).toContain('Aller au contenu')
  })
})

describe('service-public.fr source on a procedure page, JavaScript off', () => {
  it('shows the imported fiche, its update date and the official forms', () =>
    withoutJavaScript(async (page) => {
      await page.goto(suite.app.baseURL + '/demarches/citoyennete/inscription-listes-electorales')
      const section = page.locator('section[aria-labelledby="en-savoir-plus"]')
      await expect(section.locator('.service-public__source').textContent()).resolves.toBe('Source : service-public.fr (site externe), mis à jour le 14 février 2025')
      const fiche = section.getByRole('link', { name: /Inscription sur les listes électorales \(fiche F1367 sur service-public.fr\)/ })
      expect(await fiche.getAttribute('href')).toBe('https://www.service-public.fr/particuliers/vosdroits/F1367')
      await expect(section.getByRole('link', { name: /cerfa n° 12669\*03/ }).count()).resolves.toBe(1)
    }))
})

describe('service-public.fr review in the admin (Payload admin, JavaScript on)', () => {
  it('lists the procedures "à revoir", warns in the edit view, and "J\'ai relu la fiche" clears it', async () => {
    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    try {
      await page.goto(`${suite.app.baseURL}/admin/login`)
      await page.locator('input[name="email"]').fill(ADMIN.email)
      await page.locator('input[name="password"]').fill(ADMIN.password)
      await page.getByRole('button', { name: 'Se connecter' }).click()
      await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })

      await page.goto(`${suite.app.baseURL}/admin/collections/procedures?limit=100`)
      const toReview = page.getByRole('link', { name: 'À revoir (fiche service-public.fr modifiée)' })
      await toReview.waitFor({ state: 'visible', timeout: 30_000 })
      // Payload's list first rewrites its own address (adding depth and sort): a click made during
      // that rewrite is lost. Click once the list has settled.
      await page.waitForURL(/depth=/, { timeout: 30_000 })
      await Promise.all([page.waitForURL(/servicePublicNeedsReview/), toReview.click()])
      await page.getByText('Demander un acte de naissance').first().waitFor({ state: 'visible', timeout: 30_000 })
      await expect(page.getByText('Demander un acte de mariage').count()).resolves.toBe(0) // F1432 unchanged since the demo review
      expect(await page.locator('tbody tr').count()).toBe(await page.locator('tbody').getByText('À revoir', { exact: true }).count())

      // The filtered list may rewrite its address once more: a click lost to it is made again.
      const birthLink = page.getByRole('link', { name: 'Demander un acte de naissance' }).first()
      for (let attempt = 1; ; attempt += 1) {
        await birthLink.click()
        const opened = await page.waitForURL(/\/admin\/collections\/procedures\/\w+/, { timeout: 10_000 }).then(() => true, () => false)
        if (opened || attempt === 3) break
      }
      const notice = page.getByText('Fiche service-public.fr à revoir.')
      await notice.waitFor({ state: 'visible', timeout: 30_000 })
      await expect(page.getByRole('status').filter({ hasText: 'à revoir' }).textContent()).resolves.toContain('modifiée le 12 mars 2025')
      await page.getByLabel("J'ai relu la fiche service-public.fr").check()
      await page.getByRole('button', { name: /^(Publier les modifications|Enregistrer)$/ }).first().click()
      await notice.waitFor({ state: 'detached', timeout: 30_000 })

      const res = await page.request.get(`${suite.app.baseURL}/api/procedures?where[slug][equals]=acte-de-naissance&depth=0`)
      const [birth] = ((await res.json()) as { docs: Array<{ servicePublicNeedsReview: boolean; servicePublicReviewedAt: string }> }).docs
      expect(birth!.servicePublicNeedsReview).toBe(false)
      expect(Date.now() - new Date(birth!.servicePublicReviewedAt).getTime()).toBeLessThan(5 * 60_000)
    } finally {
      await context.close()
    }
  }, 150_000)
})
