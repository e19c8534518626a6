/**
 * The field types of issue #12 in Chromium: a temporary refreshment stand request (buvette) (country, département,
 * commune with its INSEE code, RNA number, linked lists, time, yes/no, formatted text, declaration
 * on honour, a file field's model to download) filled without JavaScript and with it, every step axe-clean with its conditional
 * fields shown, ending on the receipt.
 */
import type { Page } from 'playwright-core'

import { axeViolations } from '../helpers/axe'
import { newContext } from '../helpers/browser'
import { logIn, useRunningApp } from '../helpers/e2eSuite'
import { blockApplicationScripts } from '../helpers/noScript'
import { payOnline } from '../helpers/payOnline'
import { codesIn } from '../helpers/ticketCodes'

const suite = useRunningApp()

/** "Continuer" / "Vérifier mes réponses": a navigation without JavaScript, the next section with it. */
async function next(page: Page, js: boolean, name: string | RegExp, step?: number) {
  const button = page.getByRole('button', { name }).last()
  if (!js) return Promise.all([page.waitForNavigation(), button.click()])
  await button.click()
  if (step !== undefined) await page.locator(`section[data-step="${step}"]:not([hidden])`).waitFor()
}

/** Without JavaScript, the step just posted must have been accepted: its errors otherwise. */
async function accepted(page: Page, js: boolean, label: string) {
  if (js) return
  const summary = page.locator('.error-summary')
  expect({ label, refused: (await summary.count()) ? await summary.textContent() : null }).toEqual({ label, refused: null })
}

async function accessible(page: Page, label: string) {
  expect({ label, violations: await axeViolations(page) }).toEqual({ label, violations: [] })
}

describe.each([false, true])('a temporary refreshment stand request (buvette) (JavaScript %s)', (js) => {
  it('every new field type filled, checked by axe at each step, sent', async () => {
    // "Without JavaScript": the application's scripts refused (axe itself needs a script to run).
    const context = await newContext(suite.browser, true)
    if (!js) await blockApplicationScripts(context)
    const page = await context.newPage()
    await page.goto(`${suite.app.baseURL}/formulaires/buvette-temporaire`)
    if (js) await page.locator('form[data-enhanced="steps"]').waitFor()

    // Step 1: as an association (RNA), then as a private person born in France (country, département).
    await page.getByLabel('Association', { exact: true }).check()
    if (!js) await next(page, js, 'Continuer') // without JavaScript, conditional fields appear after a post
    await page.getByLabel('Numéro RNA de l’association').fill('W56300012') // one digit short
    await next(page, js, 'Continuer')
    if (js) await page.locator('.error-summary').waitFor()
    // The server judges the format (with JavaScript, when the steps are sent): here, the empty required fields.
    if (!js) await expect(page.locator('.error-summary').textContent()).resolves.toContain('Le numéro RNA commence par la lettre W')
    await accessible(page, 'étape 1 en erreur (association)')
    await page.getByLabel('Particulier').check()
    if (!js) await next(page, js, 'Continuer')
    await page.getByLabel('Votre nom et prénom').fill('Maëlys Le Gall')
    await page.getByLabel('Pays de naissance').selectOption('FR')
    if (!js) await next(page, js, 'Continuer')
    await page.getByLabel('Département de naissance').selectOption('56')
    await page.getByLabel('Commune de résidence').fill(js ? 'Lorie' : 'Saint-Denis')
    if (js) {
      // Suggestions from the official list, in the input's own list.
      await page.locator('#champ-commune-suggestions option[value="Lorient (56100)"]').waitFor({ state: 'attached' })
      await page.getByLabel('Commune de résidence').fill('Lorient (56100)')
    }
    await page.getByLabel('Adresse électronique').fill('maelys@example.fr')
    // (The accessibility suites check each step as it first shows; here, the states filling them reaches.)
    if (!js) await accessible(page, 'étape 1, particulier né en France')
    await next(page, js, 'Continuer', 1)
    if (!js) {
      // Several communes bear the name: chosen from a list, on the same step.
      await expect(page.locator('.error-summary').textContent()).resolves.toContain('Plusieurs communes correspondent à « Saint-Denis »')
      await accessible(page, 'étape 1, communes à choisir')
      await page.getByLabel(/^Saint-Denis \(93200\)/).check()
      await next(page, js, 'Continuer')
    }

    // Step 2: linked lists, date, times, yes/no, formatted text.
    await page.getByLabel('Type de vente').selectOption('Braderie')
    if (js) {
      // Only the chosen group is offered.
      await expect(page.locator('#champ-vente-second optgroup[label="Vide-grenier"]').evaluate((g) => (g as HTMLOptGroupElement).disabled)).resolves.toBe(true)
      await expect(page.locator('#champ-vente-second optgroup[label="Braderie"]').evaluate((g) => (g as HTMLOptGroupElement).disabled)).resolves.toBe(false)
    }
    await page.getByLabel('Précisez').selectOption('Commerçants et particuliers')
    await page.getByLabel('Date de la vente').fill('2027-06-14')
    await page.getByLabel('Heure d’ouverture au public').fill('08:30')
    await page.getByLabel('Heure de fermeture').fill('18:00')
    await page.getByLabel('Nombre d’emplacements prévus').fill('40')
    await page.getByLabel('Non', { exact: true }).check()
    await page.getByLabel('Immatriculation du véhicule de l’organisateur').fill('ab 123 cd')
    await accessible(page, 'étape 2')
    await next(page, js, 'Continuer', 2)
    await accepted(page, js, 'étape 2 envoyée')

    // Step 3: the declaration on honour, the request form's model to download, then the check page and the receipt.
    await page.getByLabel(/Je certifie sur l’honneur l’exactitude/).check()
    const model = page.getByRole('link', { name: /^Télécharger le modèle : .*débit de boissons temporaire.* \(PDF, [\d,]+ Ko\)$/ })
    const download = await fetch(suite.app.baseURL + (await model.getAttribute('href')))
    expect({ status: download.status, type: download.headers.get('content-type') }).toEqual({ status: 200, type: 'application/pdf' })
    await expect(page.getByLabel('Demande d’autorisation de buvette, signée').getAttribute('aria-describedby')).resolves.toMatch(/-modele\b/)
    await next(page, js, 'Vérifier mes réponses')
    await accepted(page, js, 'étape 3 envoyée')
    await page.getByRole('heading', { name: /Vérifiez vos réponses/ }).waitFor()
    const review = (await page.locator('main').textContent()) ?? ''
    expect(review).toContain('Braderie')
    expect(review).toContain('Commerçants et particuliers')
    // The server's wording in both modes (with JavaScript, the check step asks the server: decision 0036).
    expect(review).toContain('AB-123-CD')
    expect(review).not.toContain('ab 123 cd')
    await accessible(page, 'vérification')
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Envoyer ma demande' }).last().click()])
    expect(page.url()).toContain('/suivi/')
    await context.close()
  })
})


