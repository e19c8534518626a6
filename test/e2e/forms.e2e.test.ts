/**
 * A citizen completes the CCAS aid request (3 steps, a condition, a repeatable group, a file) in
 * Chromium, with JavaScript off and on, ending on the receipt; the acknowledgement .eml is written.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'

import { newContext } from '../helpers/browser'
import { fillContactForm } from '../helpers/contactForm'
import { useRunningApp } from '../helpers/e2eSuite'
import { samplePdf } from '../helpers/files'

const suite = useRunningApp({ adminToken: true })
let pdfPath: string

beforeAll(async () => {
  pdfPath = path.join(suite.app.outboxDir, '..', 'justificatif-ressources.pdf')
  fs.mkdirSync(path.dirname(pdfPath), { recursive: true })
  fs.writeFileSync(pdfPath, await samplePdf('Avis d’imposition'))
})

const submit = async (page: Page, name: RegExp | string) => {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name }).last().click()])
}

/**
 * Without JavaScript every step posts and comes back (a navigation). With JavaScript the steps run
 * in the page (no navigation, the URL follows with history.pushState) and only the last one posts.
 */
async function completeAidRequest(page: Page, email: string, js: boolean) {
  const clientSide = async (name: string | RegExp, expectStep?: number) => {
    if (!js) return submit(page, name)
    const before = await page.evaluate(() => (window as unknown as { marker?: number }).marker)
    await page.getByRole('button', { name }).last().click()
    if (expectStep !== undefined) await page.locator(`section[data-step="${expectStep}"]:not([hidden])`).waitFor()
    else await page.locator('.error-summary').waitFor()
    // still the same document: nothing was loaded
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(before)
  }
  await page.goto(`${suite.app.baseURL}/demarches/social-solidarite/aide-financiere-ccas`)
  await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Faire la démarche en ligne' }).click()])
  expect(page.url()).toContain('/formulaires/aide-ccas')
  if (js) {
    await page.locator('form[data-enhanced="steps"]').waitFor()
    await page.evaluate(() => ((window as unknown as { marker?: number }).marker = 42))
  }

  // Step 1 sent empty: error summary, focused, linking to the fields
  await clientSide('Continuer')
  await expect(page.locator('.error-summary h2').textContent()).resolves.toMatch(/Il y a \d+ problèmes/)
  expect(await page.title()).toMatch(/^Erreur : /)
  await expect(page.locator('#champ-telephone').getAttribute('aria-invalid')).resolves.toBe('true')
  await expect(page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).resolves.toBe(true)

  await page.getByLabel('Madame').check()
  await page.fill('#champ-identite-nom', 'Le Floch')
  await page.fill('#champ-identite-prenoms', 'Maryvonne')
  await page.fill('#champ-identite-dateNaissance', '1968-04-12')
  await page.fill('#champ-identite-lieuNaissance', 'Vannes')
  await page.fill('#champ-adresse-rue', '4 impasse des Ajoncs')
  await page.fill('#champ-adresse-codePostal', '56890')
  await page.fill('#champ-adresse-commune', 'Kerlann')
  await page.fill('#champ-telephone', '06 98 76 54 32')
  await page.fill('#champ-courriel', email)
  await clientSide('Continuer', 1)
  expect(page.url()).toContain('etape=2')

  // Step 2: household, a repeatable group shown by a condition ("Ajouter" always asks the server)
  await page.getByLabel('Seul(e) avec enfant(s)').check()
  await submit(page, /Ajouter personne/i)
  await page.fill('#champ-foyer-0-prenom', 'Lou')
  await page.selectOption('#champ-foyer-0-lien', { label: 'Enfant' })
  await page.fill('#champ-foyer-0-date_naissance', '2015-09-01')
  await page.fill('#champ-ressources', '1234,50')
  if (js) {
    await page.locator('form[data-enhanced="steps"]').waitFor()
    await page.evaluate(() => ((window as unknown as { marker?: number }).marker = 43))
  }
  await clientSide('Continuer', 2)
  expect(page.url()).toContain('etape=3')

  // Step 3: a file, checked by content on the server
  await page.getByLabel('Alimentation').check()
  await page.getByLabel('Énergie').check()
  await page.fill('#champ-explication', 'Facture d’électricité impayée après une période de chômage.')
  await page.setInputFiles('#champ-justificatifs', pdfPath)
  await page.getByLabel(/J'accepte que mes données/).check()
  const summaryText = () => page.locator('main').textContent()
  if (js) {
    // The check step is shown in the page, read back from the form: no request yet.
    await page.getByRole('button', { name: 'Vérifier mes réponses' }).click()
    await page.getByRole('heading', { name: /Vérifiez vos réponses/ }).waitFor()
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(43)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Vérifiez vos réponses/)
    expect(page.url()).toContain('etape=verification')
    expect(await page.title()).toMatch(/^Vérifiez vos réponses — Demande d.aide[^—]* — Ville de /)
    // the steps' own buttons are gone: the only way on is "Modifier" or "Envoyer"
    expect(await page.getByRole('button', { name: 'Vérifier mes réponses' }).isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Étape précédente' }).isVisible()).toBe(false)
  } else {
    await submit(page, 'Vérifier mes réponses')
    expect(page.url()).toContain('/verification')
  }
  const summary = await summaryText()
  expect(summary).toContain('Le Floch')
  // A repeatable group reads the same on both check pages: one line per item, from the group's display.
  expect(summary).toMatch(/Personne 1 — Prénom : Lou ; [^;]+ : Enfant ; [^;]+ : 01\/09\/2015/)
  expect(summary).toContain('justificatif-ressources.pdf')
  expect(summary).toContain('06 98 76 54 32')
  expect(summary).toContain('12/04/1968')
  expect(summary).toMatch(/Alimentation.*Énergie/)
  await expect(page.getByRole(js ? 'button' : 'link', { name: /Modifier : Téléphone/ }).count()).resolves.toBe(1)
  if (js) {
    // "Modifier" goes back to the step, on the field, and comes back to the check step.
    await page.getByRole('button', { name: /Modifier : Téléphone/ }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('champ-telephone')
    await page.fill('#champ-telephone', '06 11 22 33 44')
    expect(await page.title()).toMatch(/— étape 1 sur 3 — Ville de /)
    await page.getByRole('button', { name: 'Valider et revenir au récapitulatif' }).click()
    await page.getByRole('heading', { name: /Vérifiez vos réponses/ }).waitFor()
    expect(await summaryText()).toContain('06 11 22 33 44')
    expect(await summaryText()).not.toContain('06 98 76 54 32')
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(43)
    // a composite field: the focus lands on its first input, never on the page body
    await page.getByRole('button', { name: 'Modifier : Adresse', exact: true }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('champ-adresse-rue')
    await page.getByRole('button', { name: 'Valider et revenir au récapitulatif' }).click()
    await page.getByRole('heading', { name: /Vérifiez vos réponses/ }).waitFor()
  }
  await submit(page, 'Envoyer ma demande')

  expect(page.url()).toMatch(/\/suivi\/[A-Za-z0-9_-]{32}\?confirmation=1$/)
  await expect(page.locator('h1').textContent()).resolves.toBe('Votre demande a bien été envoyée')
  const reference = (await page.locator('.confirmation__reference strong').textContent())!
  expect(reference).toMatch(/^\d{4}-\d{6}$/)
  await expect(page.locator('main').textContent()).resolves.toContain('Reçue')
  return reference
}

const emlFor = (email: string) =>
  fs.existsSync(suite.app.outboxDir)
    ? fs
        .readdirSync(suite.app.outboxDir)
        .map((f) => fs.readFileSync(path.join(suite.app.outboxDir, f), 'utf8').replace(/=\r?\n/g, ''))
        .find((body) => body.includes(`To: ${email}`))
    : undefined

describe('multi-step form in Chromium', () => {
  it.each([false, true])('completes with JavaScript %s and writes the acknowledgement e-mail', async (javaScriptEnabled) => {
    const context = await newContext(suite.browser, javaScriptEnabled)
    const page = await context.newPage()
    const email = `maryvonne.${javaScriptEnabled ? 'js' : 'nojs'}@example.fr`
    const reference = await completeAidRequest(page, email, javaScriptEnabled)
    // E-mails leave right after the response (next/server after()): wait for the file.
    let eml = emlFor(email)
    for (let i = 0; !eml && i < 50; i += 1) {
      await new Promise((r) => setTimeout(r, 100))
      eml = emlFor(email)
    }
    expect(eml).toBeDefined()
    expect(eml).toContain(reference)
    // With JavaScript the answer changed through "Modifier" is the one stored and sent to the service
    // (the citizen's acknowledgement repeats no answer: decision 0027).
    if (javaScriptEnabled) {
      const service = fs
        .readdirSync(suite.app.outboxDir)
        .map((f) => fs.readFileSync(path.join(suite.app.outboxDir, f), 'utf8').replace(/=\r?\n/g, ''))
        .find((body) => body.includes(reference) && !body.includes(`To: ${email}`))
      expect(service).toContain('06 11 22 33 44')
    }
    await context.close()
  }, 180_000)

  it('with JavaScript, files over the limit of one post are refused in the page, answers still there', async () => {
    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    let posted = false
    page.on('request', (request) => (posted ||= request.method() === 'POST'))
    await page.goto(`${suite.app.baseURL}/formulaires/candidature-spontanee`)
    await page.locator('form[data-enhanced="steps"]').waitFor()
    await page.fill('#champ-poste', 'Agent des espaces verts')
    const big = Buffer.alloc(26 * 1024 * 1024, 0x20)
    big.write('%PDF-1.4\n')
    await page.setInputFiles('#champ-cv', { name: 'cv-tres-lourd.pdf', mimeType: 'application/pdf', buffer: big })
    await page.getByRole('button', { name: 'Vérifier mes réponses' }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain('Les fichiers joints dépassent 25 Mo au total')
    expect(await page.locator('#champ-cv').getAttribute('aria-invalid')).toBe('true')
    expect(await page.inputValue('#champ-poste')).toBe('Agent des espaces verts')
    expect(posted).toBe(false)
    await context.close()
  }, 90_000)

  it('with JavaScript, the check step asks the server: a format the page does not know comes back beside its field', async () => {
    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    await page.goto(`${suite.app.baseURL}/formulaires/contacter-la-mairie`)
    await page.locator('form[data-enhanced="steps"]').waitFor()
    await fillContactForm(page, { nom: 'Le Goff', prenom: 'Anne', courriel: 'anne@example.fr', objet: 'Urbanisme', message: 'Bonjour' })
    await page.fill('#champ-telephone', '12 34') // not a French number: only the server knows
    await page.getByRole('button', { name: 'Vérifier mes réponses' }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toMatch(/numéro de téléphone/)
    expect(await page.locator('#champ-telephone').getAttribute('aria-invalid')).toBe('true')
    expect(await page.inputValue('#champ-nom')).toBe('Le Goff') // nothing typed is lost
    // Corrected, the check step shows the server's wording of the number.
    await page.fill('#champ-telephone', '0612345678')
    await page.getByRole('button', { name: 'Vérifier mes réponses' }).click()
    await page.getByRole('heading', { name: /Vérifiez vos réponses/ }).waitFor()
    expect(await page.locator('[data-review]').textContent()).toContain('06 12 34 56 78')
    await context.close()
  })

  it('with JavaScript, a condition hides and shows its field as the citizen answers', async () => {
    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    await page.goto(`${suite.app.baseURL}/formulaires/reservation-salle`)
    const structure = page.locator('#champ-structure')
    await page.getByLabel('Un particulier').check()
    await expect(structure.isVisible()).resolves.toBe(false)
    await page.getByLabel('Une association').check()
    await expect(structure.isVisible()).resolves.toBe(true)
    await context.close()
  })

  it('a closed form shows a clear French page and accepts nothing', async () => {
    const auth = { 'Content-Type': 'application/json', Authorization: `JWT ${suite.adminToken}` }
    const found = (await (await fetch(`${suite.app.baseURL}/api/forms?where[slug][equals]=signalement-voirie`, { headers: auth })).json()) as { docs: Array<{ id: number }> }
    const id = found.docs[0].id
    const close = await fetch(`${suite.app.baseURL}/api/forms/${id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ availability: { closesAt: '2020-01-01T00:00:00.000Z' }, _status: 'published' }) })
    expect(close.status).toBe(200)
    const html = await (await fetch(`${suite.app.baseURL}/formulaires/signalement-voirie`)).text()
    expect(html).toContain('Formulaire fermé')
    expect(html).toContain('Ce formulaire est fermé depuis le 1 janvier 2020.')
    expect(html).not.toContain('<form method="post"')
  })

  it('an old request still shows the questions it answered after staff edit the form', async () => {
    const base = suite.app.baseURL
    const auth = { 'Content-Type': 'application/json', Authorization: `JWT ${suite.adminToken}` }
    const org = ((await (await fetch(`${base}/api/organisations?limit=1`)).json()) as { docs: Array<{ id: number }> }).docs[0].id
    const email = { blockType: 'email', label: 'Courriel', name: 'courriel', required: true }
    const created = (await (
      await fetch(`${base}/api/forms`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({
          title: 'Jardins partagés',
          slug: 'jardins-partages',
          organisation: org,
          _status: 'published',
          steps: [{ title: 'Votre parcelle', fields: [{ blockType: 'text', label: 'Quartier souhaité', name: 'quartier', required: true }, email, { blockType: 'textarea', label: 'Expérience du jardinage', name: 'experience' }] }],
        }),
      })
    ).json()) as { doc: { id: number } }
    // The citizen sends, as the page does with JavaScript (one post).
    const page = await (await fetch(`${base}/formulaires/jardins-partages`)).text()
    const t = /name="t" value="([^"]+)"/.exec(page)![1]
    const body = new URLSearchParams({ action: 'envoyer-tout', etape: '1', t, quartier: 'Les Hortensias', courriel: 'jardin@example.fr', experience: 'Potager familial depuis dix ans' })
    const sent = await fetch(`${base}/formulaires/jardins-partages/etape`, { method: 'POST', body, redirect: 'manual' })
    const followUp = sent.headers.get('location')!.replace(/\?.*$/, '')
    expect(followUp).toMatch(/^\/suivi\/[A-Za-z0-9_-]{32}$/)
    // Staff rename a question and remove another.
    const edit = await fetch(`${base}/api/forms/${created.doc.id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ _status: 'published', steps: [{ title: 'Votre parcelle', fields: [{ blockType: 'text', label: 'Secteur', name: 'quartier', required: true }, email] }] }),
    })
    expect(edit.status).toBe(200)
    const html = await (await fetch(`${base}${followUp}`)).text()
    expect(html).toContain('Quartier souhaité')
    expect(html).toContain('Les Hortensias')
    expect(html).toContain('Expérience du jardinage')
    expect(html).toContain('Potager familial depuis dix ans')
    expect(html).not.toContain('Secteur')
  })

  it('without JavaScript, a step sent with errors comes back with what the citizen typed', async () => {
    const context = await newContext(suite.browser, false)
    const page = await context.newPage()
    await page.goto(`${suite.app.baseURL}/formulaires/contacter-la-mairie`)
    await page.fill('#champ-nom', 'Le Goff')
    await page.fill('#champ-courriel', 'pas-une-adresse')
    await page.fill('#champ-message', 'Bonjour,\nune question sur la voirie.')
    await submit(page, 'Vérifier mes réponses')
    await page.locator('.error-summary').waitFor()
    expect(await page.inputValue('#champ-nom')).toBe('Le Goff')
    expect(await page.inputValue('#champ-courriel')).toBe('pas-une-adresse')
    expect(await page.inputValue('#champ-message')).toBe('Bonjour,\nune question sur la voirie.')
    expect(await page.locator('#champ-courriel').getAttribute('aria-invalid')).toBe('true')
    await context.close()
  })

  it('prefills a hidden value from the address (e.g. where a job application came from)', async () => {
    const html = await (await fetch(`${suite.app.baseURL}/formulaires/candidature-spontanee?source=forum-emploi`)).text()
    expect(html).toMatch(/<input type="hidden"[^>]*name="source"[^>]*value="forum-emploi"|<input[^>]*value="forum-emploi"[^>]*name="source"/)
  })

  it('an unknown follow-up link and an unknown form give the French 404', async () => {
    for (const p of ['/suivi/abcdefghijklmnopqrstuvwxyzABCDEF', '/formulaires/inconnu']) {
      const res = await fetch(suite.app.baseURL + p)
      expect(res.status).toBe(404)
      expect(await res.text()).toContain('Page introuvable')
    }
  })
})
