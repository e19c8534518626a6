/**
 * axe-core (WCAG 2.1 A/AA rules) on each citizen page type, for one JavaScript mode. Two e2e files
 * run it, JavaScript on and off, so the two halves run side by side (the whole took 4–6 minutes on
 * one worker, the longest suite of `npm test`).
 */
import { axeViolations, WCAG_TAGS } from '../helpers/axe'
import { newContext } from '../helpers/browser'
import { fillContactForm } from '../helpers/contactForm'
import { useRunningApp } from '../helpers/e2eSuite'
import { blockApplicationScripts } from '../helpers/noScript'

const PAGES = [
  ['accueil', '/'],
  ['toutes les démarches', '/demarches'],
  ['domaine', '/demarches/social-solidarite'],
  ['démarche', '/demarches/etat-civil/acte-de-naissance'],
  ['démarche avec téléservice', '/demarches/citoyennete/carte-nationale-identite'],
  ['imprimés', '/documents?domaine=reservation'],
  ['imprimés, recherche', '/documents?q=demande&domaine=reglementation'],
  ['imprimés, aucun résultat', '/documents?q=zzzxqw'],
  ['imprimé', '/documents/demande-acte-etat-civil'],
  ['démarche avec fiche service-public.fr et cerfa', '/demarches/citoyennete/inscription-listes-electorales'],
  ['recherche', '/recherche?q=acte'],
  ['recherche vide', '/recherche?q=zzzxqw'],
  ['page introuvable', '/page-inconnue'],
  ['formulaire, étape 1', '/formulaires/aide-ccas'],
  ['formulaire avec conditions', '/formulaires/reservation-salle'],
  ['annuaire', '/annuaire'],
  ['annuaire : liste filtrée', '/annuaire/associations?categorie=sport&lettre=K'],
  ['annuaire : aucun résultat', '/annuaire/entreprises?q=zzzxqw'],
  ['fiche association', '/annuaire/associations/etoile-sportive-de-kerlann'],
  ['fiche entreprise', '/annuaire/entreprises/pharmacie-de-la-place'],
  ['carte de l’annuaire', '/annuaire/carte'],
  ['formulaire de l’annuaire', '/formulaires/referencer-mon-entreprise'],
  // The temporary refreshment stand's steps (pays, département, commune, RNA, linked lists, time,
  // yes/no, formatted text, declaration on honour) are checked by axe at every step, filled and in
  // error, with and without JavaScript, by field-types.e2e.test.ts: not twice (test time).
] as const

export function describeAccessibility(javaScriptEnabled: boolean): void {
  const suite = useRunningApp()

  describe(`no axe-core violation (JavaScript ${javaScriptEnabled})`, () => {
    it.each(PAGES)('%s (%s)', async (_name, path) => {
      const context = await newContext(suite.browser, true)
      if (!javaScriptEnabled) await blockApplicationScripts(context)
      const page = await context.newPage()
      await page.goto(suite.app.baseURL + path)
      // A page with no island is served with no script at all (decision 0014): with or without
      // JavaScript it is the same server HTML, checked once, by the JavaScript-off suite (no
      // hydration to wait for). Pages with islands are checked in both modes.
      if (javaScriptEnabled && (await page.locator('[data-island]').count()) === 0) {
        expect(await page.locator('main').count()).toBe(1) // the page itself, not an error
        expect(await page.locator('script[src]').count()).toBe(0) // nothing can change it
        return context.close()
      }
      if (javaScriptEnabled) await page.waitForLoadState('networkidle')
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    })

    it(`form pages in every state: errors, repeatable group, check answers, receipt, follow-up (JavaScript ${javaScriptEnabled})`, async () => {
      const context = await newContext(suite.browser, true)
      if (!javaScriptEnabled) await blockApplicationScripts(context)
      const page = await context.newPage()
      const check = async (label: string) => {
        expect({ label, violations: await axeViolations(page) }).toEqual({ label, violations: [] })
      }
      const click = (name: string | RegExp) => Promise.all([page.waitForNavigation(), page.getByRole('button', { name }).last().click()])
      await page.goto(suite.app.baseURL + '/formulaires/contacter-la-mairie')
      if (javaScriptEnabled) {
        // errors shown in the page by the enhancement script, no navigation
        await page.locator('form[data-enhanced="steps"]').waitFor()
        await page.getByRole('button', { name: 'Vérifier mes réponses' }).click()
        await page.locator('.error-summary').waitFor()
      } else await click('Vérifier mes réponses')
      await check('étape en erreur')
      await fillContactForm(page, { nom: 'Le Goff', prenom: 'Anne', courriel: 'anne@example.fr', objet: 'Urbanisme', message: 'Bonjour' })
      if (javaScriptEnabled) {
        // the check step is shown in the page
        await page.getByRole('button', { name: 'Vérifier mes réponses' }).click()
        await page.getByRole('heading', { name: /Vérifiez vos réponses/ }).waitFor()
      } else await click('Vérifier mes réponses')
      await check('vérifiez vos réponses')
      await click('Envoyer ma demande')
      expect(page.url()).toContain('/suivi/')
      await check('récépissé')
      await page.goto(page.url().replace(/\?.*$/, ''))
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      await check('page de suivi')
      await page.goto(suite.app.baseURL + '/formulaires/aide-ccas?etape=2')
      await click(/Ajouter personne/)
      await check('groupe répétable')
      await page.goto(suite.app.baseURL + '/formulaires/aide-ccas?etape=3')
      await page.getByRole('heading', { name: /Votre demande/ }).first().waitFor()
      await check('étape 3')
      await context.close()
    })

    // Once, with JavaScript: a phone-sized screen, the skip link.
    if (!javaScriptEnabled) return

    it('on a phone-sized screen too (home and procedure)', async () => {
      for (const path of ['/', '/demarches/etat-civil/acte-de-naissance']) {
        const context = await newContext(suite.browser, true, { width: 360, height: 740 })
        const page = await context.newPage()
        await page.goto(suite.app.baseURL + path)
        expect(await axeViolations(page, { tags: WCAG_TAGS })).toEqual([])
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
        expect(overflow).toBe(false)
        await context.close()
      }
    })

    it('the check itself finds a planted violation (an image without text alternative, a field without label)', async () => {
      const context = await newContext(suite.browser, true)
      const page = await context.newPage()
      await page.goto(suite.app.baseURL + '/demarches')
      await page.evaluate(() => {
        const main = document.querySelector('main')!
        main.insertAdjacentHTML('beforeend', '<img src="/favicon.ico"><input type="text" name="sans-etiquette">')
      })
      const violations = await axeViolations(page)
      expect(violations.some((v) => v.startsWith('image-alt:'))).toBe(true)
      expect(violations.some((v) => v.startsWith('label:'))).toBe(true)
      await context.close()
    })

    it('the skip link moves focus to the main content', async () => {
      const context = await newContext(suite.browser, true)
      const page = await context.newPage()
      await page.goto(suite.app.baseURL + '/demarches')
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => document.activeElement?.textContent)
      expect(focused).toBe('Aller au contenu')
      await page.keyboard.press('Enter')
      await expect(page.evaluate(() => location.hash)).resolves.toBe('#contenu')
      await context.close()
    })
  })
}
