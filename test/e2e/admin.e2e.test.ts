/** The admin is in French, grouped as staff expect, and staff can log in. */
import { ADMIN, AGENT_PASSWORD } from '../helpers/app'
import { newContext } from '../helpers/browser'
import { useRunningApp } from '../helpers/e2eSuite'

const suite = useRunningApp({ adminToken: true })

describe('admin', () => {
  it('prints nothing secret when the password comes from ADMIN_PASSWORD', () => {
    expect(suite.app.output()).toContain(ADMIN.email)
    expect(suite.app.output()).not.toContain(ADMIN.password)
  })

  it('logs in in French and shows the navigation groups', async () => {
    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    await page.goto(`${suite.app.baseURL}/admin/login`)
    await page.locator('input[name="email"]').fill(ADMIN.email)
    await page.locator('input[name="password"]').fill(ADMIN.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    const nav = page.locator('nav')
    for (const group of ['Démarches', 'Médias', 'Réglages']) {
      await nav.getByText(group, { exact: true }).first().waitFor({ state: 'visible' })
    }
    await page.goto(`${suite.app.baseURL}/admin/collections/procedures?search=naissance`)
    await page.getByText('Demander un acte de naissance').first().waitFor({ state: 'visible', timeout: 30_000 })
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr')
    // Staff compose forms from field blocks: the editor opens with its steps
    await page.goto(`${suite.app.baseURL}/admin/collections/forms/create`)
    const addStep = page.getByRole('button', { name: /Ajouter Étape/ }).first()
    await addStep.waitFor({ state: 'visible', timeout: 30_000 })
    await addStep.click()
    await page.getByText("Titre de l'étape").first().waitFor({ state: 'visible', timeout: 30_000 })
    await page.getByRole('button', { name: /Ajouter Champ/ }).first().click()
    for (const type of ['Texte court', 'Groupe répétable', 'Pièce jointe']) {
      await page.getByText(type, { exact: true }).first().waitFor({ state: 'visible', timeout: 30_000 })
    }
    await page.goto(`${suite.app.baseURL}/admin/collections/forms?search=CCAS`)
    await page.getByText("Demande d’aide financière au CCAS").first().waitFor({ state: 'visible', timeout: 30_000 })
    // The staff's bookings calendar and a show's session report render in the admin's layout.
    await page.goto(`${suite.app.baseURL}/admin/calendrier-reservations?vue=mois`)
    await page.getByRole('heading', { name: 'Calendrier des réservations' }).waitFor({ state: 'visible', timeout: 30_000 })
    await page.locator('caption', { hasText: 'une ligne par ressource' }).waitFor({ state: 'visible' })
    await page.getByRole('heading', { name: 'Options en attente de décision' }).waitFor({ state: 'visible' })
    const show = (await (await fetch(`${suite.app.baseURL}/api/events?where[slug][equals]=le-songe-d-une-nuit-d-ete&depth=0`, { headers: { Authorization: `JWT ${suite.adminToken}` } })).json()) as { docs: Array<{ id: number }> }
    await page.goto(`${suite.app.baseURL}/admin/collections/events/${show.docs[0].id}`)
    await page.getByRole('heading', { name: 'Bilan des séances' }).waitFor({ state: 'visible', timeout: 30_000 })
    await page.getByRole('link', { name: 'Excel (XLSX)' }).first().waitFor({ state: 'visible' })
    // A click before the edit view has hydrated is lost (the server HTML has the button already): retried.
    const keep = page.getByRole('button', { name: 'Non, garder la séance' })
    for (let attempt = 0; attempt < 3 && !(await keep.isVisible()); attempt += 1) {
      await page.getByRole('button', { name: 'Annuler la séance…' }).first().click()
      await keep.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {})
    }
    await keep.waitFor({ state: 'visible' })
    // The régie (#14): totals of the month, the payments in euros, a paid one's refund button.
    await page.goto(`${suite.app.baseURL}/admin/regie`)
    await page.locator('caption', { hasText: 'Totaux par jour' }).waitFor({ state: 'visible', timeout: 30_000 })
    await page.locator('caption', { hasText: 'Totaux par service' }).waitFor({ state: 'visible' })
    await page.goto(`${suite.app.baseURL}/admin/collections/payments`)
    await page.getByText(/^[\d\s\u00a0\u202f]+,\d{2}[\s\u00a0\u202f]€$/).first().waitFor({ state: 'visible', timeout: 30_000 })
    const paid = (await (await fetch(`${suite.app.baseURL}/api/payments?where[state][equals]=payee&limit=1&depth=0`, { headers: { Authorization: `JWT ${suite.adminToken}` } })).json()) as { docs: Array<{ id: number }> }
    await page.goto(`${suite.app.baseURL}/admin/collections/payments/${paid.docs[0].id}`)
    await page.getByRole('button', { name: 'Enregistrer un remboursement…' }).waitFor({ state: 'visible', timeout: 30_000 })
    await context.close()
  }, 120_000)

  it('a CCAS agent sees only CCAS requests, and reads answers rendered from the form version', async () => {
    const login = await fetch(`${suite.app.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'agent.ccas@kerlann.fr', password: AGENT_PASSWORD }),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const mine = (await (await fetch(`${suite.app.baseURL}/api/submissions?limit=500&depth=1`, { headers: { Authorization: `JWT ${token}` } })).json()) as {
      totalDocs: number
      docs: Array<{ id: number; organisation: { slug: string } }>
    }
    expect(mine.totalDocs).toBeGreaterThan(0)
    expect(mine.docs.every((d) => d.organisation.slug === 'ccas')).toBe(true)
    const all = (await (await fetch(`${suite.app.baseURL}/api/submissions?limit=1`, { headers: { Authorization: `JWT ${suite.adminToken}` } })).json()) as { totalDocs: number }
    expect(all.totalDocs).toBeGreaterThan(mine.totalDocs)

    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    await page.goto(`${suite.app.baseURL}/admin/login`)
    await page.locator('input[name="email"]').fill('agent.ccas@kerlann.fr')
    await page.locator('input[name="password"]').fill(AGENT_PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    // Landing: the organisation's dashboard
    await page.getByRole('heading', { name: 'Demandes de votre organisation' }).waitFor({ state: 'visible', timeout: 30_000 })
    const dashboard = (await page.locator('.requests-dashboard').textContent())!
    expect(dashboard).toContain('En retard')
    expect(dashboard).toContain('Première réponse')
    expect(dashboard).toContain('Reçues et closes par semaine')
    await page.goto(`${suite.app.baseURL}/admin/collections/submissions`)
    // The list settles first (it writes its query into the address, which re-renders the panel).
    await page.waitForURL(/[?&]limit=/, { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await page.getByText('Exporter les demandes (Excel, CSV)').click()
    // The browser downloads the workbook while the page shows how many rows are written.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.locator('li', { hasText: 'Toutes les demandes affichées' }).getByRole('link', { name: 'Excel (XLSX)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^demandes-\d{4}-\d{2}-\d{2}\.xlsx$/)
    await page.getByRole('status').filter({ hasText: `Export terminé : ${mine.totalDocs} lignes.` }).waitFor({ state: 'visible', timeout: 30_000 })
    // One click to the overdue requests (the demo has some)
    await Promise.all([page.waitForURL(/openDueDate/), page.getByRole('link', { name: 'En retard' }).click()])
    await page.getByText(/^2026-\d{6}$/).first().waitFor({ state: 'visible', timeout: 30_000 })
    // Fetched by the page itself, as the export link's script does (a session cookie is accepted
    // only from the portal's own origin: Payload's CSRF check against PUBLIC_URL).
    const csv = await page.evaluate(async (url) => {
      const response = await fetch(url)
      return { status: response.status, text: await response.text() }
    }, '/api/submissions/export.csv')
    expect(csv.status).toBe(200)
    expect(csv.text.trim().split('\r\n').length).toBe(mine.totalDocs + 1)
    await page.goto(`${suite.app.baseURL}/admin/collections/submissions/${mine.docs[0].id}`)
    await page.getByText(/^Réponses — /).first().waitFor({ state: 'visible', timeout: 30_000 })
    const text = (await page.locator('main, body').first().textContent())!
    expect(text).toContain('Historique')
    expect(text).not.toContain('"identite":') // never raw JSON
    await context.close()
  }, 120_000)
})
