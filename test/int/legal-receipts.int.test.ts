/**
 * Legal receipts (CRPA L112-3, L112-11, R112-5, R112-11-1; decision 0049): a request posted over
 * real HTTP gets an acknowledgement e-mail carrying the mentions and the récépissé PDF carrying
 * them too; the PDF is served to the follow-up link's holder only; the due date after "dossier
 * complet" counts months "de quantième à quantième"; requests and forms stored before the new
 * settings read as days. The demo town's procedures carry their rule and delay.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { signedTimestamp } from '../../src/intake/antiAbuse'
import { handleFormStep } from '../../src/intake/formStep'
import { handleReceiptPdf } from '../../src/intake/receiptPdf'
import { pdfText as printable } from '../../src/lib/pdfText'
import { seedDemoRequests } from '../../src/seed/requests'
import { isWorkingDay, legalDueDate, parisDay } from '../../src/submissions/delays'
import type { Submission } from '../../src/payload-types'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type OutboxMail, readOutbox } from '../helpers/mail'
import { pdfTextOf } from '../helpers/pdfText'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

let booted: BootedPayload
let outbox: string
let server: http.Server
let baseURL: string
const DAY = 86_400_000

/** The app's form step and récépissé routes served over real HTTP by their real handlers. */
async function serve(): Promise<void> {
  const payload = booted.payload
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
    const request = new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body: req.method === 'POST' ? new Uint8Array(Buffer.concat(chunks)) : undefined })
    const { pathname } = new URL(request.url)
    let m: RegExpExecArray | null
    const response =
      (m = /^\/formulaires\/([^/]+)\/etape$/.exec(pathname)) && req.method === 'POST'
        ? await handleFormStep(payload, decodeURIComponent(m[1]), request)
        : (m = /^\/suivi\/([^/]+)\/recepisse\.pdf$/.exec(pathname))
          ? await handleReceiptPdf(payload, decodeURIComponent(m[1]), request)
          : new Response('not served here', { status: 404 })
    const out: Record<string, string> = {}
    response.headers.forEach((value, name) => (out[name] = value))
    res.writeHead(response.status, out)
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const orgId = async (slug: string) => (await booted.payload.find({ collection: 'organisations', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true })).docs[0].id

async function createForm(slug: string, organisation: string, legal: Record<string, unknown>) {
  await booted.payload.create({
    collection: 'forms',
    overrideAccess: true,
    data: {
      title: `Démarche ${slug}`,
      slug,
      organisation: await orgId(organisation),
      steps: [{ title: 'Vous', fields: [{ blockType: 'email', label: 'Courriel', name: 'courriel', required: true }] }],
      ...legal,
      _status: 'published',
    } as never,
  })
}

