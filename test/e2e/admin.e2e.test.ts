/** The admin is in French, grouped as staff expect, and staff can log in. */
import type { Browser } from 'playwright-core'

import { ADMIN, type RunningApp, startApp } from '../helpers/app'
import { launchBrowser, newContext } from '../helpers/browser'

let app: RunningApp
let browser: Browser

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('admin', () => {
  it('prints nothing secret when the password comes from ADMIN_PASSWORD', () => {
    expect(app.output()).toContain(ADMIN.email)
    expect(app.output()).not.toContain(ADMIN.password)
  })

  it('logs in in French and shows the navigation groups', async () => {
    const context = await newContext(browser, true)
    const page = await context.newPage()
    await page.goto(`${app.baseURL}/admin/login`)
    await page.locator('input[name="email"]').fill(ADMIN.email)
    await page.locator('input[name="password"]').fill(ADMIN.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    const nav = page.locator('nav')
    for (const group of ['Démarches', 'Médias', 'Réglages']) {
      await nav.getByText(group, { exact: true }).first().waitFor({ state: 'visible' })
    }
    await page.goto(`${app.baseURL}/admin/collections/procedures?search=naissance`)
    await page.getByText('Demander un acte de naissance').first().waitFor({ state: 'visible', timeout: 30_000 })
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr')
    // Staff compose forms from field blocks: the editor opens with its steps
    await page.goto(`${app.baseURL}/admin/collections/forms/create`)
    const addStep = page.getByRole('button', { name: /Ajouter Étape/ }).first()
    await addStep.waitFor({ state: 'visible', timeout: 30_000 })
    await addStep.click()
    await page.getByText("Titre de l'étape").first().waitFor({ state: 'visible', timeout: 30_000 })
    await page.getByRole('button', { name: /Ajouter Champ/ }).first().click()
    for (const type of ['Texte court', 'Groupe répétable', 'Pièce jointe']) {
      await page.getByText(type, { exact: true }).first().waitFor({ state: 'visible', timeout: 30_000 })
    }
    await page.goto(`${app.baseURL}/admin/collections/forms?search=CCAS`)
    await page.getByText("Demande d’aide financière au CCAS").first().waitFor({ state: 'visible', timeout: 30_000 })
    await context.close()
  }, 120_000)
})
