/** The agents' dashboard: exact figures, scoped to the agent's organisation, from indexed columns. */
import type { Payload } from 'payload'

import { loadDashboard } from '../../src/admin/dashboardData'
import { loadPublishedForm, type PublishedForm } from '../../src/forms/loadForm'
import type { Submission, User } from '../../src/payload-types'
import { type RequestRow, responseTimings } from '../../src/submissions/stats'
import { submitForm } from '../../src/submissions/submit'
import { AIDE_CCAS_ANSWERS } from '../helpers/aideCcasAnswers'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { samplePdf } from '../helpers/files'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

let booted: BootedPayload
let payload: Payload
let ccasAgent: User
let siaepAgent: User
let admin: User
const ids: Record<string, number | string> = {}
const DAY = 86_400_000
const now = new Date('2026-11-26T12:00:00Z') // a Thursday

const user = async (email: string, role: string, org?: string) => {
  const organisation = org ? (await payload.find({ collection: 'organisations', where: { slug: { equals: org } }, overrideAccess: true })).docs[0].id : undefined
  return (await payload.create({ collection: 'users', data: { email, password: 'Agent-Motdepasse-1', name: email, role, organisation } as never, overrideAccess: true })) as User
}

/** A request received `ageDays` ago, then moved through `steps` ([days after receipt, status]). */
async function request(form: PublishedForm, answers: Record<string, unknown>, ageDays: number, steps: Array<[number, Submission['status']]>, agent: User) {
  const pdf = await samplePdf('Avis')
  const organisation = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
  const file = await payload.create({
    collection: 'submission-files',
    data: { organisation, fieldName: 'justificatifs', originalName: 'avis.pdf' },
    file: { data: pdf, mimetype: 'application/pdf', name: 'x.pdf', size: pdf.length },
    overrideAccess: true,
  })
  const justificatifs = [{ id: file.id, filename: 'avis.pdf', mimeType: 'application/pdf', filesize: pdf.length }]
  const { id } = await submitForm(payload, form, { ...answers, justificatifs })
  const createdAt = new Date(now.getTime() - ageDays * DAY).toISOString()
  await payload.db.updateOne({ collection: 'submissions', id, data: { createdAt }, returning: false })
  for (const [after, status] of steps) {
    // The workflow stamps "now": move the clock of the history entry afterwards (time travel).
    const doc = await payload.update({ collection: 'submissions', id, data: { status, statusComment: status === 'refusee' ? 'Ressources supérieures au plafond.' : undefined }, overrideAccess: false, user: agent })
    // Written back as stored: the author as an id (the update's answer has it populated).
    const history = (doc.history ?? []).map((h, i, all) => ({
      ...h,
      by: typeof h.by === 'object' && h.by ? h.by.id : h.by,
      ...(i === all.length - 1 ? { at: new Date(Date.parse(createdAt) + after * DAY).toISOString() } : {}),
    }))
    await travel(id, { history })
  }
  return id
}

/**
 * Fixture only: writes a past date straight to the database, with the timings recordTimings would
 * derive. The history and due date are server-owned (decision 0019): no Local API update, even with
 * overrideAccess, can set them, and time travel is no client path.
 */
async function travel(id: number | string, patch: Partial<Pick<Submission, 'history' | 'dueDate'>>) {
  const doc = await payload.findByID({ collection: 'submissions', id, depth: 0, overrideAccess: true })
  const row = { ...doc, ...patch }
  // The whole row: the SQL adapter writes arrays (history) as an upsert of the full row.
  await payload.db.updateOne({ collection: 'submissions', id, data: { ...row, ...responseTimings(row as unknown as RequestRow) }, returning: false })
}

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  payload = booted.payload
  ccasAgent = await user('dash.ccas@test.fr', 'agent', 'ccas')
  siaepAgent = await user('dash.siaep@test.fr', 'agent', 'siaep')
  admin = await user('dash.admin@test.fr', 'admin')
  const ccasForm = (await loadPublishedForm(payload, 'aide-ccas'))!
  const ccasAnswers = AIDE_CCAS_ANSWERS
  // CCAS: closed in 2 and 6 days (first responses 1 and 2 days), one waiting, one old closed in 40.
  ids.closed = await request(ccasForm, ccasAnswers, 10, [[1, 'en_cours'], [2, 'terminee']], ccasAgent)
  await request(ccasForm, ccasAnswers, 5, [[2, 'en_cours'], [6 - 5 + 3, 'refusee']], ccasAgent)
  ids.open = await request(ccasForm, ccasAnswers, 3, [], ccasAgent)
  await request(ccasForm, ccasAnswers, 80, [[4, 'en_cours'], [40, 'terminee']], ccasAgent)
  // Closed long ago: outside every window.
  await request(ccasForm, ccasAnswers, 200, [[3, 'en_cours'], [10, 'terminee']], ccasAgent)
}, 180_000)

