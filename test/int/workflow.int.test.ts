/** Agents handle their organisation's requests: statuses, history, delays, replies, notes, assignment. */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { loadPublishedForm } from '../../src/forms/loadForm'
import { submitForm } from '../../src/submissions/submit'
import type { User } from '../../src/payload-types'
import { AIDE_CCAS_ANSWERS } from '../helpers/aideCcasAnswers'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { samplePdf } from '../helpers/files'

let booted: BootedPayload
let payload: Payload
let outbox: string
let ccasAgent: User
let ccasAgent2: User
let siaepAgent: User
let submissionId: number | string

const agent = async (email: string, org: string) => {
  const { docs } = await payload.find({ collection: 'organisations', where: { slug: { equals: org } }, overrideAccess: true })
  return (await payload.create({
    collection: 'users',
    data: { email, password: 'Agent-Motdepasse-1', name: email.split('@')[0], role: 'agent', organisation: docs[0].id },
    overrideAccess: true,
  })) as User
}

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  payload = booted.payload
  outbox = path.join(booted.uploadsDir, '..', 'outbox')
  process.env.OUTBOX_DIR = outbox
  ccasAgent = await agent('agent1@ccas.test', 'ccas')
  ccasAgent2 = await agent('agent2@ccas.test', 'ccas')
  siaepAgent = await agent('agent@siaep.test', 'siaep')
  const form = (await loadPublishedForm(payload, 'aide-ccas'))!
  const ccas = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
  const pdf = await samplePdf('Avis')
  const file = await payload.create({
    collection: 'submission-files',
    data: { organisation: ccas, fieldName: 'justificatifs', originalName: 'avis.pdf' },
    file: { data: pdf, mimetype: 'application/pdf', name: 'x.pdf', size: pdf.length },
    overrideAccess: true,
  })
  const receipt = await submitForm(payload, form, {
    ...AIDE_CCAS_ANSWERS,
    justificatifs: [{ id: file.id, filename: 'avis.pdf', mimeType: 'application/pdf', filesize: pdf.length }],
  })
  submissionId = receipt.id
}, 120_000)

afterAll(async () => booted?.shutdown())

const asAgent = (user: User) => ({ overrideAccess: false, user })
const mails = () => (fs.existsSync(outbox) ? fs.readdirSync(outbox).map((f) => fs.readFileSync(path.join(outbox, f), 'utf8').replace(/=\r?\n/g, '')) : [])