/** Sends a one-step form in one post over HTTP, as a browser without JavaScript would; the stored request and the citizen's mail. */
async function send(slug: string, email: string, values: Record<string, string> = {}): Promise<{ token: string; submission: Submission; mail: OutboxMail }> {
  const { docs } = await booted.payload.find({ collection: 'forms', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true, select: {} })
  const body = new FormData()
  body.set('t', signedTimestamp(docs[0].id, Date.now() - 60_000))
  body.set('action', 'envoyer-tout')
  body.set('courriel', email)
  for (const [k, v] of Object.entries(values)) body.set(k, v)
  const response = await fetch(`${baseURL}/formulaires/${slug}/etape`, { method: 'POST', body, redirect: 'manual', headers: { 'x-forwarded-for': '203.0.113.77' } })
  expect(response.status).toBe(303)
  const token = /^\/suivi\/([A-Za-z0-9_-]+)/.exec(response.headers.get('location') ?? '')?.[1]
  expect(token).toBeTruthy()
  const submission = (await booted.payload.find({ collection: 'submissions', where: { requesterEmail: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  let mail: OutboxMail | undefined
  for (let i = 0; !mail && i < 50; i += 1) {
    mail = readOutbox(outbox).find((m) => m.to.includes(email))
    if (!mail) await new Promise((r) => setTimeout(r, 100))
  }
  return { token: token!, submission, mail: mail! }
}

/** The récépissé attached to a mail, as text. */
function attachedReceipt(mail: OutboxMail, reference: string): string {
  const pdf = mail.attachments.find((a) => a.filename === `recepisse-${reference}.pdf`)
  expect(pdf?.contentType).toBe('application/pdf')
  return pdfTextOf(pdf!.content)
}

/** The same sentence in the mail and in the PDF (typographic quotes and spaces as the PDF font draws them). */
function inBoth(mailText: string, pdfText: string, ...sentences: string[]) {
  for (const s of sentences) {
    expect(mailText).toContain(s)
    expect(pdfText).toContain(printable(s))
  }
}

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  outbox = path.join(booted.uploadsDir, '..', 'outbox')
  process.env.OUTBOX_DIR = outbox
  process.env.FORM_MIN_FILL_SECONDS = '3'
  process.env.FORM_RATE_LIMIT_PER_MINUTE = '100000'
  await createForm('recu-rejet', 'ccas', { silenceRule: 'rejet', responseDelayValue: 2, responseDelayUnit: 'mois' })
  await createForm('recu-acceptation', 'commune', { silenceRule: 'acceptation', responseDelayValue: 1, responseDelayUnit: 'mois' })
  await serve()
}, 120_000)

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await booted?.shutdown()
})

