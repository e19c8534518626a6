/**
 * Issue #3, end to end through the real admin: staff build a new two-step form (a radio, a text
 * field shown under a condition on it, a required e-mail, a file field) in /admin, publish it,
 * link it to a procedure that had no online form, and a citizen completes it in Chromium with
 * JavaScript on and off, ending on the receipt; the request is stored with its answers and file.
 */
import type { Browser, Locator, Page } from 'playwright-core'

import { ADMIN } from '../helpers/app'
import { newContext } from '../helpers/browser'
import { useRunningApp } from '../helpers/e2eSuite'
import { samplePdf } from '../helpers/files'

const suite = useRunningApp({ adminToken: true })

/** Payload's admin is slow on a busy machine: every wait on it is generous. */
const ADMIN_TIMEOUT = 60_000

const FORM_TITLE = 'Déclarer un vide-grenier'
const FORM_SLUG = 'declarer-un-vide-grenier'
const PROCEDURE_TITLE = 'Organiser un vide-grenier ou une braderie'
const PROCEDURE_PATH = '/demarches/reglementation/vide-grenier'
const ASSOCIATION_NAME = 'Comité des fêtes de Kerlann'

/** Set by the admin tests, read by the citizen tests (jest runs a file's tests in order). */
let formId: number | undefined
let pdf: Buffer

beforeAll(async () => {
  pdf = await samplePdf('Attestation d’assurance responsabilité civile')
})

const auth = () => ({ Authorization: `JWT ${suite.adminToken}` })

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${suite.app.baseURL}${path}`, { headers: auth() })
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/**
 * Payload's edit view sends a form-state request 250 ms after each change; a row added while one
 * is in flight can stay a loading placeholder forever (Payload 3.90 merges the stale answer and
 * sees no change left to send). So rows are added only once the page's requests have settled,
 * and a row that still does not appear gets a real change (the title, touched and restored) whose
 * form-state answer includes it.
 */
interface AdminPage {
  page: Page
  /** Clicks `button`, then waits for `appears` (the new row's first input), nudging if stuck. */
  addRow: (button: Locator, appears: string) => Promise<void>
  /** "Ajouter Champ" of one step, then the block's tile in the drawer; waits for its `appears`. */
  addFieldBlock: (step: number, blockLabel: string, appears: string) => Promise<void>
  settled: () => Promise<void>
}

async function adminPage(browser: Browser): Promise<AdminPage> {
  const context = await newContext(browser, true)
  const page = await context.newPage()
  page.setDefaultTimeout(ADMIN_TIMEOUT)
  let inFlight = 0
  let lastActivity = Date.now()
  page.on('request', () => {
    inFlight += 1
    lastActivity = Date.now()
  })
  const done = () => {
    inFlight = Math.max(0, inFlight - 1)
    lastActivity = Date.now()
  }
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  /** Past the 250 ms debounce, then no request for 500 ms. */
  const settled = async () => {
    await new Promise((r) => setTimeout(r, 800))
    const deadline = Date.now() + ADMIN_TIMEOUT
    while (inFlight > 0 || Date.now() - lastActivity < 500) {
      if (Date.now() > deadline) throw new Error(`the admin page never settled (${inFlight} requests in flight)`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  const formStateAnswer = () =>
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/admin'), { timeout: ADMIN_TIMEOUT })
  const nudge = async () => {
    const title = page.locator('#field-title')
    const value = await title.inputValue()
    await settled()
    await Promise.all([formStateAnswer(), title.fill(`${value} `)])
    await settled()
    await Promise.all([formStateAnswer(), title.fill(value)])
    await settled()
  }
  const waitFor = async (target: Locator) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await target.waitFor({ state: 'visible', timeout: 10_000 })
        return
      } catch (error) {
        if (attempt === 4) throw error
      }
      await nudge()
    }
  }
  const addRow = async (button: Locator, appears: string) => {
    await settled()
    await waitFor(button) // the rule's button is shown by a condition, evaluated with the form state
    await button.click()
    await waitFor(page.locator(appears))
  }
  const addFieldBlock = async (step: number, blockLabel: string, appears: string) => {
    await settled()
    await page.locator(`#steps-row-${step}`).getByRole('button', { name: /Ajouter Champ/ }).last().click()
    await page.locator('.drawer--is-open').last().getByText(blockLabel, { exact: true }).click()
    await waitFor(page.locator(appears))
  }

  await page.goto(`${suite.app.baseURL}/admin/login`)
  await page.locator('input[name="email"]').fill(ADMIN.email)
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL(/\/admin\/?$/, { timeout: ADMIN_TIMEOUT })
  return { page, addRow, addFieldBlock, settled }
}