afterAll(async () => booted?.shutdown())

describe('dashboard figures', () => {
  it('counts open requests per status and domain, closed ones over 90 days, for the agent’s organisation only', async () => {
    const ccas = await loadDashboard(payload, ccasAgent, now)
    const byStatus = Object.fromEntries(ccas.byStatus.map((s) => [s.value, s.count]))
    // The one closed 190 days ago is not counted.
    expect(byStatus).toEqual({ recue: 1, en_cours: 0, attente_usager: 0, terminee: 2, refusee: 1, classee: 0 })
    expect(ccas.byDomain).toEqual([expect.objectContaining({ title: expect.stringMatching(/social|solidarit/i), count: 1 })])
    const siaep = await loadDashboard(payload, siaepAgent, now)
    expect(siaep.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(0)
    expect(siaep.byDomain).toEqual([])
    const all = await loadDashboard(payload, admin, now)
    expect(all.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(4)
    expect(await payload.count({ collection: 'submissions', overrideAccess: true }).then((r) => r.totalDocs)).toBe(5)
  })

  it('medians of first response and closure over 30 and 90 days', async () => {
    const { delays } = await loadDashboard(payload, ccasAgent, now)
    // 30 days: first responses 1 and 2 → 1.5; closures 2 and 4 → 3.
    expect(delays.d30).toEqual({ count: 3, firstResponse: 1.5, closure: 3 })
    // 90 days adds the old one (first response 4, closure 40): medians 2 and 4.
    expect(delays.d90).toEqual({ count: 4, firstResponse: 2, closure: 4 })
  })

  it('received and closed per week, the current week last', async () => {
    const { flow } = await loadDashboard(payload, ccasAgent, now)
    expect(flow).toHaveLength(12)
    // This week: received 11-23; closed 11-25 (the one received 11-21).
    expect(flow.at(-1)).toEqual({ week: '2026-11-23', received: 1, closed: 1 })
    // Received 11-16 (closed 11-18) and 11-21.
    expect(flow.at(-2)).toEqual({ week: '2026-11-16', received: 2, closed: 1 })
    // The old one: received 09-07, the first of the 12 weeks, closed 10-17.
    expect(flow[0]).toEqual({ week: '2026-09-07', received: 1, closed: 0 })
    expect(flow.reduce((sum, w) => sum + w.closed, 0)).toBe(3)
  })

  it('overdue and due within 7 days: open requests only, the due date the workflow set', async () => {
    const due = (id: number | string, days: number) => travel(id, { dueDate: new Date(now.getTime() + days * DAY).toISOString() })
    await due(ids.open, -2)
    await due(ids.closed, -20) // closed: never overdue
    const before = await loadDashboard(payload, ccasAgent, now)
    expect(before.overdue.total).toBe(1)
    expect(before.overdue.docs.map((d) => d.id)).toEqual([ids.open])
    expect(before.dueSoon).toBe(0)
    await due(ids.open, 3)
    const after = await loadDashboard(payload, ccasAgent, now)
    expect(after.overdue.total).toBe(0)
    expect(after.dueSoon).toBe(1)
    // Closing it takes it off both lists.
    await payload.update({ collection: 'submissions', id: ids.open, data: { status: 'classee' }, overrideAccess: false, user: ccasAgent })
    expect((await loadDashboard(payload, ccasAgent, now)).dueSoon).toBe(0)
    expect((await loadDashboard(payload, siaepAgent, now)).overdue.total).toBe(0)
  })
})
