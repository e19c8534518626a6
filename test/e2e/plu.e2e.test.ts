/**
 * The PLU page (issue #16) in Chromium against the built app and the demo town's PLU (seed):
 * without JavaScript the question form answers (address, parcel, errors beside the field) and the
 * zones are listed with their rule; with JavaScript the map draws the zones and a click opens the
 * panel. axe finds nothing on either. No basemap in tests (PLU_MAP_TILE_URL empty). The Urbanisme
 * domain links the page; the déclaration préalable's parcel is typed (no JavaScript) or picked on
 * its map (JavaScript), and the server accepts either.
 */
import type { Page } from 'playwright-core'

import { axeViolations } from '../helpers/axe'
import { newContext } from '../helpers/browser'
import { samplePdf } from '../helpers/files'
import { useRunningApp } from '../helpers/e2eSuite'

const suite = useRunningApp()
const navigate = (page: Page, action: () => Promise<unknown>) => Promise.all([page.waitForNavigation(), action()])

describe('the PLU page without JavaScript', () => {
  let page: Page
  beforeAll(async () => {
    page = await (await newContext(suite.browser, false)).newPage()
  })
  afterAll(async () => page.context().close())

  it('is in the navigation; lists the zones with a link to their rule', async () => {
    await page.goto(suite.app.baseURL + '/')
    await navigate(page, () => page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Carte du PLU' }).click())
    expect(new URL(page.url()).pathname).toBe('/urbanisme/plu')
    await expect(page.getByRole('heading', { name: 'Quelle zone pour mon adresse ou ma parcelle ?' }).count()).resolves.toBe(1)
    const list = page.locator('section[aria-labelledby="plu-liste"] li')
    await expect(list.allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Ua — Zone urbaine du centre-bourg Lire le règlement, page 2/),
      expect.stringMatching(/^1AU — /),
      expect.stringMatching(/^A — Zone agricole/),
      expect.stringMatching(/^N — /),
    ])
    await expect(list.first().getByRole('link').getAttribute('href')).resolves.toMatch(/^\/api\/documents\/file\/56890_reglement_20240115(-\d+)?\.pdf#page=2$/)
  })

  it('is linked from the Urbanisme domain page (« Voir aussi »)', async () => {
    await page.goto(suite.app.baseURL + '/demarches/urbanisme')
    const seeAlso = page.locator('section[aria-labelledby="voir-aussi"]')
    await navigate(page, () => seeAlso.getByRole('link', { name: /Carte du plan local d'urbanisme/ }).click())
    expect(new URL(page.url()).pathname).toBe('/urbanisme/plu')
  })

  it('answers an address: its zone, its rule and the information there', async () => {
    await page.fill('#champ-adresse', '1 place de la mairie')
    await navigate(page, () => page.locator('form[aria-labelledby="plu-par-adresse"]').getByRole('button', { name: 'Chercher la zone' }).click())
    const answer = page.locator('#plu-reponse')
    await expect(answer.locator('h3').first().textContent()).resolves.toBe('1 Place de la Mairie, 56890 Kerlann')
    await expect(answer.locator('[data-zone]').allTextContents()).resolves.toEqual([expect.stringMatching(/^Ua — Zone urbaine du centre-bourg \(Zone urbaine\)Lire le règlement, page 2/)])
    await expect(answer.textContent()).resolves.toContain('archéologique')
  })

  it('answers a parcel, and puts a French message beside the field for one that does not exist', async () => {
    await page.goto(suite.app.baseURL + '/urbanisme/plu')
    await page.fill('#champ-section', 'ab')
    await page.fill('#champ-numero', '3')
    await navigate(page, () => page.locator('form[aria-labelledby="plu-par-parcelle"]').getByRole('button', { name: 'Chercher la zone' }).click())
    await expect(page.locator('#plu-reponse [data-zone]').allTextContents()).resolves.toEqual([expect.stringMatching(/^1AU — /)])
    await page.fill('#champ-numero', '999')
    await navigate(page, () => page.locator('form[aria-labelledby="plu-par-parcelle"]').getByRole('button', { name: 'Chercher la zone' }).click())
    await expect(page.locator('.error-summary').textContent()).resolves.toContain("La parcelle AB 999 n'existe pas")
    await expect(page.locator('#champ-numero').getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(page.locator('#champ-numero-erreur').textContent()).resolves.toContain("n'existe pas")
    await expect(page.locator('#plu-reponse').count()).resolves.toBe(0)
  })
})

/** The déclaration préalable up to its check page, the parcel left to `parcel`. */
async function fillDeclaration(page: Page, parcel: () => Promise<void>) {
  await page.fill('#champ-nom', 'Yann Le Goff')
  await parcel()
  await page.selectOption('#champ-nature', { label: 'Abri de jardin' })
  await page.fill('#champ-description', 'Abri de jardin en bois de 12 m².')
  await page.setInputFiles('#champ-dossier', { name: 'dp.pdf', mimeType: 'application/pdf', buffer: await samplePdf('Déclaration préalable') })
  await page.fill('#champ-courriel', 'yann@example.fr')
}

describe('the déclaration préalable’s parcel without JavaScript', () => {
  it('has no map button; the typed section and number are checked and shown with their zones', async () => {
    const page = await (await newContext(suite.browser, false)).newPage()
    await page.goto(suite.app.baseURL + '/formulaires/declaration-prealable')
    await expect(page.getByRole('button', { name: 'Choisir sur la carte' }).count()).resolves.toBe(0)
    await fillDeclaration(page, async () => {
      await page.fill('#champ-parcelle-section', 'ab')
      await page.fill('#champ-parcelle-numero', '3')
    })
    await navigate(page, () => page.getByRole('button', { name: 'Vérifier mes réponses' }).click())
    const review = await page.locator('main').innerText()
    expect(review).toMatch(/Parcelle AB 3 \(56890000AB0003\)/)
    expect(review).toMatch(/Zones du PLU : 1AU/)
    await page.context().close()
  })
})

describe('the PLU map with JavaScript', () => {
  let page: Page
  beforeAll(async () => {
    page = await (await newContext(suite.browser, true)).newPage()
  })
  afterAll(async () => page.context().close())

  it('draws the zones coloured by type, toggles the prescriptions, and a click opens the zone panel', async () => {
    await page.goto(suite.app.baseURL + '/urbanisme/plu')
    // The map loads when it nears the screen.
    await page.locator('.plu-map').scrollIntoViewIfNeeded()
    await page.waitForSelector('.plu-map[data-ready="true"]')
    await expect(page.locator('.plu-map path.plu-zone').count()).resolves.toBe(4)
    const fills = await page.locator('.plu-map path.plu-zone').evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')))
    expect(new Set(fills)).toEqual(new Set(['#e60000', '#ff6565', '#ffff00', '#56aa02']))
    const overlayPaths = () => page.locator('.plu-map path:not(.plu-zone)').count()
    expect(await overlayPaths()).toBe(2)
    await page.getByLabel('Afficher les prescriptions et informations').uncheck()
    expect(await overlayPaths()).toBe(0)
    await page.getByLabel('Afficher les prescriptions et informations').check()
    // The map opens on the commune, whose centre (the town hall) is in Ua.
    const box = (await page.locator('.plu-map').boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await page.waitForSelector('.plu-map__panel[data-panel="answer"]')
    await expect(page.locator('.plu-map__panel [data-zone]').allTextContents()).resolves.toEqual([expect.stringMatching(/^Ua — Zone urbaine du centre-bourg/)])
    await expect(page.locator('.plu-map__panel a').first().getAttribute('href')).resolves.toMatch(/#page=2$/)
    expect(await axeViolations(page)).toEqual([])
  })

  it('has no accessibility violation with an answer and with an error shown', async () => {
    await page.goto(suite.app.baseURL + '/urbanisme/plu?section=AB&numero=1#plu-reponse')
    await page.locator('.plu-map').scrollIntoViewIfNeeded()
    await page.waitForSelector('.plu-map[data-ready="true"]')
    expect(await axeViolations(page)).toEqual([])
    await page.goto(suite.app.baseURL + '/urbanisme/plu?adresse=nulle+part')
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('the déclaration préalable’s parcel picked on its map', () => {
  it('a click on a parcel fills section and number and tells its zone; the server accepts the request', async () => {
    const page = await (await newContext(suite.browser, true)).newPage()
    await page.goto(suite.app.baseURL + '/formulaires/declaration-prealable')
    await fillDeclaration(page, async () => {
      await page.fill('#champ-parcelle-section', 'ab')
      const open = page.getByRole('button', { name: 'Choisir sur la carte' })
      await expect(open.getAttribute('aria-expanded')).resolves.toBe('false')
      await open.click()
      await expect(page.getByRole('button', { name: 'Fermer la carte' }).getAttribute('aria-expanded')).resolves.toBe('true')
      // The typed section's parcels are drawn; AB 3 is clicked.
      const parcel = page.locator('.parcel-picker__map path.parcel-56890000AB0003')
      await parcel.waitFor()
      await expect(page.locator('.parcel-picker__map path.parcel-picker__parcel').count()).resolves.toBe(12)
      await parcel.click()
      await page.waitForSelector('.parcel-picker__status:has-text("Zone du PLU")')
    })
    await expect(page.inputValue('#champ-parcelle-section')).resolves.toBe('AB')
    await expect(page.inputValue('#champ-parcelle-numero')).resolves.toBe('3')
    await expect(page.locator('.parcel-picker__status').textContent()).resolves.toMatch(/^Parcelle AB 3 choisie .*Zone du PLU : 1AU/)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Vérifier mes réponses' }).click()
    await page.getByRole('heading', { name: /Vérifiez vos réponses/ }).waitFor()
    await navigate(page, () => page.getByRole('button', { name: 'Envoyer ma demande' }).click())
    expect(page.url()).toMatch(/\/suivi\/[A-Za-z0-9_-]{32}\?confirmation=1$/)
    await page.context().close()
  })
})
