/**
 * The agents' requests list over real HTTP: bulk status change and assignment under the workflow's
 * rules, colleagues' names readable (other organisations' staff not), and the dashboard's links
 * opening a list of exactly the figure shown.
 */
import type { Payload, Where } from 'payload'

import { loadDashboard } from '../../src/admin/dashboardData'
import { whereParams } from '../../src/admin/whereParams'
import type { Submission, User } from '../../src/payload-types'
import { type RequestRow, responseTimings } from '../../src/submissions/stats'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { restClient } from '../helpers/rest'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

const PASSWORD = 'Agent-Motdepasse-1'
const DAY = 86_400_000
let booted: BootedPayload
let payload: Payload
let rest: ReturnType<typeof restClient>
let token: string
const people: Record<'ccas' | 'colleague' | 'siaep' | 'admin', User> = {} as never
const org: Record<'ccas' | 'siaep', number> = {} as never
let form: number
let counter = 0

const orgId = async (slug: string) => (await payload.find({ collection: 'organisations', where: { slug: { equals: slug } }, overrideAccess: true })).docs[0].id as number

/** A request of an organisation, in a given status (fixture: written with full rights). */
async function request(organisation: number, status: Submission['status'] = 'recue') {
  counter += 1
  const doc = await payload.create({
    collection: 'submissions',
    data: {
      reference: `2026-L${String(counter).padStart(5, '0')}`,
      followUpToken: `liste-${counter}-${'x'.repeat(24)}`,
      form,
      organisation,
      status,
      requesterName: `Usager ${counter}`,
      formVersion: { steps: [] },
      answers: {},
    } as never,
    overrideAccess: true,
  })
  return doc as Submission
}

const stored = (id: number | string) => payload.findByID({ collection: 'submissions', id, depth: 0, overrideAccess: true }) as Promise<Submission>
const bulk = (body: unknown, asToken: string | null = token) => rest.call('POST', '/submissions/bulk', { body, token: asToken ?? undefined })

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  payload = booted.payload
  rest = restClient(booted.config)
  org.ccas = await orgId('ccas')
  org.siaep = await orgId('siaep')
  form = (await payload.find({ collection: 'forms', where: { slug: { equals: 'aide-ccas' } }, overrideAccess: true })).docs[0].id as number
  const user = (email: string, name: string, role: string, organisation?: number) =>
    payload.create({ collection: 'users', data: { email, password: PASSWORD, name, role, organisation } as never, overrideAccess: true }) as Promise<User>
  // The admin first: the very first account always becomes an administrator.
  people.admin = await user('liste.admin@test.fr', 'Admin Liste', 'admin')
  people.ccas = await user('liste.ccas@test.fr', 'Annaïg Le Goff', 'agent', org.ccas)
  people.colleague = await user('collegue.ccas@test.fr', 'Yann Guégan', 'agent', org.ccas)
  people.siaep = await user('liste.siaep@test.fr', 'Erwan Siaep', 'agent', org.siaep)
  token = await rest.login(people.ccas.email, PASSWORD)
}, 120_000)

afterAll(async () => booted?.shutdown())