/** Waits for Payload's success toast; an error toast fails at once with its text. */
async function expectToast(page: Page, text: string): Promise<void> {
  const toast = page.locator('.toast-success, .toast-error').filter({ hasText: /\S/ }).first()
  await toast.waitFor({ state: 'visible', timeout: ADMIN_TIMEOUT })
  const [classes, message] = await Promise.all([toast.getAttribute('class'), toast.textContent()])
  if (!classes?.includes('toast-success')) throw new Error(`the admin refused to save: ${message}`)
  expect(message).toContain(text)
}

/** Payload ids follow the field's path: steps.0.fields.1.label → #field-steps__0__fields__1__label */
const fieldInput = (step: number, field: number, path: string) => `#field-steps__${step}__fields__${field}__${path}`

interface StoredForm {
  id: number
  slug: string
  _status: string
  organisation: number
  steps: Array<{
    title: string
    fields: Array<{
      blockType: string
      name: string
      required?: boolean
      options?: Array<{ label: string; value: string }>
      condition?: { enabled: boolean; match: string; rules: Array<{ field: string; operator: string; value: string }> }
    }>
  }>
}

interface StoredSubmission {
  id: number
  reference: string
  requesterEmail: string
  form: { id: number }
  answers: Record<string, unknown>
  files: Array<{ fieldName: string; originalName: string; mimeType: string; filesize: number; url: string }>
}

