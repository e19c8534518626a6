/**
 * Issue #17: the built app on MongoDB. `npm start`'s own preparation seeds the demo town on the
 * server `npm test` starts (or the one MONGODB_TEST_SERVER names), a citizen sends the contact form
 * in Chromium with JavaScript on and off, the agent of the form's organisation sees both requests,
 * an agent of another organisation sees neither.
 */
import { AGENT_PASSWORD, MONGODB_JOURNEY_DEMO_REQUESTS, PREPARED_MONGODB_ENV } from '../helpers/app'
import { newContext } from '../helpers/browser'
import { fillContactForm } from '../helpers/contactForm'
import { logIn, useRunningApp } from '../helpers/e2eSuite'
import { MONGODB_SERVER_ENV, mongoTestServer } from '../helpers/testDatabase'

const server = mongoTestServer()
/** The town's own agent for the contact form (Ville de Kerlann), and one of the CCAS. */
const COMMUNE_AGENT = 'etat-civil@kerlann.fr'
const CCAS_AGENT = 'agent.ccas@kerlann.fr'

const describeOnMongo = server ? describe : describe.skip

describeOnMongo(`the built app on MongoDB${server ? '' : ` (skipped: no MongoDB server — set ${MONGODB_SERVER_ENV})`}`, () => {
  // Prepared by npm start's own steps — while the app was built (npm test), or here.
  const suite = useRunningApp({ mongoUrl: server, demoRequests: MONGODB_JOURNEY_DEMO_REQUESTS, preparedMongoDatabase: process.env[PREPARED_MONGODB_ENV] })
  const references: string[] = []
  let ids: string[] = []

  it.each([true, false])('a citizen sends the contact form with JavaScript %s and gets a reference', async (javaScriptEnabled) => {
    const context = await newContext(suite.browser, javaScriptEnabled)
    const page = await context.newPage()
    page.setDefaultTimeout(30_000)
    const send = (name: string) => Promise.all([page.waitForNavigation(), page.getByRole('button', { name, exact: true }).last().click()])
    await page.goto(`${suite.app.baseURL}/formulaires/contacter-la-mairie`)
    if (javaScriptEnabled) await page.locator('form[data-enhanced="steps"]').waitFor()
    await fillContactForm(page, {
      nom: 'Le Bihan',
      prenom: javaScriptEnabled ? 'Yann' : 'Katell',
      courriel: `mongo.${javaScriptEnabled ? 'js' : 'nojs'}@example.fr`,
      objet: 'Voirie et propreté',
      message: 'Un lampadaire est éteint rue des Ajoncs.',
    })
    if (javaScriptEnabled) {
      await page.getByRole('button', { name: 'Vérifier mes réponses' }).click()
      await page.getByRole('heading', { name: /Vérifiez vos réponses/ }).waitFor()
    } else await send('Vérifier mes réponses')
    await send('Envoyer ma demande')
    expect(page.url()).toMatch(/\/suivi\/[A-Za-z0-9_-]{32}\?confirmation=1$/)
    const reference = (await page.locator('.confirmation__reference strong').textContent())!
    expect(reference).toMatch(/^\d{4}-\d{6}$/)
    references.push(reference)
    await context.close()
  }, 120_000)

  it('the agent of the form’s organisation sees both requests, in the API and in the admin', async () => {
    expect(references).toHaveLength(2)
    expect(new Set(references).size).toBe(2)
    const token = await logIn(suite.app.baseURL, { email: COMMUNE_AGENT, password: AGENT_PASSWORD })
    const where = references.map((r, i) => `where[reference][in][${i}]=${encodeURIComponent(r)}`).join('&')
    const res = await fetch(`${suite.app.baseURL}/api/submissions?${where}&depth=0`, { headers: { Authorization: `JWT ${token}` } })
    expect(res.status).toBe(200)
    const found = (await res.json()) as { docs: Array<{ id: string; reference: string; requesterEmail: string }> }
    expect(found.docs.map((d) => d.reference).sort()).toEqual([...references].sort())
    expect(found.docs[0].id).toMatch(/^[0-9a-f]{24}$/) // MongoDB's ObjectId: this really is MongoDB
    ids = found.docs.map((d) => d.id)

    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    await page.goto(`${suite.app.baseURL}/admin/login`)
    await page.locator('input[name="email"]').fill(COMMUNE_AGENT)
    await page.locator('input[name="password"]').fill(AGENT_PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await page.goto(`${suite.app.baseURL}/admin/collections/submissions/${found.docs[0].id}`)
    await page.getByText(/^Réponses — /).first().waitFor({ state: 'visible', timeout: 60_000 })
    expect(await page.locator('body').textContent()).toContain('Un lampadaire est éteint rue des Ajoncs.')
    await context.close()
  }, 180_000)

  it('an agent of another organisation sees neither request', async () => {
    const token = await logIn(suite.app.baseURL, { email: CCAS_AGENT, password: AGENT_PASSWORD })
    const where = references.map((r, i) => `where[reference][in][${i}]=${encodeURIComponent(r)}`).join('&')
    const res = await fetch(`${suite.app.baseURL}/api/submissions?${where}&depth=0`, { headers: { Authorization: `JWT ${token}` } })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { totalDocs: number }).totalDocs).toBe(0)
    expect(ids).toHaveLength(2)
    for (const id of ids) {
      const byId = await fetch(`${suite.app.baseURL}/api/submissions/${id}`, { headers: { Authorization: `JWT ${token}` } })
      expect(byId.status).toBe(404)
      expect(await byId.text()).not.toContain('lampadaire')
    }
    // …while the same query shows the CCAS agent its own organisation's demo requests
    const own = await fetch(`${suite.app.baseURL}/api/submissions?limit=1&depth=0`, { headers: { Authorization: `JWT ${token}` } })
    expect(((await own.json()) as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
  })
})
