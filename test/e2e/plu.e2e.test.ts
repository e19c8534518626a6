/**
 * The PLU page (issue #16) in Chromium against the built app and the demo town's PLU (seed):
 * without JavaScript the question form answers (address, parcel, errors beside the field) and the
 * zones are listed with their rule; with JavaScript the map draws the zones and a click opens the
 * panel. axe finds nothing on either. No basemap in tests (PLU_MAP_TILE_URL empty).
 */
import type { Page } from 'playwright-core'

import { axeViolations } from '../helpers/axe'
import { newContext } from '../helpers/browser'
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

describe('the PLU map with JavaScript', () => {
  let page: Page
  beforeAll(async () => {
    page = await (await newContext(suite.browser, true)).newPage()
  })
  afterAll(async () => page.context().close())

  it('draws the zones coloured by type, toggles the prescriptions, and a click opens the zone panel', async () => {
    await page.goto(suite.app.baseURL + '/urbanisme/plu')
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
    await page.waitForSelector('.plu-map[data-ready="true"]')
    expect(await axeViolations(page)).toEqual([])
    await page.goto(suite.app.baseURL + '/urbanisme/plu?adresse=nulle+part')
    expect(await axeViolations(page)).toEqual([])
  })
})