describe('bulk status change and assignment (POST /api/submissions/bulk)', () => {
  it('changes every allowed request, each with its history entry by the agent', async () => {
    const a = await request(org.ccas)
    const b = await request(org.ccas)
    const res = await bulk({ ids: [a.id, b.id], status: 'en_cours', comment: 'Nous étudions votre demande.' })
    expect(res.status).toBe(200)
    expect(res.json).toEqual({ changed: [{ id: a.id, reference: a.reference }, { id: b.id, reference: b.reference }], refused: [] })
    for (const id of [a.id, b.id]) {
      const doc = await stored(id)
      expect(doc.status).toBe('en_cours')
      expect(doc.history).toEqual([expect.objectContaining({ from: 'recue', to: 'en_cours', by: people.ccas.id, comment: 'Nous étudions votre demande.' })])
    }
  })

  it('refuses a forbidden transition with the workflow’s French reason, and changes nothing', async () => {
    const done = await request(org.ccas, 'terminee')
    const res = await bulk({ ids: [done.id], status: 'attente_usager' })
    expect(res.status).toBe(200)
    expect(res.json.changed).toEqual([])
    expect(res.json.refused).toEqual([
      { id: done.id, reference: done.reference, reason: 'Une demande « Terminée » ne peut pas passer à « En attente de l\'usager ». Statuts possibles : « En cours ».' },
    ])
    expect((await stored(done.id)).status).toBe('terminee')
  })

  it('mixed: changes the allowed ones, refuses the others each with its reason (transition, other organisation, unknown)', async () => {
    const open = await request(org.ccas)
    const closed = await request(org.ccas, 'classee')
    const foreign = await request(org.siaep)
    // A refusal is motivated (CRPA L211-2): without a reason, none is refused.
    const unmotivated = await bulk({ ids: [open.id], status: 'refusee' })
    expect(unmotivated.json.changed).toEqual([])
    expect((unmotivated.json.refused as Array<{ reason: string }>)[0].reason).toBe('Indiquez le motif du refus : une décision de refus doit être motivée (CRPA, art. L211-2).')
    const res = await bulk({ ids: [open.id, closed.id, foreign.id, 987654], status: 'refusee', comment: 'Les conditions de ressources ne sont pas remplies.' })
    expect(res.status).toBe(200)
    expect(res.json.changed).toEqual([{ id: open.id, reference: open.reference }])
    const refused = res.json.refused as Array<{ id: number; reference: string | null; reason: string }>
    expect(refused.map((r) => [r.id, r.reference])).toEqual([
      [closed.id, closed.reference],
      [foreign.id, null],
      [987654, null],
    ])
    expect(refused[0].reason).toMatch(/^Une demande « Classée sans suite » ne peut pas passer à « Refusée »/)
    // Another organisation's request is not even named: the agent cannot tell it from an unknown one.
    expect(refused[1].reason).toBe('Demande introuvable, ou adressée à une autre organisation.')
    expect(refused[2].reason).toBe(refused[1].reason)
    expect((await stored(open.id)).status).toBe('refusee')
    expect((await stored(closed.id)).status).toBe('classee')
    expect((await stored(foreign.id)).status).toBe('recue')
  })

  it('assigns to a colleague; refuses an agent of another organisation', async () => {
    const a = await request(org.ccas)
    const b = await request(org.ccas)
    // As the list's form posts it: the id as text.
    const ok = await bulk({ ids: [a.id, b.id], assignee: String(people.colleague.id) })
    expect(ok.json).toEqual({ changed: [{ id: a.id, reference: a.reference }, { id: b.id, reference: b.reference }], refused: [] })
    expect((await stored(a.id)).assignee).toBe(people.colleague.id)
    const foreign = await bulk({ ids: [a.id, b.id], assignee: people.siaep.id })
    expect(foreign.json.changed).toEqual([])
    expect((foreign.json.refused as Array<{ reason: string }>).map((r) => r.reason)).toEqual([
      expect.stringMatching(/agent|relation/i),
      expect.stringMatching(/agent|relation/i),
    ])
    expect((foreign.json.refused as Array<{ reason: string }>)[0].reason).not.toMatch(/[a-z]+ is |invalid/)
    expect((await stored(a.id)).assignee).toBe(people.colleague.id)
    const unknown = await bulk({ ids: [a.id], assignee: 987654 })
    expect(unknown.json).toEqual({ changed: [], refused: [{ id: a.id, reference: a.reference, reason: 'Agent inconnu.' }] })
  })

  it('answers bad input with a French 4xx, never a 5xx', async () => {
    const a = await request(org.ccas)
    const cases: Array<[unknown, string | null, number, RegExp]> = [
      [{ ids: [a.id], status: 'en_cours' }, null, 401, /Connectez-vous/],
      [{}, token, 400, /Sélectionnez au moins une demande/],
      [{ ids: [a.id] }, token, 400, /nouveau statut ou un agent/],
      [{ ids: [a.id], status: 'perdue' }, token, 400, /Statut inconnu/],
      [{ ids: Array.from({ length: 101 }, (_, i) => i + 1), status: 'en_cours' }, token, 400, /au plus 100/],
      ['pas du JSON', token, 400, /Sélectionnez/],
    ]
    for (const [body, asToken, status, message] of cases) {
      const res = await bulk(body, asToken)
      expect({ body, status: res.status }).toEqual({ body, status })
      expect(res.json.errors?.[0]?.message).toMatch(message)
    }
    expect((await stored(a.id)).status).toBe('recue')
  })
})