describe('the demo town', () => {
  it('sets a silence rule and a delay on its procedures, and its demo requests carry the snapshot', async () => {
    const payload = booted.payload
    const forms = (await payload.find({ collection: 'forms', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs
    const bySlug = Object.fromEntries(forms.map((f) => [f.slug, f]))
    expect(bySlug['aide-ccas']).toMatchObject({ silenceRule: 'rejet', responseDelayValue: 2, responseDelayUnit: 'mois' })
    expect(bySlug['acte-de-naissance']).toMatchObject({ silenceRule: 'acceptation', responseDelayValue: 2, responseDelayUnit: 'mois' })
    expect(bySlug['contacter-la-mairie']).toMatchObject({ silenceRule: 'sans_objet' })
    expect(bySlug['inscription-listes-electorales'].appealRoutes).toContain('code électoral')
    const site = await payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true })
    expect(site.appeals).toMatchObject({ courtName: 'Tribunal administratif de Rennes', onlineAppeal: 'www.telerecours.fr' })

    expect(await seedDemoRequests(payload, 20)).toBe(20) // first test of the file: no request yet
    const requests = (await payload.find({ collection: 'submissions', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs
    for (const r of requests) {
      const form = forms.find((f) => f.id === r.form)!
      expect([r.reference, r.silenceRule, r.responseDelayValue, r.responseDelayUnit]).toEqual([r.reference, form.silenceRule, form.responseDelayValue, form.responseDelayUnit])
      if (r.completeAt) expect(r.dueDate).toBe(legalDueDate(new Date(r.completeAt), { value: form.responseDelayValue!, unit: form.responseDelayUnit! }).toISOString())
    }
    expect(requests.filter((r) => r.completeAt && r.responseDelayUnit === 'mois').length).toBeGreaterThan(0)
    await payload.delete({ collection: 'submissions', where: { id: { exists: true } }, overrideAccess: true })
  })
})

describe('the acknowledgement of a request where silence means rejection', () => {
  it('carries the receipt date, the service, the date of the implicit rejection and the appeal routes, in the mail and its PDF', async () => {
    const { submission, mail } = await send('recu-rejet', 'rejet@example.fr')
    expect(submission).toMatchObject({ silenceRule: 'rejet', responseDelayValue: 2, responseDelayUnit: 'mois', responseDelayDays: null })
    const pdf = attachedReceipt(mail, submission.reference)
    expect(mail.attachments.map((a) => a.filename)).toEqual([`recepisse-${submission.reference}.pdf`])
    // The date stated if the file is complete at receipt: two months "de quantième à quantième", then a working day.
    const received = parisDay(new Date(submission.createdAt))
    let due = new Date(Date.UTC(received.getUTCFullYear(), received.getUTCMonth() + 2, Math.min(received.getUTCDate(), new Date(Date.UTC(received.getUTCFullYear(), received.getUTCMonth() + 3, 0)).getUTCDate())))
    while (!isWorkingDay(due)) due = new Date(due.getTime() + DAY)
    const dueFr = due.toISOString().slice(0, 10).split('-').reverse().join('/')
    inBoth(
      mail.text,
      pdf,
      `Référence : ${submission.reference}`,
      'Reçue le : ',
      "Service destinataire : Centre communal d'action sociale de Kerlann",
      'Adresse postale : Maison des solidarités, 5 rue des Genêts, 56890 Kerlann',
      'Courriel : ccas@kerlann.fr',
      'Téléphone : 02 97 00 10 40',
      'Délai de réponse : 2 mois à compter de la réception du dossier complet (articles L114-3 et L114-5 du CRPA).',
      `Si votre dossier est complet à sa réception, sans réponse de notre part au ${dueFr}, votre demande sera réputée rejetée`,
      'le délai ne court pas tant que le dossier est incomplet (article L114-5 du CRPA)',
      'Voies et délais de recours',
      'recours gracieux auprès du service chargé de votre demande (adresse ci-dessus)',
      'recours hiérarchique',
      'devant le Tribunal administratif de Rennes (3 contour de la Motte, CS 44416, 35044 Rennes Cedex) (article R421-2 du code de justice administrative)',
      'Télérecours citoyens sur www.telerecours.fr',
      'articles L112-3, L112-11, R112-5 et R112-11-1',
    )
    expect(pdf).toContain('Ville de Kerlann')
    expect(mail.text).not.toContain('L232-3')
    expect(mail.text).toContain('Votre récépissé est joint à ce message')
  })
})

describe('the acknowledgement of a request where silence means acceptance', () => {
  it('states the implicit acceptance and the right to the attestation of L232-3, without appeal routes', async () => {
    const { submission, mail } = await send('recu-acceptation', 'acceptation@example.fr')
    const pdf = attachedReceipt(mail, submission.reference)
    inBoth(
      mail.text,
      pdf,
      'Service destinataire : Ville de Kerlann',
      'Délai de réponse : 1 mois à compter de la réception du dossier complet',
      'votre demande sera réputée acceptée (article L231-1 du CRPA)',
      'attestation de cette décision implicite d’acceptation (article L232-3 du CRPA)',
    )
    expect(mail.text).not.toMatch(/Tribunal|recours gracieux|rejetée/)
    expect(pdf).not.toMatch(/Tribunal|recours gracieux|rejetée/)
  })
})

describe('the acknowledgement of a contact message (sans objet)', () => {
  it('says the receipt date and the service, and no implicit decision', async () => {
    const { submission, mail } = await send('contacter-la-mairie', 'contact.legal@example.fr', {
      nom: 'Le Goff',
      prenom: 'Anne',
      objet: 'autre',
      message: 'Bonjour, une question.',
      consentement: 'oui',
    })
    expect(submission.silenceRule).toBe('sans_objet')
    const pdf = attachedReceipt(mail, submission.reference)
    inBoth(mail.text, pdf, 'Reçue le : ', 'Service destinataire : Ville de Kerlann', 'ne fait naître aucune décision implicite')
    for (const text of [mail.text, pdf]) expect(text).not.toMatch(/réputée|Délai de réponse|recours|L232-3/)
  })
})

describe('the récépissé on the follow-up link', () => {
  it('is served as a PDF with the token, a French 404 page without', async () => {
    const { token, submission } = await send('recu-rejet', 'suivi.recepisse@example.fr')
    const ok = await fetch(`${baseURL}/suivi/${token}/recepisse.pdf`)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('application/pdf')
    expect(ok.headers.get('content-disposition')).toBe(`attachment; filename="recepisse-${submission.reference}.pdf"`)
    expect(ok.headers.get('cache-control')).toBe('private, no-store')
    expect(ok.headers.get('referrer-policy')).toBe('no-referrer')
    expect(pdfTextOf(Buffer.from(await ok.arrayBuffer()))).toContain(`Référence : ${submission.reference}`)
    for (const bad of ['A'.repeat(32), 'pas-un-jeton']) {
      const missing = await fetch(`${baseURL}/suivi/${bad}/recepisse.pdf`)
      expect(missing.status).toBe(404)
      expect(missing.headers.get('content-type')).toContain('text/html')
      expect(await missing.text()).toContain('Récépissé introuvable')
    }
  })
})

describe('the legal due date', () => {
  it('after "dossier complet" counts months from that day, and the receipt then states that date', async () => {
    const { token, submission } = await send('recu-rejet', 'complet@example.fr')
    const doc = await booted.payload.update({ collection: 'submissions', id: submission.id, data: { markComplete: true } as never, overrideAccess: true })
    const complete = parisDay(new Date(doc.completeAt!))
    const y = complete.getUTCFullYear()
    const m = complete.getUTCMonth()
    let due = new Date(Date.UTC(y, m + 2, Math.min(complete.getUTCDate(), new Date(Date.UTC(y, m + 3, 0)).getUTCDate())))
    while (!isWorkingDay(due)) due = new Date(due.getTime() + DAY)
    expect(doc.dueDate).toBe(due.toISOString())
    const dueFr = due.toISOString().slice(0, 10).split('-').reverse().join('/')
    const pdf = pdfTextOf(Buffer.from(await (await fetch(`${baseURL}/suivi/${token}/recepisse.pdf`)).arrayBuffer()))
    expect(pdf).toContain(`sans réponse de notre part au ${dueFr}, votre demande sera réputée rejetée`)
    expect(pdf).not.toContain('Si votre dossier est complet à sa réception')
  })

  it('a form and a request stored with the older days field only read as days (no data migration)', async () => {
    const payload = booted.payload
    const form = await payload.create({
      collection: 'forms',
      overrideAccess: true,
      data: { title: 'Ancienne démarche', slug: 'ancienne-demarche', organisation: await orgId('commune'), responseDelayDays: 30, steps: [{ title: 'Vous', fields: [{ blockType: 'email', label: 'Courriel', name: 'courriel' }] }], _status: 'published' } as never,
    })
    // As a row written before the fields existed: the new columns emptied behind the operation layer.
    await payload.db.updateOne({ collection: 'forms', id: form.id, data: { responseDelayValue: null, responseDelayUnit: null }, returning: false })
    const read = await payload.findByID({ collection: 'forms', id: form.id, depth: 0, overrideAccess: true })
    expect(read).toMatchObject({ responseDelayValue: 30, responseDelayUnit: 'jours', silenceRule: 'acceptation' })

    const old = await payload.create({
      collection: 'submissions',
      overrideAccess: true,
      data: { reference: '2026-990001', followUpToken: 'o'.repeat(32), sendKey: 'old-row', form: form.id, organisation: await orgId('commune'), status: 'recue', responseDelayDays: 30, formVersion: { title: 'Ancienne démarche', steps: [] }, answers: {} } as never,
    })
    expect(old.silenceRule ?? null).toBeNull()
    const complete = await payload.update({ collection: 'submissions', id: old.id, data: { markComplete: true } as never, overrideAccess: true })
    let due = new Date(parisDay(new Date(complete.completeAt!)).getTime() + 30 * DAY)
    while (!isWorkingDay(due)) due = new Date(due.getTime() + DAY)
    expect(complete.dueDate).toBe(due.toISOString())
  })
})

