/**
 * The agent's request page (issue 15, "Agents' workspace"): its buttons post to
 * /api/submissions/:id/actions, and the server — the workflow hook — decides; the timeline merges
 * status changes, messages, notes and the e-mails sent; the print view and file previews follow the
 * request's access rule. Everything over the real REST handler, as the agents themselves.
 */
import path from 'node:path'

import type { Payload } from 'payload'

import { loadPublishedForm } from '../../src/forms/loadForm'
import { isoDateOf } from '../../src/lib/calendarDate'
import type { User } from '../../src/payload-types'
import { NO_PIECES, NO_REFUSAL_REASON } from '../../src/submissions/complement'
import { loadRequestForPrint } from '../../src/submissions/printable'
import { submitForm } from '../../src/submissions/submit'
import type { TimelineEntry } from '../../src/submissions/timeline'
import { AIDE_CCAS_ANSWERS } from '../helpers/aideCcasAnswers'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { samplePdf } from '../helpers/files'
import { readOutbox } from '../helpers/mail'
import { restClient } from '../helpers/rest'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

const PASSWORD = 'Agent-Motdepasse-1'
const CITIZEN = AIDE_CCAS_ANSWERS.courriel

let booted: BootedPayload
let payload: Payload
let rest: ReturnType<typeof restClient>
let outbox: string
let requestId: number | string
let pdfId: number | string
const users: Record<'ccas' | 'siaep' | 'communication', User> = {} as never
const tokens: Record<'ccas' | 'siaep' | 'communication', string> = {} as never

async function user(key: keyof typeof users, name: string, role: 'agent' | 'communication', org: string) {
  const { docs } = await payload.find({ collection: 'organisations', where: { slug: { equals: org } }, overrideAccess: true })
  users[key] = (await payload.create({
    collection: 'users',
    data: { email: `${key}@workspace.test`, password: PASSWORD, name, role, organisation: docs[0].id },
    overrideAccess: true,
  })) as User
  tokens[key] = await rest.login(`${key}@workspace.test`, PASSWORD)
}

const act = (body: Record<string, unknown>, who: keyof typeof tokens = 'ccas', id = requestId) =>
  rest.call('POST', `/submissions/${id}/actions`, { body, token: tokens[who] })
const timeline = async (who: keyof typeof tokens = 'ccas') => rest.call('GET', `/submissions/${requestId}/timeline`, { token: tokens[who] })
const entries = async () => (await timeline()).json.entries as TimelineEntry[]
const stored = () => payload.findByID({ collection: 'submissions', id: requestId, depth: 0, overrideAccess: true })
const mailsTo = (to: string) => readOutbox(outbox).filter((m) => m.to.includes(to))
const inDays = (days: number) => isoDateOf(new Date(Date.now() + days * 86_400_000))

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  payload = booted.payload
  rest = restClient(booted.config)
  outbox = path.join(booted.uploadsDir, '..', 'outbox')
  process.env.OUTBOX_DIR = outbox
  // The very first account becomes an administrator (firstUserIsAdmin): one that is, before the agents.
  await payload.create({ collection: 'users', data: { email: 'admin@workspace.test', password: PASSWORD, name: 'Admin', role: 'admin' }, overrideAccess: true })
  await user('ccas', 'Anne Le Goff', 'agent', 'ccas')
  await user('siaep', 'Yann Guégan', 'agent', 'siaep')
  await user('communication', 'Claire Com', 'communication', 'commune')
  const form = (await loadPublishedForm(payload, 'aide-ccas'))!
  const ccas = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
  const pdf = await samplePdf('Avis')
  const file = await payload.create({
    collection: 'submission-files',
    data: { organisation: ccas, fieldName: 'justificatifs', originalName: 'avis.pdf' },
    file: { data: pdf, mimetype: 'application/pdf', name: 'x.pdf', size: pdf.length },
    overrideAccess: true,
  })
  pdfId = file.id
  const receipt = await submitForm(payload, form, { ...AIDE_CCAS_ANSWERS, justificatifs: [{ id: file.id, filename: 'avis.pdf', mimeType: 'application/pdf', filesize: pdf.length }] })
  requestId = receipt.id
}, 120_000)

afterAll(async () => booted?.shutdown())