describe('request workflow', () => {
  it('refuses an illegal status change with a French message, storing nothing', async () => {
    const error = await payload
      .update({ collection: 'submissions', id: submissionId, data: { status: 'terminee' }, ...asAgent(ccasAgent) })
      .then(() => null, (e: { data?: { errors?: Array<{ path: string; message: string }> } }) => e)
    expect(error?.data?.errors?.[0]).toEqual(expect.objectContaining({ path: 'status', message: expect.stringMatching(/ne peut pas passer à « Terminée »/) }))
    const doc = await payload.findByID({ collection: 'submissions', id: submissionId, overrideAccess: true })
    expect(doc.status).toBe('recue')
    expect(doc.history ?? []).toHaveLength(0)
  })

  it('records who changed what, when, with the comment, and e-mails the citizen', async () => {
    const before = mails().length
    const doc = await payload.update({
      collection: 'submissions',
      id: submissionId,
      data: { status: 'en_cours', statusComment: 'Dossier pris en charge par Mme Tanguy.' },
      ...asAgent(ccasAgent),
    })
    expect(doc.status).toBe('en_cours')
    expect(doc.history).toHaveLength(1)
    expect(doc.history![0]).toEqual(expect.objectContaining({ from: 'recue', to: 'en_cours', comment: 'Dossier pris en charge par Mme Tanguy.', byName: 'agent1' }))
    expect(doc.statusComment).toBeFalsy()
    const sent = mails().slice(before)
    expect(sent.some((m) => m.includes('To: maryvonne@example.fr') && m.includes('En cours') && m.includes('/suivi/'))).toBe(true)
  })

  it('starts the legal delay when the agent marks the request complete', async () => {
    const doc = await payload.update({ collection: 'submissions', id: submissionId, data: { markComplete: true }, ...asAgent(ccasAgent) })
    expect(doc.completeAt).toBeTruthy()
    // The demo's CCAS aid: two months, silence means rejection (decision 0050)
    expect(doc).toMatchObject({ silenceRule: 'rejet', responseDelayValue: 2, responseDelayUnit: 'mois' })
    const days = (new Date(doc.dueDate!).getTime() - new Date(doc.completeAt!).getTime()) / 86_400_000
    expect(days).toBeGreaterThanOrEqual(58)
    expect(days).toBeLessThanOrEqual(66) // month lengths, then the weekend / public holiday roll-forward
  })

  it('keeps internal notes apart and sends replies to the citizen', async () => {
    const before = mails().length
    const doc = await payload.update({
      collection: 'submissions',
      id: submissionId,
      data: { newNote: 'Voir avec la CAF.', reply: 'Merci de nous transmettre votre dernier avis d’imposition.', status: 'attente_usager', requestedPieces: 'Avis d’imposition' },
      ...asAgent(ccasAgent),
    })
    expect(doc.notes).toEqual([expect.objectContaining({ text: 'Voir avec la CAF.' })])
    expect(doc.messages).toEqual([expect.objectContaining({ direction: 'agent', text: 'Merci de nous transmettre votre dernier avis d’imposition.' })])
    const sent = mails().slice(before)
    expect(sent.some((m) => m.includes('avis d’imposition') || m.includes('avis d=E2=80=99imposition'))).toBe(true)
    expect(sent.every((m) => !m.includes('Voir avec la CAF'))).toBe(true)
  })

  it('assigns only to an agent of the same organisation', async () => {
    const ok = await payload.update({ collection: 'submissions', id: submissionId, data: { assignee: ccasAgent2.id }, ...asAgent(ccasAgent) })
    expect(typeof ok.assignee === 'object' ? ok.assignee?.id : ok.assignee).toBe(ccasAgent2.id)
    await expect(
      payload.update({ collection: 'submissions', id: submissionId, data: { assignee: siaepAgent.id }, ...asAgent(ccasAgent) }),
    ).rejects.toThrow()
  })

  it('never lets an agent rewrite the citizen’s answers, and hides the request from other organisations', async () => {
    const doc = await payload.update({ collection: 'submissions', id: submissionId, data: { answers: { falsifie: true }, reference: 'X' }, ...asAgent(ccasAgent) })
    expect((doc.answers as Record<string, unknown>).falsifie).toBeUndefined()
    expect(doc.reference).not.toBe('X')
    const other = await payload.find({ collection: 'submissions', where: { id: { equals: submissionId } }, ...asAgent(siaepAgent) })
    expect(other.docs).toHaveLength(0)
    await expect(payload.update({ collection: 'submissions', id: submissionId, data: { status: 'en_cours' }, ...asAgent(siaepAgent) })).rejects.toThrow()
  })

  it('exports the organisation’s requests as CSV, one column per field of the form, streamed', async () => {
    const { restClient } = await import('../helpers/rest')
    const rest = restClient(booted.config)
    const token = await rest.login('agent1@ccas.test', 'Agent-Motdepasse-1')
    const res = await rest.call('GET', '/submissions/export.csv?form=aide-ccas', { token })
    expect(res.status).toBe(200)
    const csv = String(res.json)
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(header.split(';')).toEqual(expect.arrayContaining(['Référence', 'Statut', 'Identité', 'Adresse', 'Nature de l’aide']))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toContain('Madame Maryvonne Le Floch')
    expect(rows[0]).toContain('En attente de l')
    // Dates in French, Paris time: "Déposée le" with its time, "Réponse due le" a day.
    const cells = rows[0].split(';')
    expect(cells[header.split(';').indexOf('Déposée le')]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/)
    const due = cells[header.split(';').indexOf('Réponse due le')]
    expect(due === '' || /^\d{2}\/\d{2}\/\d{4}$/.test(due)).toBe(true)
    const siaep = await rest.call('GET', '/submissions/export.csv?form=aide-ccas', { token: await rest.login('agent@siaep.test', 'Agent-Motdepasse-1') })
    expect(String(siaep.json).trim().split('\r\n')).toHaveLength(1) // header only: not their organisation
    const anonymous = await rest.call('GET', '/submissions/export.csv')
    expect(anonymous.status).toBe(403)
  })

  it('exports the same rows as an XLSX workbook with real dates, reporting its progress to its owner only', async () => {
    const { restClient } = await import('../helpers/rest')
    const ExcelJS = (await import('exceljs')).default
    const rest = restClient(booted.config)
    const token = await rest.login('agent1@ccas.test', 'Agent-Motdepasse-1')
    const res = await rest.call('GET', '/submissions/export.xlsx?form=aide-ccas&progress=export-test-1', { token })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    expect(res.headers.get('content-disposition')).toMatch(/demandes-aide-ccas-\d{4}-\d{2}-\d{2}\.xlsx/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.bytes as never)
    const sheet = workbook.getWorksheet('Demandes')!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header).toEqual(expect.arrayContaining(['Référence', 'Déposée le', 'Statut', 'Identité', 'Nature de l’aide']))
    expect(sheet.rowCount).toBe(2)
    const row = sheet.getRow(2)
    expect(row.getCell(header.indexOf('Déposée le') + 1).value).toBeInstanceOf(Date)
    expect(row.getCell(header.indexOf('Identité') + 1).value).toBe('Madame Maryvonne Le Floch, née le 12/04/1968 à Vannes')

    const progress = await rest.call('GET', '/submissions/export-progress?id=export-test-1', { token })
    expect(progress.json).toEqual({ total: 1, done: 1, finished: true })
    const someoneElse = await rest.call('GET', '/submissions/export-progress?id=export-test-1', { token: await rest.login('agent@siaep.test', 'Agent-Motdepasse-1') })
    expect(someoneElse.status).toBe(404)

    // Filters of the list apply: a status the request does not have gives the header alone.
    const filtered = await rest.call('GET', '/submissions/export.csv?where[status][equals]=terminee', { token })
    expect(String(filtered.json).replace(/^\uFEFF/, '').trim().split('\r\n')).toHaveLength(1)
    expect((await rest.call('GET', '/submissions/export.xlsx')).status).toBe(403)
  })
})