describe('people shown by name', () => {
  it('an agent reads the names of its organisation’s agents, never other organisations’ staff', async () => {
    const list = await rest.call('GET', '/users?limit=100&depth=0', { token })
    const names = (list.json.docs as User[]).map((u) => u.name)
    expect(names).toEqual(expect.arrayContaining(['Annaïg Le Goff', 'Yann Guégan']))
    expect(names).not.toContain('Erwan Siaep')
    expect(names).not.toContain('Admin Liste')
    for (const u of list.json.docs as User[]) expect(u.organisation).toBe(org.ccas)
    for (const id of [people.siaep.id, people.admin.id]) expect((await rest.call('GET', `/users/${id}`, { token })).status).toBeGreaterThanOrEqual(403)
    const byEmail = await rest.call('GET', `/users?where[email][equals]=${encodeURIComponent(people.siaep.email)}`, { token })
    expect(byEmail.json.totalDocs).toBe(0)
    // The list's assignee cell reads the request with its assignee populated: a name, not an id.
    const a = await request(org.ccas)
    await bulk({ ids: [a.id], assignee: people.colleague.id })
    const doc = await rest.call('GET', `/submissions/${a.id}?depth=1`, { token })
    expect((doc.json.assignee as User).name).toBe('Yann Guégan')
  })
})

describe('dashboard links', () => {
  it('each figure opens the list filtered to exactly that many requests', async () => {
    // Due dates: one overdue, one due in 3 days (server-owned: written straight to the database).
    const travel = async (id: number | string, dueDate: string) => {
      const doc = await stored(id)
      const row = { ...doc, dueDate }
      await payload.db.updateOne({ collection: 'submissions', id, data: { ...row, ...responseTimings(row as unknown as RequestRow) }, returning: false })
    }
    const late = await request(org.ccas)
    const soon = await request(org.ccas, 'en_cours')
    await travel(late.id, new Date(Date.now() - 3 * DAY).toISOString())
    await travel(soon.id, new Date(Date.now() + 3 * DAY).toISOString())
    const data = await loadDashboard(payload, people.ccas)
    const figures: Array<[string, number, Where]> = [
      ...data.byStatus.map((s) => [s.label, s.count, s.where] as [string, number, Where]),
      ...data.byDomain.map((d) => [d.title, d.count, d.where] as [string, number, Where]),
      ['En retard', data.overdue.total, data.filters.overdue],
      ['Échéance dans 7 jours', data.dueSoon, data.filters.dueSoon],
    ]
    expect(data.overdue.total).toBeGreaterThanOrEqual(1)
    expect(data.dueSoon).toBeGreaterThanOrEqual(1)
    expect(figures.reduce((sum, [, n]) => sum + n, 0)).toBeGreaterThan(5)
    for (const [label, count, where] of figures) {
      const list = await rest.call('GET', `/submissions?${whereParams(where as Record<string, unknown>)}&limit=1&depth=0`, { token })
      expect({ label, totalDocs: list.json.totalDocs }).toEqual({ label, totalDocs: count })
    }
  })
})
