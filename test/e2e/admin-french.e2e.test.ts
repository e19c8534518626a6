/**
 * The agents' workspace in French, as the CCAS agent of the demo town sees it (issue 15): dates
 * and names in the list and a request, the due date in words, a bulk assignment, a saved filter
 * applied again, the dashboard's links; axe on the list and the dashboard, light and dark.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'

import { AGENT_PASSWORD } from '../helpers/app'
import { axeViolations, WCAG_TAGS } from '../helpers/axe'
import { useRunningApp } from '../helpers/e2eSuite'

const suite = useRunningApp()
const SHOTS = path.resolve('test-results/screenshots')
const SERIOUS = { tags: WCAG_TAGS, impacts: ['serious', 'critical'] }
const RAW_STATUSES = /\b(recue|en_cours|attente_usager|terminee|refusee|classee)\b/
const FRENCH_DATE_TIME = /\b\d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}\b/

let context: BrowserContext
let page: Page

async function shot(name: string) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

/** The page's own fetch (its session cookie, same origin): the REST API as the agent. */
const api = <T,>(url: string, init?: { method: string; body: unknown }) =>
  page.evaluate(
    async ([u, i]) => {
      const res = await fetch(u as string, i ? { method: (i as { method: string }).method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify((i as { body: unknown }).body) } : undefined)
      return res.json()
    },
    [url, init ?? null],
  ) as Promise<T>

/** The list's table text, once its rows are there, named (ListControlLabels) and their relations fetched. */
async function listText(): Promise<string> {
  await page.locator('table tbody tr input[type="checkbox"][aria-label^="Sélectionner la demande"]').first().waitFor({ state: 'attached', timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => !/Chargement|<Pas de Formulaire>/.test(document.querySelector('table')?.textContent ?? ''), undefined, { timeout: 15_000 })
  return (await page.locator('table').first().textContent()) ?? ''
}

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  context = await suite.browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1440, height: 1000 } })
  page = await context.newPage()
  await page.goto(`${suite.app.baseURL}/admin/login`)
  await page.locator('input[name="email"]').fill('agent.ccas@kerlann.fr')
  await page.locator('input[name="password"]').fill(AGENT_PASSWORD)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
}, 90_000)

afterAll(async () => context?.close())

