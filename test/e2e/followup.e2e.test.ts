/**
 * The follow-up page: an agent's reply reaches the citizen, who answers with a document, with
 * JavaScript off and on — no account, the secret link is the key.
 */
import fs from 'node:fs'
import path from 'node:path'

import { newContext } from '../helpers/browser'
import { fillContactForm } from '../helpers/contactForm'
import { useRunningApp } from '../helpers/e2eSuite'
import { samplePdf } from '../helpers/files'

const suite = useRunningApp({ adminToken: true })
let pdfPath: string

beforeAll(async () => {
  pdfPath = path.join(suite.app.outboxDir, '..', 'avis-imposition.pdf')
  fs.mkdirSync(path.dirname(pdfPath), { recursive: true })
  fs.writeFileSync(pdfPath, await samplePdf('Avis'))
})

/** A contact request sent through the real form, as a citizen without JavaScript. */
async function newRequest(email: string): Promise<string> {
  const context = await newContext(suite.browser, false)
  const page = await context.newPage()
  await page.goto(`${suite.app.baseURL}/formulaires/contacter-la-mairie`)
  await fillContactForm(page, { nom: 'Le Goff', prenom: 'Anne', courriel: email, objet: 'Urbanisme', message: 'Où consulter le PLU ?' })
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Vérifier mes réponses' }).click()])
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Envoyer ma demande' }).click()])
  const url = new URL(page.url())
  await context.close()
  return url.pathname
}

