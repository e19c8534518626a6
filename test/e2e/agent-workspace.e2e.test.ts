/**
 * The agent's request page (issue 15): an agent of the Commune handles a contact request from
 * "Reçue" to "Terminée" with the buttons only — the citizen answering the request for a
 * complement from the follow-up page — reads the story on the timeline and opens the print view;
 * axe on both pages, in the light and dark themes; screenshots in test-results/screenshots/.
 */
import fs from 'node:fs'
import path from 'node:path'

import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

import { AGENT_PASSWORD } from '../helpers/app'
import { WCAG_TAGS } from '../helpers/axe'
import { newContext } from '../helpers/browser'
import { fillContactForm } from '../helpers/contactForm'
import { logIn, useRunningApp } from '../helpers/e2eSuite'

const suite = useRunningApp()
const AGENT = 'etat-civil@kerlann.fr' // Sophie Tanguy, of the Commune
const OTHER_AGENT = 'agent.ccas@kerlann.fr'
const CITIZEN = 'bureau.agent@example.fr'
const SHOTS = path.resolve('test-results', 'screenshots')

/**
 * axe's serious and critical violations (WCAG 2.1 A/AA), one readable line each: the page within
 * `within` (all of it by default), but what `outside` names.
 */
async function seriousViolations(page: Page, within?: string[], outside?: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS)
  for (const selector of within ?? []) builder = builder.include(selector)
  for (const selector of outside ?? []) builder = builder.exclude(selector)
  const results = await builder.analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
}
/**
 * The whole request page but Payload's document tabs (a list whose items are not <li>: Payload's
 * own markup, not ours). The server-owned facts are text (ReadOnlyFact) and the agent a native
 * select (AssigneeSelect): no disabled widget nor unnamed input left.
 */
const PAYLOAD_TABS = ['.doc-tabs']

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

/** Opens the action's dialog, lets `fill` type in it, confirms, and waits for the page to show the new state. */
async function decide(page: Page, label: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>, screenshot?: string) {
  await page.getByRole('button', { name: label, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: label })
  await dialog.waitFor({ state: 'visible' })
  await fill(dialog)
  if (screenshot) await shot(page, screenshot)
  await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), dialog.getByRole('button', { name: `Confirmer : ${label}` }).click()])
  await page.locator('#ws-status-title').waitFor({ state: 'visible', timeout: 30_000 })
}