/** A step post without the in-page steps (a form that holds a slot posts each step, JavaScript or not). */
async function post(page: Page, name: string | RegExp) {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name }).last().click()])
}

describe.each([false, true])('booking the salle des fêtes (JavaScript %s)', (js) => {
  it('a free day chosen in the availability table is held, booked with the request, and taken for the next citizen', async () => {
    const context = await newContext(suite.browser, true)
    if (!js) await blockApplicationScripts(context)
    const page = await context.newPage()
    await page.goto(`${suite.app.baseURL}/formulaires/reservation-salle`)
    // The hold is placed when the day is chosen: the page posts each step even with JavaScript.
    await expect(page.locator('form.citizen-form').getAttribute('data-live-steps')).resolves.toBe('off')
    await page.getByLabel('Un particulier').check()
    await page.getByLabel('Nom et prénom du responsable').fill(js ? 'Katell Riou' : 'Goulven Tanguy')
    await page.getByLabel('Adresse électronique').fill(js ? 'katell@example.fr' : 'goulven@example.fr')
    await page.getByLabel('Téléphone').fill('06 12 34 56 78')
    await post(page, 'Continuer')
    await accepted(page, false, 'étape 1')
    await page.getByLabel('Salle').selectOption({ label: 'Salle des fêtes Ar Maen (300 places)' })
    await page.getByLabel('Nombre de personnes attendues').fill('120')
    await page.getByLabel('Familial').check()
    await post(page, 'Continuer')
    await accepted(page, false, 'étape 2')

    // Step 3: the availability table, one week open; booked days are text, free days radios.
    const table = page.locator('details.slot-week[open] table.slot-table').first()
    await table.waitFor()
    await expect(table.locator('th[scope="col"]').allTextContents()).resolves.toEqual(['Jour', 'Disponibilité', 'Premier jour'])
    // Taken days are choices too, for the waiting list (data-complet): the first free one.
    const firstFree = page.locator('input[name="date_salle_des_fetes"]:not([data-complet])').first()
    const day = (await firstFree.getAttribute('value'))!
    await accessible(page, 'calendrier de la salle des fêtes')
    await firstFree.check()
    await page.getByLabel(/^Habitant de la commune : 250,00 € par jour/).check()
    await page.locator('input[name="date_salle_des_fetes.habitant"]').check()
    await post(page, 'Vérifier mes réponses')
    await accepted(page, false, 'étape 3')
    await page.getByRole('heading', { name: /Vérifiez vos réponses/ }).waitFor()
    const review = (await page.locator('main').textContent()) ?? ''
    expect(review).toContain('Salle des fêtes Ar Maen — ')
    expect(review).toContain('Tarif habitant de la commune : 250,00 €, à régler sur place')
    expect(review).toContain('Habitant de la commune (attesté par le demandeur)')
    await post(page, 'Envoyer ma demande')
    expect(page.url()).toContain('/suivi/')
    const receipt = (await page.locator('main').textContent()) ?? ''
    expect(receipt).toContain('Vos réservations')
    expect(receipt).toContain('État : Option (en attente de validation), jusqu’au')
    expect(receipt).toContain('Montant : 250,00 €, à régler sur place')
    await accessible(page, 'suivi avec réservation')

    // The next citizen no longer finds that day free.
    const freeDay = async () => {
      const html = await (await fetch(`${suite.app.baseURL}/formulaires/reservation-salle`)).text()
      const radio = new RegExp(`<input[^>]*name="date_salle_des_fetes" value="${day}"[^>]*>`).exec(html)?.[0]
      return Boolean(radio && !radio.includes('data-complet'))
    }
    expect(await freeDay()).toBe(false)

    // Cancelled from the follow-up link, before the deadline: the day is free again.
    await page.getByLabel('Je confirme l’annulation').check()
    await post(page, 'Annuler cette réservation')
    const cancelled = (await page.locator('main').textContent()) ?? ''
    expect(cancelled).toContain('Votre annulation est enregistrée.')
    expect(cancelled).toContain('État : Annulée')
    expect(await freeDay()).toBe(true)
    await context.close()
  })
})