describe("the agent's actions, decided by the server", () => {
  it('records the acknowledgement e-mail (to whom, subject — never the link) in the timeline', async () => {
    const res = await timeline()
    expect(res.status).toBe(200)
    const list = res.json.entries as TimelineEntry[]
    expect(list[0]).toEqual(expect.objectContaining({ kind: 'received', title: 'Demande déposée' }))
    const ack = list.find((e) => e.kind === 'email' && e.emailTo === CITIZEN)
    expect(ack).toEqual(expect.objectContaining({ title: 'Courriel envoyé — Accusé de réception', text: expect.stringContaining('reçue') }))
    expect(JSON.stringify(res.json)).not.toMatch(/\/suivi\//)
  })

  it('refuses a decision the workflow does not allow from the current status, storing nothing', async () => {
    const res = await act({ action: 'accept', comment: 'Trop tôt' })
    expect(res.status).toBe(400)
    expect(res.json.errors?.[0]?.message).toMatch(/« Reçue » ne peut pas passer à « Terminée »/)
    expect((await stored()).status).toBe('recue')
    expect((await act({ action: 'nimportequoi' })).status).toBe(400)
  })

  it('"Prendre en charge" moves to "En cours", assigns the agent, e-mails the citizen and records it', async () => {
    const before = mailsTo(CITIZEN).length
    const res = await act({ action: 'take', comment: 'Votre dossier est entre mes mains.' })
    expect(res.status).toBe(200)
    const doc = await stored()
    expect(doc.status).toBe('en_cours')
    expect(doc.assignee).toBe(users.ccas.id)
    expect(doc.history!.at(-1)).toEqual(expect.objectContaining({ from: 'recue', to: 'en_cours', byName: 'Anne Le Goff' }))
    const sent = mailsTo(CITIZEN).slice(before)
    expect(sent).toHaveLength(1)
    expect(sent[0].text).toContain('Votre dossier est entre mes mains.')
    const list = await entries()
    expect(list.find((e) => e.kind === 'status')).toEqual(expect.objectContaining({ who: 'Anne Le Goff', from: 'Reçue', to: 'En cours', title: 'Reçue → En cours' }))
    expect(list.filter((e) => e.kind === 'email' && e.title.includes('Changement de statut'))).toHaveLength(1)
  })

  it('"Demander un complément" needs the missing pieces and a date to come (CRPA L114-5)', async () => {
    const none = await act({ action: 'complement', pieces: '  \n ', piecesDueBy: inDays(15) })
    expect(none.status).toBe(400)
    expect(none.json.errors?.[0]?.message).toBe(NO_PIECES)
    const past = await act({ action: 'complement', pieces: 'Avis d’imposition', piecesDueBy: inDays(0) })
    expect(past.status).toBe(400)
    expect(past.json.errors?.[0]?.message).toMatch(/date à venir/)
    expect((await stored()).status).toBe('en_cours')
  })

  it('stores the pieces and their deadline, and sends them with the text the agent edited and the link', async () => {
    const before = mailsTo(CITIZEN).length
    const due = inDays(20)
    const res = await act({
      action: 'complement',
      pieces: 'Avis d’imposition 2025\n- Relevé d’identité bancaire\n',
      piecesDueBy: due,
      emailBody: 'Bonjour,\n\nIl manque des pièces à votre demande {{reference}}.\n{{commentaire}}',
      comment: 'Sans ces pièces, nous ne pouvons pas instruire.',
    })
    expect(res.status).toBe(200)
    const entry = (await stored()).history!.at(-1)!
    expect(entry).toEqual(expect.objectContaining({ to: 'attente_usager', pieces: 'Avis d’imposition 2025\nRelevé d’identité bancaire' }))
    expect(isoDateOf(new Date(entry.piecesDueAt!))).toBe(due)
    const [mail] = mailsTo(CITIZEN).slice(before)
    const dueFr = due.split('-').reverse().join('/')
    expect(mail.text).toMatch(/Il manque des pièces à votre demande \d{4}-\d{6}\./)
    expect(mail.text).toContain('Sans ces pièces, nous ne pouvons pas instruire.')
    expect(mail.text).toContain('- Avis d’imposition 2025\n- Relevé d’identité bancaire')
    expect(mail.text).toContain(`À transmettre avant le ${dueFr}`)
    expect(mail.text).toMatch(/Suivre votre demande : http\S+\/suivi\/[\w-]{20,}/)
    const list = await entries()
    expect(list.at(-2)).toEqual(expect.objectContaining({ kind: 'status', pieces: ['Avis d’imposition 2025', 'Relevé d’identité bancaire'] }))
  })

  it("the citizen's answer, then \"Déclarer le dossier complet\" starts the legal delay once", async () => {
    await payload.update({
      collection: 'submissions',
      id: requestId,
      data: { status: 'en_cours', statusComment: 'Réponse de l’usager reçue.' },
      overrideAccess: true,
      context: { citizen: true, citizenMessage: { text: 'Voici mon avis d’imposition.' } },
    })
    const res = await act({ action: 'complete' })
    expect(res.status).toBe(200)
    expect(res.json.dueDate).toBeTruthy()
    expect((await stored()).completeAt).toBeTruthy()
    const again = await act({ action: 'complete' })
    expect(again.status).toBe(400)
    expect(again.json.errors?.[0]?.message).toMatch(/déjà déclaré complet/)
  })

  it('a refusal must give its reason, whatever the path (CRPA L211-2)', async () => {
    const byButton = await act({ action: 'refuse', comment: '   ' })
    expect(byButton.status).toBe(400)
    expect(byButton.json.errors?.[0]?.message).toBe(NO_REFUSAL_REASON)
    const byRest = await rest.call('PATCH', `/submissions/${requestId}`, { body: { status: 'refusee' }, token: tokens.ccas })
    expect(byRest.status).toBe(400)
    expect((await stored()).status).toBe('en_cours')
  })

  it('reply and note boxes: the reply goes to the citizen, the note stays internal; empty ones are refused', async () => {
    expect((await act({ action: 'reply', text: ' ' })).status).toBe(400)
    const before = mailsTo(CITIZEN).length
    expect((await act({ action: 'reply', text: 'Nous avons bien reçu votre avis.' })).status).toBe(200)
    expect((await act({ action: 'note', text: 'Revenus vérifiés avec la CAF.' })).status).toBe(200)
    const sent = mailsTo(CITIZEN).slice(before)
    expect(sent).toHaveLength(1)
    expect(sent[0].text).toContain('Nous avons bien reçu votre avis.')
    expect(sent[0].text).not.toContain('CAF')
  })

  it('"Accepter" closes the request; from there only "Rouvrir" is possible', async () => {
    expect((await act({ action: 'accept', comment: 'Aide accordée : 150 €.' })).status).toBe(200)
    expect((await stored()).status).toBe('terminee')
    expect((await act({ action: 'close' })).status).toBe(400)
    expect((await act({ action: 'reopen', comment: 'Erreur de saisie.' })).status).toBe(200)
    expect((await stored()).status).toBe('en_cours')
    expect((await act({ action: 'accept' })).status).toBe(200)
  })

  it('the timeline tells the whole story, oldest first, with names and labels only', async () => {
    const list = await entries()
    const times = list.map((e) => Date.parse(e.at))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    const kinds = new Set(list.map((e) => e.kind))
    for (const kind of ['received', 'status', 'complete', 'message', 'note', 'email'] as const) expect(kinds).toContain(kind)
    expect(list.filter((e) => e.kind === 'message').map((e) => e.direction)).toEqual(['citizen', 'agent'])
    expect(list.find((e) => e.kind === 'complete')?.who).toBe('Anne Le Goff')
    const statusTitles = list.filter((e) => e.kind === 'status').map((e) => e.title)
    expect(statusTitles).toEqual(['Reçue → En cours', 'En cours → En attente de l\'usager', 'En attente de l\'usager → En cours', 'En cours → Terminée', 'Terminée → En cours', 'En cours → Terminée'])
    const shown = JSON.stringify(list.map(({ who, title, from, to, text }) => ({ who, title, from, to, text })))
    expect(shown).not.toMatch(/Sans titre|ID:|\b(recue|en_cours|attente_usager|terminee)\b/)
    // The acknowledgement, each agent's status change (not the citizen's own) and the reply: each recorded once.
    expect(list.filter((e) => e.kind === 'email' && e.emailTo === CITIZEN)).toHaveLength(1 + 5 + 1)
  })
})

describe('access: only those who may read the request', () => {
  it("another organisation's agent can neither act, nor read the timeline, the e-mail records or the print view", async () => {
    expect((await act({ action: 'note', text: 'intrus' }, 'siaep')).status).toBe(404)
    expect((await timeline('siaep')).status).toBe(404)
    const emails = await rest.call('GET', '/submission-emails?limit=100', { token: tokens.siaep })
    expect(emails.status).toBe(200)
    expect(emails.json.totalDocs).toBe(0)
    expect(await loadRequestForPrint(payload, requestId, users.siaep)).toBeNull()
    expect(await loadRequestForPrint(payload, requestId, null)).toBeNull()
    expect((await act({ action: 'note', text: 'com' }, 'communication')).status).toBe(403)
    expect((await rest.call('POST', `/submissions/${requestId}/actions`, { body: { action: 'note', text: 'x' } })).status).toBe(403)
  })

  it("the request's own agent gets the print view's content", async () => {
    const printable = await loadRequestForPrint(payload, requestId, users.ccas)
    expect(printable?.request.reference).toMatch(/^\d{4}-\d{6}$/)
    expect(printable?.entries.length).toBeGreaterThan(10)
  })

  it('e-mail records are server-owned: no agent creates or edits one', async () => {
    const created = await rest.call('POST', '/submission-emails', { body: { submission: requestId, organisation: 1, kind: 'reply', to: 'x@y.fr', subject: 'faux' }, token: tokens.ccas })
    expect(created.status).toBe(403)
  })

  it('a PDF opens inline for its organisation, with the safety headers; 404 for anyone else', async () => {
    const mine = await rest.call('GET', `/submission-files/${pdfId}/apercu`, { token: tokens.ccas })
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toBe('application/pdf')
    expect(mine.headers.get('content-disposition')).toMatch(/^inline;/)
    expect(mine.headers.get('x-content-type-options')).toBe('nosniff')
    expect(mine.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(mine.bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect((await rest.call('GET', `/submission-files/${pdfId}/apercu`, { token: tokens.siaep })).status).toBe(404)
    expect((await rest.call('GET', `/submission-files/${pdfId}/apercu`)).status).toBe(404)
  })
})