describe('the CCAS agent’s workspace in French', () => {
  it('dashboard: cards, chart with its table, each figure a link to the same number of requests; axe light and dark', async () => {
    await page.getByRole('heading', { name: 'Demandes de votre organisation' }).waitFor({ state: 'visible', timeout: 30_000 })
    const figures = page.locator('.requests-dashboard a.dashboard-figure')
    expect(await figures.count()).toBeGreaterThanOrEqual(8)
    for (let i = 0; i < (await figures.count()); i += 1) {
      const link = figures.nth(i)
      const href = (await link.getAttribute('href'))!
      expect(href).toMatch(/^\/admin\/collections\/submissions\?where/)
      const shown = Number((await link.locator('span').first().textContent())!.trim())
      const list = await api<{ totalDocs: number }>(`/api/submissions?${href.split('?')[1]}&limit=1&depth=0`)
      expect({ figure: await link.textContent(), count: list.totalDocs }).toEqual({ figure: await link.textContent(), count: shown })
    }
    await page.locator('table.weekly-table caption', { hasText: 'Demandes reçues et closes, par semaine' }).waitFor({ state: 'visible' })
    expect(await page.locator('.requests-dashboard svg[aria-hidden="true"] text', { hasText: 'Demandes' }).count()).toBe(1)
    await shot('dashboard-clair')
    expect(await axeViolations(page, { ...SERIOUS, include: ['.requests-dashboard'] })).toEqual([])
    // Following the overdue figure opens the list with its filter.
    await Promise.all([page.waitForURL(/openDueDate/), page.locator('a.dashboard-figure', { hasText: 'En retard' }).click()])
    await listText()
    // Dark mode: Payload's theme variables carry the cards, chart and due dates.
    await context.addCookies([{ name: 'payload-theme', value: 'dark', url: suite.app.baseURL }])
    await page.goto(`${suite.app.baseURL}/admin`)
    await page.getByRole('heading', { name: 'Demandes de votre organisation' }).waitFor({ state: 'visible', timeout: 30_000 })
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark')
    await shot('dashboard-sombre')
    expect(await axeViolations(page, { ...SERIOUS, include: ['.requests-dashboard'] })).toEqual([])
    await page.goto(`${suite.app.baseURL}/admin/collections/submissions`)
    await listText()
    await shot('liste-sombre')
    expect(await axeViolations(page, { ...SERIOUS, include: ['.collection-list'] })).toEqual([])
  }, 120_000)

  it('list and request: French dates, names, labels, the due date in words; axe', async () => {
    await context.clearCookies({ name: 'payload-theme' })
    await page.goto(`${suite.app.baseURL}/admin/collections/submissions`)
    const text = await listText()
    expect(text).toMatch(FRENCH_DATE_TIME)
    expect(text).not.toMatch(/Sans titre|\b(AM|PM)\b|<Pas de/)
    expect(text).not.toMatch(RAW_STATUSES)
    expect(text).toContain('Non attribuée')
    expect(text).toMatch(/En retard de \d+ jours?|Dans \d+ jours|Échéance aujourd’hui|Demain/)
    await shot('liste-clair')
    expect(await axeViolations(page, { ...SERIOUS, include: ['.collection-list'] })).toEqual([])
    // A request assigned to somebody and complete: its page names the agent and writes dates in French.
    const { docs } = await api<{ docs: Array<{ id: number }> }>('/api/submissions?where[assignee][exists]=true&where[completeAt][exists]=true&limit=1&depth=0')
    expect(docs).toHaveLength(1)
    await page.goto(`${suite.app.baseURL}/admin/collections/submissions/${docs[0].id}`)
    await page.getByText(/^Réponses — /).first().waitFor({ state: 'visible', timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    // What a person reads (innerText: no script, no hidden text).
    const body = await page.locator('body').innerText()
    expect(body).not.toMatch(/Sans titre|\b(AM|PM)\b/)
    // Server-owned dates are text beside their label (ReadOnlyFact), in French.
    const completeAt = await page.locator('.ws-fact', { hasText: 'Dossier complet le' }).locator('.ws-fact__value').textContent()
    expect(completeAt).toMatch(/^\d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}$/)
    await shot('demande')
  }, 120_000)

  it('bulk assignment of two requests to a colleague, reported in French', async () => {
    await page.goto(`${suite.app.baseURL}/admin/collections/submissions`)
    await listText()
    const rows = page.locator('table tbody tr')
    const references: string[] = []
    for (const i of [0, 1]) {
      await rows.nth(i).locator('input[type="checkbox"]').check()
      references.push((await rows.nth(i).getByText(/^2026-\d{6}$/).textContent())!)
    }
    await page.getByText('Modifier les demandes cochées (2 sélectionnées)').waitFor({ state: 'visible' })
    await page.getByLabel('Attribuer à').selectOption({ label: 'Loïc Morvan' })
    await page.getByRole('button', { name: 'Appliquer aux demandes cochées' }).click()
    await page.locator('.bulk-report', { hasText: '2 demandes modifiées' }).waitFor({ state: 'visible', timeout: 30_000 })
    for (const reference of references) {
      const { docs } = await api<{ docs: Array<{ assignee: { name: string } }> }>(`/api/submissions?where[reference][equals]=${reference}&depth=1`)
      expect(docs[0].assignee.name).toBe('Loïc Morvan')
      await page.locator('tr', { hasText: reference }).getByText('Loïc Morvan').waitFor({ state: 'visible', timeout: 30_000 })
    }
    await shot('liste-attribution-groupee')
  }, 120_000)

  it('saves the current filter as a preset and applies it again', async () => {
    await page.goto(`${suite.app.baseURL}/admin/collections/submissions?where[status][equals]=en_cours`)
    await listText()
    await page.locator('#create-new-preset').click()
    const drawer = page.locator('.drawer__content, [class*="drawer"]').filter({ has: page.locator('#field-title') }).last()
    await drawer.locator('#field-title').fill('En cours (test)')
    await drawer.locator('#action-save').click()
    await page.waitForURL(/preset=/, { timeout: 30_000 })
    // Somewhere else, then back through the preset selector.
    await page.goto(`${suite.app.baseURL}/admin/collections/submissions`)
    await listText()
    await page.locator('#clear-preset').click().catch(() => {})
    await page.locator('#select-preset').click()
    await page.locator('.payload__modal-container').getByText('En cours (test)').first().click()
    await page.waitForURL(/preset=/, { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    const text = await listText()
    expect(text).toContain('En cours')
    for (const other of ['Reçue', 'En attente de l\'usager', 'Terminée', 'Refusée']) expect(text).not.toContain(other)
    await shot('liste-filtre-enregistre')
  }, 120_000)
})