describe("agent's request page", () => {
  it('handles a request from « Reçue » to « Terminée » with the buttons, reads its timeline and prints it', async () => {
    // The citizen writes to the town (no JavaScript), and keeps the follow-up link.
    const citizen = await newContext(suite.browser, false)
    const site = await citizen.newPage()
    await site.goto(`${suite.app.baseURL}/formulaires/contacter-la-mairie`)
    await fillContactForm(site, { nom: 'Le Bihan', prenom: 'Gaël', courriel: CITIZEN, objet: 'Urbanisme', message: 'Puis-je poser une clôture ?' })
    await Promise.all([site.waitForNavigation(), site.getByRole('button', { name: 'Vérifier mes réponses' }).click()])
    await Promise.all([site.waitForNavigation(), site.getByRole('button', { name: 'Envoyer ma demande' }).click()])
    const followUp = new URL(site.url()).pathname

    const token = await logIn(suite.app.baseURL, { email: AGENT, password: AGENT_PASSWORD })
    const found = (await (await fetch(`${suite.app.baseURL}/api/submissions?where[requesterEmail][equals]=${encodeURIComponent(CITIZEN)}&depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as {
      docs: Array<{ id: number; reference: string }>
    }
    const { id, reference } = found.docs[0]

    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    await page.goto(`${suite.app.baseURL}/admin/login`)
    await page.locator('input[name="email"]').fill(AGENT)
    await page.locator('input[name="password"]').fill(AGENT_PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    const requestPage = `${suite.app.baseURL}/admin/collections/submissions/${id}`
    await page.goto(requestPage)
    await page.locator('#ws-status-title').waitFor({ state: 'visible', timeout: 60_000 })
    const status = () => page.locator('#ws-status-title .ws-badge').textContent()
    await expect(status()).resolves.toBe('Reçue')
    // The raw arrays and inputs are gone from the form; the buttons say what is possible.
    const body = await page.locator('body').innerText()
    expect(body).not.toMatch(/History 0|Sans titre|Sauvegarder la note/)
    expect(await page.getByRole('button', { name: 'Accepter', exact: true }).count()).toBe(0)
    expect(await seriousViolations(page, undefined, PAYLOAD_TABS)).toEqual([])
    await shot(page, 'agent-request-recue')

    await decide(page, 'Prendre en charge', (d) => d.getByLabel('Commentaire pour l’usager (facultatif)').fill('Votre demande est à l’étude.'))
    await expect(status()).resolves.toBe('En cours')
    // Taken: assigned to her, shown by name in the agent's select; the form, by its title, as text.
    await expect(page.locator('#field-assignee option:checked').textContent()).resolves.toBe('Sophie Tanguy')
    await expect(page.locator('.ws-fact', { hasText: 'Formulaire' }).locator('.ws-fact__value').textContent()).resolves.not.toMatch(/^\d+$|^—$/)

    // Escape closes a dialog without doing anything, and focus returns to its button.
    await page.getByRole('button', { name: 'Refuser', exact: true }).click()
    await page.getByRole('dialog', { name: 'Refuser' }).waitFor({ state: 'visible' })
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Refuser')

    await decide(
      page,
      'Demander un complément',
      async (d) => {
        await d.getByLabel('Pièces ou informations manquantes (une par ligne)').fill('Plan de situation\nPhoto de la clôture envisagée')
        await expect(d.getByLabel('À transmettre avant le').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/)
        await expect(d.getByLabel(/^Courriel à l’usager/).inputValue()).resolves.toContain(reference)
      },
      'agent-dialog-complement',
    )
    await expect(status()).resolves.toBe("En attente de l'usager")

    // The citizen reads what is missing and answers from the follow-up page.
    await site.goto(suite.app.baseURL + followUp)
    const asked = (await site.locator('main').textContent())!
    expect(asked).toContain('Plan de situation')
    expect(asked).toMatch(/à transmettre avant le \d{2}\/\d{2}\/\d{4}/)
    await site.fill('#champ-message', 'Voici le plan et la photo.')
    await Promise.all([site.waitForNavigation(), site.getByRole('button', { name: 'Envoyer mon message' }).click()])
    await citizen.close()

    await page.reload()
    await page.locator('#ws-status-title').waitFor({ state: 'visible', timeout: 30_000 })
    await expect(status()).resolves.toBe('En cours')
    await decide(page, 'Déclarer le dossier complet', async () => {})
    await expect(page.locator('.ws-facts').textContent()).resolves.toMatch(/Réponse due le\d{2}\/\d{2}\/\d{4}/)
    await decide(page, 'Accepter', (d) => d.getByLabel('Commentaire pour l’usager (facultatif)').fill('Déclaration préalable non nécessaire.'))
    await expect(status()).resolves.toBe('Terminée')

    // The whole story, oldest first, by name and in French dates.
    const timeline = page.locator('.ws-timeline')
    const story = (await timeline.textContent())!
    for (const step of ['Demande déposée', 'Accusé de réception', 'Reçue → En cours', 'Plan de situation', 'Message de l’usager', 'Voici le plan et la photo.', 'Dossier déclaré complet', 'Terminée']) {
      expect(story).toContain(step)
    }
    expect(story).toMatch(/\d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} — Sophie Tanguy/)
    expect(story.indexOf('Demande déposée')).toBeLessThan(story.indexOf('Message de l’usager'))
    expect(await page.getByRole('button', { name: 'Rouvrir', exact: true }).count()).toBe(1)
    expect(await seriousViolations(page, undefined, PAYLOAD_TABS)).toEqual([])
    await shot(page, 'agent-request-terminee')

    // Dark theme: Payload's own variables, same checks.
    await context.addCookies([{ name: 'payload-theme', value: 'dark', url: suite.app.baseURL }])
    await page.reload()
    await page.locator('#ws-status-title').waitFor({ state: 'visible', timeout: 30_000 })
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark')
    expect(await seriousViolations(page, undefined, PAYLOAD_TABS)).toEqual([])
    await shot(page, 'agent-request-dark')

    // The print view, for the paper file.
    await page.goto(`${suite.app.baseURL}/admin/demandes/${id}/impression`)
    await page.getByRole('heading', { level: 1, name: new RegExp(`Demande ${reference}`) }).waitFor({ state: 'visible', timeout: 30_000 })
    const printed = (await page.locator('main').textContent())!
    for (const part of ['Ville de Kerlann', 'Terminée', 'Réponse due le', 'Puis-je poser une clôture ?', 'Voici le plan et la photo.']) expect(printed).toContain(part)
    expect(await seriousViolations(page)).toEqual([])
    await context.clearCookies({ name: 'payload-theme' })
    await page.emulateMedia({ media: 'print' })
    await page.reload()
    await page.locator('.ws-print').waitFor({ state: 'visible', timeout: 30_000 })
    await expect(page.getByRole('button', { name: 'Imprimer' }).isVisible()).resolves.toBe(false)
    await shot(page, 'agent-request-print')
    await context.close()

    // An agent of another organisation gets the not-found page.
    const other = await newContext(suite.browser, true)
    const intruder = await other.newPage()
    await intruder.goto(`${suite.app.baseURL}/admin/login`)
    await intruder.locator('input[name="email"]').fill(OTHER_AGENT)
    await intruder.locator('input[name="password"]').fill(AGENT_PASSWORD)
    await intruder.getByRole('button', { name: 'Se connecter' }).click()
    await intruder.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    const refused = await intruder.goto(`${suite.app.baseURL}/admin/demandes/${id}/impression`)
    expect(refused?.status()).toBe(404)
    expect(await intruder.locator('body').textContent()).not.toContain('Puis-je poser une clôture ?')
    await other.close()
  }, 240_000)
})