describe('the season’s addresses over HTTP', () => {
  it('a show’s page, the waiting list of a sold-out session, calendar feeds; unknown ones and the door without login refused in French', async () => {
    const get = async (path: string, init?: RequestInit) => {
      const res = await fetch(suite.app.baseURL + path, { redirect: 'manual', ...init })
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() }
    }
    const show = await get('/agenda/le-songe-d-une-nuit-d-ete')
    expect([show.status, show.text.includes('<h1>Le Songe d’une nuit d’été</h1>')]).toEqual([200, true])
    const unknownShow = await get('/agenda/spectacle-inconnu')
    expect([unknownShow.status, /introuvable/i.test(unknownShow.text)]).toEqual([404, true])

    // The sold-out show links its waiting list; the form offers the sold-out session.
    const season = await get('/agenda')
    const waitingLink = /href="(\/formulaires\/liste-d-attente-du-dome\?spectacle=la-petite-fabrique-a-nuages&amp;seance=[^"]+)"/.exec(season.text)?.[1]
    expect(waitingLink).toBeTruthy()
    const waitingForm = await get(waitingLink!.replace(/&amp;/g, '&'))
    expect([waitingForm.status, /<input type="radio"[^>]*name="attente"[^>]*checked/.test(waitingForm.text), waitingForm.text.includes('— Complet</label>')]).toEqual([200, true, true])

    const feed = await get('/reservations/salle-des-fetes-ar-maen.ics')
    expect([feed.status, feed.type, feed.text.startsWith('BEGIN:VCALENDAR'), feed.text.includes('BEGIN:VEVENT')]).toEqual([200, 'text/calendar; charset=utf-8', true, true])
    expect((await get('/reservations/inconnue.ics')).status).toBe(404)
    expect((await get('/reservations/..%2Fpayload.ics')).status).toBe(404)
    const noTickets = await get('/suivi/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/billets.pdf')
    expect([noTickets.status, noTickets.text.includes('Billets introuvables')]).toEqual([404, true])
    const scan = await get('/controle/scan', { method: 'POST', body: new URLSearchParams({ code: 'x', porte: '1' }) })
    expect([scan.status, scan.text.includes('Accès réservé')]).toEqual([403, true])
  })
})