describe('staff author a form in the admin, a citizen completes it', () => {
  it('builds a two-step form with a condition and a file field, and publishes it', async () => {
    const { page, addRow, addFieldBlock, settled } = await adminPage(suite.browser)
    await page.goto(`${suite.app.baseURL}/admin/collections/forms/create`)
    const addStep = page.getByRole('button', { name: /Ajouter Étape/ })
    await addStep.waitFor({ state: 'visible' })

    await page.locator('#field-title').fill(FORM_TITLE)
    // the slug is left empty: derived from the title
    await page.locator('#field-organisation').click()
    await page.getByRole('option', { name: 'Ville de Kerlann', exact: true }).click()

    // Step 1: who organises; the association's name only for an association
    await addRow(addStep, '#field-steps__0__title')
    await page.locator('#field-steps__0__title').fill("L'organisateur")
    await addFieldBlock(0, 'Boutons radio', fieldInput(0, 0, 'label'))
    await page.locator(fieldInput(0, 0, 'label')).fill('Vous organisez la vente en tant que')
    await page.locator(fieldInput(0, 0, 'name')).fill('organisateur')
    await page.locator(fieldInput(0, 0, 'required')).check()
    const addChoice = page.locator('#steps-0-fields-row-0').getByRole('button', { name: /Ajouter Choix/ })
    await addRow(addChoice, fieldInput(0, 0, 'options__0__label'))
    await page.locator(fieldInput(0, 0, 'options__0__label')).fill('Particulier')
    await page.locator(fieldInput(0, 0, 'options__0__value')).fill('particulier')
    await addRow(addChoice, fieldInput(0, 0, 'options__1__label'))
    await page.locator(fieldInput(0, 0, 'options__1__label')).fill('Association')
    await page.locator(fieldInput(0, 0, 'options__1__value')).fill('association')

    await addFieldBlock(0, 'Texte court', fieldInput(0, 1, 'label'))
    await page.locator(fieldInput(0, 1, 'label')).fill("Nom de l'association")
    await page.locator(fieldInput(0, 1, 'name')).fill('nom_association')
    await page.locator(fieldInput(0, 1, 'required')).check()
    // Condition d'affichage › Afficher sous condition › one rule: organisateur est égal à association
    await page.locator(fieldInput(0, 1, 'condition__enabled')).check()
    const addRule = page.locator('#steps-0-fields-row-1').getByRole('button', { name: /Ajouter Règle/ })
    await addRow(addRule, fieldInput(0, 1, 'condition__rules__0__field'))
    await page.locator(fieldInput(0, 1, 'condition__rules__0__field')).fill('organisateur')
    await page.locator(fieldInput(0, 1, 'condition__rules__0__value')).fill('association')

    // Step 2: a required e-mail and a file
    await addRow(addStep, '#field-steps__1__title')
    await page.locator('#field-steps__1__title').fill('Vos coordonnées')
    await addFieldBlock(1, 'Adresse électronique', fieldInput(1, 0, 'label'))
    await page.locator(fieldInput(1, 0, 'label')).fill('Adresse électronique')
    await page.locator(fieldInput(1, 0, 'name')).fill('courriel')
    await page.locator(fieldInput(1, 0, 'required')).check()
    await addFieldBlock(1, 'Pièce jointe', fieldInput(1, 1, 'label'))
    await page.locator(fieldInput(1, 1, 'label')).fill('Attestation d’assurance')
    await page.locator(fieldInput(1, 1, 'name')).fill('assurance')

    await settled()
    await page.getByRole('button', { name: 'Publier les modifications' }).click()
    await page.waitForURL(/\/admin\/collections\/forms\/\d+/, { timeout: ADMIN_TIMEOUT })
    await expectToast(page, 'avec succès')
    await page.locator('.doc-controls__status').getByText('Publié').waitFor({ state: 'visible' })
    formId = Number(/\/forms\/(\d+)/.exec(page.url())![1])
    await page.context().close()

    // What the admin stored is exactly what was built
    const form = await getJson<StoredForm>(`/api/forms/${formId}?depth=0`)
    expect(form._status).toBe('published')
    expect(form.slug).toBe(FORM_SLUG)
    const commune = await getJson<{ docs: Array<{ id: number }> }>('/api/organisations?where[slug][equals]=commune')
    expect(form.organisation).toBe(commune.docs[0].id)
    expect(form.steps.map((s) => s.title)).toEqual(["L'organisateur", 'Vos coordonnées'])
    expect(form.steps.map((s) => s.fields.map((f) => `${f.blockType}:${f.name}${f.required ? '*' : ''}`))).toEqual([
      ['radio:organisateur*', 'text:nom_association*'],
      ['email:courriel*', 'file:assurance'],
    ])
    expect(form.steps[0].fields[0].options?.map((o) => o.value)).toEqual(['particulier', 'association'])
    expect(form.steps[0].fields[1].condition).toMatchObject({
      enabled: true,
      rules: [{ field: 'organisateur', operator: 'equals', value: 'association' }],
    })
  }, 240_000)

  it('links it to a procedure that had no online form', async () => {
    if (formId === undefined) throw new Error('the form was not created by the previous test')
    // before: no "Faire la démarche en ligne" on the procedure's page
    const before = await fetch(`${suite.app.baseURL}${PROCEDURE_PATH}`)
    expect(before.status).toBe(200)
    expect(await before.text()).not.toContain('Faire la démarche en ligne')

    const { page, settled } = await adminPage(suite.browser)
    // The list finds the procedure; its edit view is then opened by the link's address: a click on
    // the list can be swallowed while Payload's list re-applies its search to the URL.
    await page.goto(`${suite.app.baseURL}/admin/collections/procedures?search=vide-grenier`)
    const href = await page.getByRole('link', { name: PROCEDURE_TITLE }).first().getAttribute('href')
    expect(href).toMatch(/^\/admin\/collections\/procedures\/\d+$/)
    await page.goto(`${suite.app.baseURL}${href}`)
    const procedureId = Number(/\/procedures\/(\d+)/.exec(href!)![1])
    await page.locator('#field-form').waitFor({ state: 'visible' })
    await settled()
    // "Formulaire en ligne": search the new form by its title and pick it
    await page.locator('#field-form').click()
    await page.keyboard.type('vide-grenier')
    await page.getByRole('option', { name: FORM_TITLE, exact: true }).click()
    await settled()
    await page.getByRole('button', { name: 'Publier les modifications' }).click()
    await expectToast(page, 'Mis à jour avec succès')
    await page.context().close()

    const procedure = await getJson<{ _status: string; form: number | null }>(`/api/procedures/${procedureId}?depth=0`)
    expect(procedure._status).toBe('published')
    expect(procedure.form).toBe(formId)
  }, 180_000)

  /**
   * The citizen starts from the procedure's page. With JavaScript the condition is applied live
   * and the steps run in the page; without it, each step is a post and the server shows the
   * conditional field once its condition holds.
   */
  it.each([
    ['on', true],
    ['off', false],
  ])('a citizen completes it with JavaScript %s, ending on the receipt', async (_label, js) => {
    if (formId === undefined) throw new Error('the form was not created by the previous test')
    const context = await newContext(suite.browser, js)
    const page = await context.newPage()
    page.setDefaultTimeout(30_000)
    const submit = async (name: string) => {
      await Promise.all([page.waitForNavigation(), page.getByRole('button', { name, exact: true }).last().click()])
    }
    const email = `organisateur.${js ? 'js' : 'nojs'}@example.fr`
    const fileName = `assurance-${js ? 'js' : 'nojs'}.pdf`
    const associationName = page.locator('#champ-nom_association')
    const marker = () => page.evaluate(() => (window as unknown as { marker?: number }).marker)

    await page.goto(`${suite.app.baseURL}${PROCEDURE_PATH}`)
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Faire la démarche en ligne' }).click()])
    expect(new URL(page.url()).pathname).toBe(`/formulaires/${FORM_SLUG}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(FORM_TITLE)
    expect(await associationName.isVisible()).toBe(false)

    if (js) {
      await page.locator('form[data-enhanced="steps"]').waitFor()
      await page.evaluate(() => ((window as unknown as { marker?: number }).marker = 7))
      // shown when "Association" is chosen, hidden again for "Particulier"
      await page.getByLabel('Association', { exact: true }).check()
      await associationName.waitFor({ state: 'visible', timeout: 5_000 })
      await associationName.fill(ASSOCIATION_NAME)
      await page.getByLabel('Particulier', { exact: true }).check()
      await associationName.waitFor({ state: 'hidden', timeout: 5_000 })
      // hidden, so not required: the step goes on, in the page
      await page.getByRole('button', { name: 'Continuer' }).last().click()
      await page.locator('section[data-step="1"]:not([hidden])').waitFor()
      expect(page.url()).toContain('etape=2')
    } else {
      // "Particulier": the hidden field is not asked for, the next step comes
      await page.getByLabel('Particulier', { exact: true }).check()
      await submit('Continuer')
      expect(page.url()).toContain('etape=2')
      await submit('Étape précédente')
      expect(await associationName.isVisible()).toBe(false)
      // "Association": the server shows the field, required
      await page.getByLabel('Association', { exact: true }).check()
      await submit('Continuer')
      await expect(page.locator('.error-summary').textContent()).resolves.toContain("Renseignez le champ « Nom de l'association »")
      expect(await associationName.isVisible()).toBe(true)
      await associationName.fill(ASSOCIATION_NAME)
      await submit('Continuer')
      expect(page.url()).toContain('etape=2')
    }

    // Step 2: e-mail and file
    await page.fill('#champ-courriel', email)
    await page.setInputFiles('#champ-assurance', { name: fileName, mimeType: 'application/pdf', buffer: pdf })
    if (js) {
      await page.getByRole('button', { name: 'Vérifier mes réponses' }).click()
      await page.getByRole('heading', { name: /Vérifiez vos réponses/ }).waitFor()
      expect(await marker()).toBe(7) // checked in the page: nothing was loaded
    } else {
      await submit('Vérifier mes réponses')
      expect(page.url()).toContain('/verification')
      await page.getByRole('heading', { name: /Vérifiez vos réponses/ }).waitFor()
    }
    // what is shown (innerText: the hidden steps of the page are left out)
    const review = await page.locator('main').innerText()
    expect(review).toMatch(/Adresse électronique\s+organisateur\.\w+@example\.fr/)
    expect(review).toMatch(new RegExp(`Attestation d’assurance\\s+${fileName.replace('.', '\\.')}`))
    if (js) {
      expect(review).toMatch(/Vous organisez la vente en tant que\s+Particulier/)
      expect(review).not.toContain("Nom de l'association") // hidden by its condition: neither asked nor kept
      expect(review).not.toContain(ASSOCIATION_NAME)
    } else {
      expect(review).toMatch(/Vous organisez la vente en tant que\s+Association/)
      expect(review).toMatch(new RegExp(`Nom de l'association\\s+${ASSOCIATION_NAME}`))
    }
    await submit('Envoyer ma demande')

    // The receipt
    expect(page.url()).toMatch(/\/suivi\/[A-Za-z0-9_-]{32}\?confirmation=1$/)
    await expect(page.locator('h1').textContent()).resolves.toBe('Votre demande a bien été envoyée')
    const reference = (await page.locator('.confirmation__reference strong').textContent())!
    await context.close()

    // Stored for the new form, with its answers and the file
    const found = await getJson<{ docs: StoredSubmission[] }>(
      `/api/submissions?depth=1&where[form][equals]=${formId}&where[requesterEmail][equals]=${encodeURIComponent(email)}`,
    )
    expect(found.docs).toHaveLength(1)
    const [submission] = found.docs
    expect(submission.reference).toBe(reference)
    expect(submission.form.id).toBe(formId)
    expect(submission.answers).toEqual({
      organisateur: js ? 'particulier' : 'association',
      ...(js ? {} : { nom_association: ASSOCIATION_NAME }),
      courriel: email,
      assurance: [expect.objectContaining({ filename: fileName, mimeType: 'application/pdf', filesize: pdf.length })],
    })
    expect(submission.files).toHaveLength(1)
    const [file] = submission.files
    expect(file).toMatchObject({ fieldName: 'assurance', originalName: fileName, mimeType: 'application/pdf', filesize: pdf.length })
    // Absolute since Payload knows its public address (PUBLIC_URL → serverURL).
    const download = await fetch(new URL(file.url, suite.app.baseURL), { headers: auth() })
    expect(download.status).toBe(200)
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true)
  }, 180_000)
})