async function agentReplies(email: string, reply: string) {
  const auth = { 'Content-Type': 'application/json', Authorization: `JWT ${suite.adminToken}` }
  const found = (await (await fetch(`${suite.app.baseURL}/api/submissions?where[requesterEmail][equals]=${encodeURIComponent(email)}`, { headers: auth })).json()) as { docs: Array<{ id: number }> }
  const res = await fetch(`${suite.app.baseURL}/api/submissions/${found.docs[0].id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ status: 'attente_usager', statusComment: 'Pièce manquante', requestedPieces: 'Justificatif de domicile', reply, newNote: 'note interne secrète' }),
  })
  expect(res.status).toBe(200)
  return found.docs[0].id
}

describe('follow-up page', () => {
  it.each([false, true])('the citizen reads the reply and answers with a document (JavaScript %s)', async (javaScriptEnabled) => {
    const email = `suivi.${javaScriptEnabled ? 'js' : 'nojs'}@example.fr`
    const followUp = await newRequest(email)
    const id = await agentReplies(email, 'Pouvez-vous préciser la parcelle concernée ?')

    const context = await newContext(suite.browser, javaScriptEnabled)
    const page = await context.newPage()
    await page.goto(suite.app.baseURL + followUp)
    const main = (await page.locator('main').textContent())!
    expect(main).toContain("En attente de l'usager")
    expect(main).toContain('Pièce manquante')
    expect(main).toContain('Pouvez-vous préciser la parcelle concernée ?')
    expect(main).not.toContain('note interne secrète')

    // Empty message: a French error beside the field, nothing stored
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Envoyer mon message' }).click()])
    await expect(page.locator('#champ-message-erreur').textContent()).resolves.toContain('Écrivez votre message.')
    await expect(page.locator('#champ-message').getAttribute('aria-invalid')).resolves.toBe('true')

    await page.fill('#champ-message', 'Parcelle AB 123, rue des Lilas.')
    await page.setInputFiles('#champ-pieces', pdfPath)
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Envoyer mon message' }).click()])
    await expect(page.locator('[role="status"]').first().textContent()).resolves.toContain('bien été transmis')
    const after = (await page.locator('main').textContent())!
    expect(after).toContain('Parcelle AB 123')
    expect(after).toContain('avis-imposition.pdf')
    expect(after).toContain('En cours') // back from "en attente de l'usager"

    const stored = (await (await fetch(`${suite.app.baseURL}/api/submissions/${id}`, { headers: { Authorization: `JWT ${suite.adminToken}` } })).json()) as {
      status: string
      messages: Array<{ direction: string; files: unknown[] }>
    }
    expect(stored.status).toBe('en_cours')
    expect(stored.messages.at(-1)).toEqual(expect.objectContaining({ direction: 'citizen' }))
    expect(stored.messages.at(-1)!.files).toHaveLength(1)
    await context.close()
  }, 120_000)

  it('keeps the typed message when a document is refused', async () => {
    const followUp = await newRequest('suivi.refus@example.fr')
    const context = await newContext(suite.browser, false)
    const page = await context.newPage()
    await page.goto(suite.app.baseURL + followUp)
    const fake = path.join(path.dirname(pdfPath), 'faux.pdf')
    fs.writeFileSync(fake, 'pas un pdf')
    await page.fill('#champ-message', 'Voici le document demandé.')
    await page.setInputFiles('#champ-pieces', fake)
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Envoyer mon message' }).click()])
    await expect(page.locator('#champ-pieces-erreur').textContent()).resolves.toMatch(/type accepté/)
    await expect(page.locator('#champ-message').inputValue()).resolves.toBe('Voici le document demandé.')
    await context.close()
  })

  it('shows the due date and the nature of the implicit decision, and serves the récépissé (decision 0049)', async () => {
    const auth = { 'Content-Type': 'application/json', Authorization: `JWT ${suite.adminToken}` }
    const api = (p: string, init: RequestInit = {}) => fetch(`${suite.app.baseURL}/api${p}`, { ...init, headers: auth })
    const form = ((await (await api('/forms?where[slug][equals]=contacter-la-mairie&depth=0')).json()) as { docs: Array<{ id: number }> }).docs[0]
    const legal = (silenceRule: string, responseDelayValue: number, responseDelayUnit: string) =>
      api(`/forms/${form.id}`, { method: 'PATCH', body: JSON.stringify({ silenceRule, responseDelayValue, responseDelayUnit, _status: 'published' }) })
    // The contact form calls for no decision: for this request it is an acceptance procedure, then set back.
    expect((await legal('acceptation', 2, 'mois')).status).toBe(200)
    let followUp: string
    try {
      followUp = await newRequest('suivi.recepisse@example.fr')
    } finally {
      expect((await legal('sans_objet', 15, 'jours')).status).toBe(200)
    }
    const context = await newContext(suite.browser, false)
    const page = await context.newPage()
    await page.goto(suite.app.baseURL + followUp)
    let state = (await page.locator('#suivi-etat').locator('..').textContent())!
    expect(state).toContain('Le délai de 2 mois court à compter de la réception du dossier complet')
    expect(state).toContain('réputée acceptée')

    const found = (await (await api('/submissions?where[requesterEmail][equals]=suivi.recepisse%40example.fr&depth=0')).json()) as { docs: Array<{ id: number }> }
    const complete = (await (await api(`/submissions/${found.docs[0].id}`, { method: 'PATCH', body: JSON.stringify({ markComplete: true }) })).json()) as { doc: { dueDate: string } }
    const dueFr = complete.doc.dueDate.slice(0, 10).split('-').reverse().join('/')
    await page.reload()
    state = (await page.locator('#suivi-etat').locator('..').textContent())!
    expect(state).toContain('Dossier complet le')
    expect(state).toContain(`Sans réponse de notre part au ${dueFr}, votre demande sera réputée acceptée.`)

    const href = await page.getByRole('link', { name: 'Télécharger le récépissé de votre demande (PDF)' }).getAttribute('href')
    const pdf = await fetch(suite.app.baseURL + href)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    const missing = await fetch(`${suite.app.baseURL}/suivi/${'A'.repeat(32)}/recepisse.pdf`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Récépissé introuvable')
    await context.close()
  }, 120_000)

  // Last in this file: it uses up this address's lookups for a minute.
  it('slows down an address trying many follow-up links (429)', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 70; i += 1) {
      const fake = `essai${String(i).padStart(27, '0')}`
      statuses.push((await fetch(`${suite.app.baseURL}/suivi/${fake}`)).status)
    }
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })
})