describe.each([false, true])('two tickets for a show, one let in at the door (JavaScript %s)', (js) => {
  it('from the agenda to the PDF tickets, then /controle accepts one and refuses it on a second scan', async () => {
    const context = await newContext(suite.browser, true)
    if (!js) await blockApplicationScripts(context)
    const page = await context.newPage()
    await page.goto(`${suite.app.baseURL}/agenda`)
    await accessible(page, 'agenda')
    const card = page.locator('.event-card', { hasText: 'Le Songe d’une nuit d’été' })
    await Promise.all([page.waitForNavigation(), card.getByRole('link', { name: /^Réserver/ }).click()])
    expect(page.url()).toContain('/formulaires/billetterie-du-dome?spectacle=le-songe-d-une-nuit-d-ete')
    await page.locator('input[name="billets"]').first().check()
    await page.getByLabel(/^Plein : 18,00 €/).fill('2')
    await accessible(page, 'choix des billets')
    await post(page, 'Continuer')
    await accepted(page, false, 'billets')
    await expect(page.locator('main').textContent()).resolves.toContain('Vos billets vous sont réservés jusqu’à')
    // With JavaScript, the minutes left as they pass; without, the time of day says it.
    // (The island fills it once hydrated: waited for, not read at once.)
    if (js) await page.locator('.hold-countdown', { hasText: /^ \(encore 1[45] min\)/ }).waitFor({ state: 'attached', timeout: 15_000 })
    else expect(await page.locator('.hold-countdown').textContent()).toBe('')
    await page.getByLabel('Nom et prénom').fill(js ? 'Elouan Guillou' : 'Azilis Morvan')
    await page.getByLabel('Adresse électronique').fill(js ? 'elouan@example.fr' : 'azilis@example.fr')
    await post(page, 'Vérifier mes réponses')
    await accepted(page, false, 'coordonnées')
    await expect(page.locator('main').textContent()).resolves.toContain('2 × Plein (18,00 €)')
    await post(page, 'Envoyer ma demande')
    const receipt = (await page.locator('main').textContent()) ?? ''
    expect(receipt).toContain('Vos billets')
    // Paid online (#14): no ticket before the payment is credited.
    expect(receipt).toContain('Vos billets seront à télécharger ici')
    await expect(page.getByRole('link', { name: /^Télécharger vos billets/ }).count()).resolves.toBe(0)
    // The follow-up page's payment part has no island: checked once, without JavaScript.
    if (!js) await accessible(page, 'commande à payer')
    if (!js) {
      // A refused card first: nothing credited, the order still waits, paying again is offered.
      await payOnline(page, /^Carte refusée/)
      await expect(page.locator('#paiement-section').textContent()).resolves.toContain('Le paiement a été refusé')
    }
    // With JavaScript, PayFiP's notification never comes: the return asks PayFiP, which says paid.
    await payOnline(page, js ? /notification jamais envoyée/ : /^Carte acceptée/)
    await expect(page.locator('#paiement-section').textContent()).resolves.toContain('Votre paiement est reçu')
    await expect(page.locator('#paiement-section').textContent()).resolves.toContain('Cette demande est entièrement payée.')
    if (!js) await accessible(page, 'commande payée')
    const receiptHref = await page.getByRole('link', { name: 'Télécharger le reçu (PDF)' }).getAttribute('href')
    expect((await fetch(suite.app.baseURL + receiptHref)).headers.get('content-type')).toBe('application/pdf')
    const href = await page.getByRole('link', { name: /^Télécharger vos billets \(PDF, 2 billets\)/ }).getAttribute('href')
    const download = await fetch(suite.app.baseURL + href)
    expect({ status: download.status, type: download.headers.get('content-type') }).toEqual({ status: 200, type: 'application/pdf' })
    const codes = codesIn(Buffer.from(await download.arrayBuffer()))
    expect(codes).toHaveLength(2)
    await context.close()

    // The door: staff with the permission, on the session's page, the code typed.
    const door = await newContext(suite.browser, true)
    if (!js) await blockApplicationScripts(door)
    await door.addCookies([{ name: 'payload-token', value: await logIn(suite.app.baseURL), url: suite.app.baseURL }])
    const phone = await door.newPage()
    await phone.goto(`${suite.app.baseURL}/controle`)
    await phone.getByLabel('Porte').fill('2')
    await phone.getByLabel('Séance').selectOption({ index: 0 })
    await phone.getByLabel('Code du billet').fill(codes[0])
    await Promise.all([phone.waitForNavigation(), phone.getByRole('button', { name: 'Contrôler' }).click()])
    await expect(phone.locator('.door-verdict').textContent()).resolves.toContain('Billet valide')
    await expect(phone.locator('.door-verdict--ok').count()).resolves.toBe(1)
    await accessible(phone, 'contrôle accepté')
    await phone.getByLabel('Code du billet').fill(codes[0])
    await Promise.all([phone.waitForNavigation(), phone.getByRole('button', { name: 'Contrôler' }).click()])
    await expect(phone.locator('.door-verdict--refused').textContent()).resolves.toMatch(/Déjà contrôlé.*porte 2/)
    await accessible(phone, 'contrôle refusé')
    await door.close()
  })
})
