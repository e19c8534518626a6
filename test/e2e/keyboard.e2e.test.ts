/**
 * A citizen who uses only the keyboard (Tab, Shift+Tab, Enter, Space, and typing) completes the
 * two-step death-certificate request in Chromium, JavaScript on and off, and can always see
 * where the focus is.
 */
import type { Page } from 'playwright-core'

import { newContext } from '../helpers/browser'
import { useRunningApp } from '../helpers/e2eSuite'
import { blockApplicationScripts } from '../helpers/noScript'

const suite = useRunningApp()

/** The focused element's accessible name as a sighted keyboard user reads it (label or text). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return ''
    const input = el as HTMLInputElement
    const label = input.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? ''
    return label.replace(/\s+/g, ' ').trim()
  })

/** Whether the focused element shows a focus indicator (outline or box-shadow). */
const focusIsVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const style = getComputedStyle(el)
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none'
  })

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after 40 presses. */
async function tabTo(page: Page, name: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press(key)
    if (name.test(await focusedName(page))) {
      expect(await focusIsVisible(page)).toBe(true)
      return
    }
  }
  throw new Error(`no focusable element named ${name} within 40 presses of ${key} (last: "${await focusedName(page)}")`)
}

async function activate(page: Page, key: 'Enter' | 'Space', navigates: boolean) {
  if (navigates) await Promise.all([page.waitForNavigation(), page.keyboard.press(key)])
  else await page.keyboard.press(key)
}

describe('keyboard only', () => {
  it.each([true, false])('completes a two-step form, JavaScript %s', async (javaScriptEnabled) => {
    const context = await newContext(suite.browser, javaScriptEnabled)
    if (!javaScriptEnabled) await blockApplicationScripts(context)
    const page = await context.newPage()
    await page.goto(`${suite.app.baseURL}/formulaires/acte-de-deces`)
    if (javaScriptEnabled) await page.locator('form[data-enhanced="steps"]').waitFor()

    // Step 1: the deceased person
    await tabTo(page, /^Nom de la personne décédée/)
    await page.keyboard.type('Le Goff')
    await tabTo(page, /^Prénoms de la personne décédée/)
    await page.keyboard.type('Jeanne Marie')
    // Back one field with Shift+Tab and forward again: the typed value is still there.
    await tabTo(page, /^Nom de la personne décédée/, 'Shift+Tab')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Le Goff')
    await tabTo(page, /^Prénoms/)
    await tabTo(page, /^Date du décès/)
    await page.keyboard.type('03022025') // the date control's day, month and year, typed in turn
    await tabTo(page, /^Continuer/)
    await activate(page, 'Enter', !javaScriptEnabled)

    // Step 2: for whom, the requester
    await page.getByRole('heading', { name: /Pour qui est la demande/ }).first().waitFor()
    await tabTo(page, /^Pour moi-même/)
    await activate(page, 'Space', false)
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true)
    await tabTo(page, /^Votre nom et prénom/)
    await page.keyboard.type('Yann Le Goff')
    await tabTo(page, /^Numéro et voie/)
    await page.keyboard.type('3 rue des Mimosas')
    await tabTo(page, /^Code postal/)
    await page.keyboard.type('56890')
    await tabTo(page, /^Commune/)
    await page.keyboard.type('Kerlann')
    await tabTo(page, /^Adresse électronique/)
    await page.keyboard.type('yann.legoff@example.fr')
    await tabTo(page, /^Vérifier mes réponses/)
    // With JavaScript the check step is in the page (no load), focus on its heading.
    await activate(page, 'Enter', !javaScriptEnabled)

    // Check your answers, then send with the keyboard
    await page.locator('h1, .error-summary').first().waitFor()
    expect(await page.locator('.error-summary').count().then((n) => (n ? page.locator('.error-summary').textContent() : ''))).toBe('')
    await page.getByRole('heading', { name: /Vérifiez vos réponses/ }).waitFor()
    expect(await page.locator('main').textContent()).toContain('Jeanne Marie')
    if (javaScriptEnabled) expect(await focusedName(page)).toMatch(/^Vérifiez vos réponses/)
    await tabTo(page, /^Envoyer ma demande/)
    await activate(page, 'Enter', true)
    await page.getByText(/\d{4}-\d{6}/).first().waitFor()
    expect(await page.title()).not.toMatch(/^Erreur/)
    await context.close()
  }, 90_000)
})
