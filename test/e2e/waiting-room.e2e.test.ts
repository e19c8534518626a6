/**
 * The waiting room of form posts (#13, decision 0075) in Chromium, on the built app with room for
 * one post at a time and a crowd of posts sent meanwhile from here: the citizen's post gets the
 * waiting page, with the answers kept; with JavaScript it tries again by itself (unless stopped)
 * and the request is sent; without, "Réessayer" goes on to the check page. axe on the waiting page.
 */
import type { Page } from 'playwright-core'

import { axeViolations } from '../helpers/axe'
import { newContext } from '../helpers/browser'
import { fillContactForm } from '../helpers/contactForm'
import { useRunningApp } from '../helpers/e2eSuite'

// A waiting room that sends a newcomer to the line once the process was busy 60 ms without a
// break: the crowd below (thirty posts at a time, read in one turn of the loop) makes it so; alone,
// a post costs a few milliseconds before the decision and goes through.
const suite = useRunningApp({ env: { FORM_POSTS_IN_FLIGHT: '1', FORM_POSTS_MAX_WAIT_MS: '60', FORM_RATE_LIMIT_PER_MINUTE: '1000000', FORM_MIN_FILL_SECONDS: '0' } })
const FORM = '/formulaires/contacter-la-mairie'
const answers = { nom: 'Le Bihan "<b>"', prenom: 'Maëlle', courriel: 'maelle@example.fr', objet: 'Urbanisme', message: 'Bonjour, une question sur le PLU.' }

/** Posts from elsewhere, thirty at a time, until stopped: the rush that fills the room. */
function crowd() {
  let running = true
  const loops = Array.from({ length: 30 }, async () => {
    while (running) {
      const body = new URLSearchParams({ action: 'suivant', etape: '1', t: 'foule', nom: 'Foule' })
      await fetch(suite.app.baseURL + FORM + '/etape', { method: 'POST', body, redirect: 'manual' })
        .then((r) => r.arrayBuffer())
        .catch(() => undefined)
    }
  })
  return async () => {
    running = false
    await Promise.all(loops)
  }
}

/**
 * Fills the form and posts it until the answer is the waiting page (the crowd lets some through):
 * without JavaScript the check step's post, with JavaScript the send of every step at once.
 */
async function reachWaitingPage(page: Page, js: boolean): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await page.goto(suite.app.baseURL + FORM)
    await fillContactForm(page, answers)
    if (js) {
      await page.getByRole('button', { name: 'Vérifier mes réponses' }).click()
      await page.getByRole('heading', { name: /Vérifiez vos réponses/ }).waitFor()
    }
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: js ? 'Envoyer ma demande' : 'Vérifier mes réponses' }).click()])
    if (await page.locator('form[data-file-attente]').count()) return
  }
  throw new Error('never reached the waiting page')
}

describe('the waiting room in Chromium', () => {
  it('without JavaScript: the place in line, the answers kept, "Réessayer" goes on to the check page', async () => {
    const context = await newContext(suite.browser, false)
    const page = await context.newPage()
    const stop = crowd()
    try {
      await reachWaitingPage(page, false)
      expect(await page.locator('h1').textContent()).toBe('Forte affluence : votre envoi est en file d’attente')
      expect(Number(await page.locator('[data-place]').textContent())).toBeGreaterThanOrEqual(1)
      expect(await page.locator('input[type=hidden][name=nom]').inputValue()).toBe(answers.nom)
      expect(await page.locator('[data-consigne]').textContent()).toMatch(/^Attendez environ \d+ secondes?, puis appuyez sur « Réessayer »/)
      // axe runs on this page in the JavaScript test (the same markup, its words changed by the
      // script): in a context without JavaScript it never returned on this page.
    } finally {
      await stop()
    }
    // Pressed again while the line is still there (the machine busy), the page comes back: again.
    for (let press = 0; press < 10 && !page.url().includes('/verification'); press += 1) {
      expect(await page.locator('form[data-file-attente]').count()).toBe(1)
      await page.waitForTimeout(1000)
      await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Réessayer' }).click()])
    }
    expect(page.url()).toContain('/verification')
    expect(await page.locator('main').textContent()).toContain(answers.nom)
    await context.close()
  }, 240_000)

  it('with JavaScript: it tries again by itself and the request is sent; the citizen can stop it', async () => {
    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    let stop = crowd()
    try {
      await reachWaitingPage(page, true)
      expect(await page.locator('[data-consigne]').textContent()).toMatch(/^Nouvel essai automatique dans \d+ secondes?\./)
      expect(await axeViolations(page)).toEqual([])
      // The crowd gone, the page's own retry sends the request.
      await stop()
      await page.waitForURL(/\/suivi\/[A-Za-z0-9_-]{32}\?confirmation=1$/, { timeout: 30_000 })
      expect(await page.locator('h1').textContent()).toBe('Votre demande a bien été envoyée')

      // Stopped: no new try, whatever the wait announced; "Réessayer" by hand then.
      stop = crowd()
      await reachWaitingPage(page, true)
      const waited = Number(await page.locator('form[data-file-attente]').getAttribute('data-secondes'))
      await page.getByRole('button', { name: 'Arrêter l’essai automatique' }).click()
      expect(await page.locator('[data-consigne]').textContent()).toBe('Essai automatique arrêté. Appuyez sur « Réessayer » quand vous le souhaitez.')
      await page.waitForTimeout(waited * 1000 + 1500)
      expect(await page.locator('form[data-file-attente]').count()).toBe(1)
      await stop()
      // Sent by hand; should the line still be there, the page tries again by itself.
      await page.getByRole('button', { name: 'Réessayer' }).click()
      await page.waitForURL(/\/suivi\/[A-Za-z0-9_-]{32}\?confirmation=1$/, { timeout: 30_000 })
    } finally {
      await stop()
    }
    await context.close()
  }, 240_000)
})
