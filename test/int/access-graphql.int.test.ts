/**
 * The access matrix again, through the two other doors of the API (issue 11, "Also"):
 * - GraphQL (/api/graphql): role × collection × operation → the exact outcome, on Payload's real
 *   GraphQL handler (GRAPHQL_POST, as src/app/(payload)/api/graphql/route.ts mounts it);
 * - HEAD on REST: Next.js answers HEAD with the GET handler; it must never reveal what GET refuses.
 * Roles: anonymous, a citizen (anonymous holding a request's follow-up token, sent as a session),
 * communication staff, an agent of organisation A (the requests' own), an agent of B, an admin.
 */
import { handleEndpoints, type Payload } from 'payload'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { pdfFile } from '../helpers/files'
import { gqlId, graphqlClient, type GraphQLResult } from '../helpers/graphql'
import { createOrganisations } from '../helpers/organisations'
import { restClient } from '../helpers/rest'
import { skipSuiteOnTestServer, itNeeds } from '../helpers/testServerGaps'
import { createAgent, createRoleUsers, PASSWORD } from '../helpers/users'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

type Actor = 'anonymous' | 'citizen' | 'communication' | 'agentA' | 'agentB' | 'admin'
const ACTORS: Actor[] = ['anonymous', 'citizen', 'communication', 'agentA', 'agentB', 'admin']
type Outcome = 'ok' | 'forbidden' | 'notFound' | 'empty'
type Target = 'submissions' | 'files' | 'forms' | 'statusEmails'
type Op = 'list' | 'byId' | 'listDraft' | 'create' | 'update' | 'delete' | 'read'

/** One outcome per actor, in ACTORS order. */
const row = (...outcomes: Outcome[]): Record<Actor, Outcome> => Object.fromEntries(ACTORS.map((a, i) => [a, outcomes[i]])) as Record<Actor, Outcome>
const ok = 'ok' as const
const no = 'forbidden' as const
const nf = 'notFound' as const
const none = 'empty' as const

/**
 * The fixtures belong to organisation A. An agent of B is refused by the organisation filter of the
 * access rule: their list is empty, the document "does not exist" for them (404) and changing it is
 * refused (403) — nothing of it in the answer.
 */
const MATRIX: Record<Target, Partial<Record<Op, Record<Actor, Outcome>>>> = {
  //                     anonymous citizen communication agentA agentB admin
  submissions: {
    list: row(no, no, no, ok, none, ok),
    byId: row(no, no, no, ok, nf, ok),
    create: row(no, no, no, no, no, no),
    update: row(no, no, no, ok, no, ok),
    delete: row(no, no, no, no, no, ok),
  },
  files: {
    list: row(no, no, no, ok, none, ok),
    byId: row(no, no, no, ok, nf, ok),
    create: row(no, no, no, no, no, no),
    update: row(no, no, no, no, no, no),
    delete: row(no, no, no, no, no, ok),
  },
  forms: {
    list: row(ok, ok, ok, ok, ok, ok),
    listDraft: row(none, none, ok, ok, ok, ok),
    create: row(no, no, ok, no, no, ok),
    update: row(no, no, ok, no, no, ok),
    delete: row(no, no, ok, no, no, ok),
  },
  statusEmails: {
    read: row(no, no, ok, ok, ok, ok),
    update: row(no, no, no, no, no, ok),
  },
}

let booted: BootedPayload
let payload: Payload
let gql: ReturnType<typeof graphqlClient>
let rest: ReturnType<typeof restClient>
let orgA: number
let orgB: number
let formId: number
let citizenToken: string
const tokens: Partial<Record<Actor, string>> = {}
let counter = 0

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  gql = graphqlClient(booted.config)
  rest = restClient(booted.config)
  ;({ ccas: orgA, siaep: orgB } = await createOrganisations(payload, 'ccas', 'siaep'))
  formId = (
    await payload.create({
      collection: 'forms',
      data: {
        title: 'Aide sociale',
        slug: 'aide-sociale',
        organisation: orgA,
        emails: { serviceEmail: 'service-secret@test.fr' },
        retentionMonths: 18,
        availability: { maxSubmissions: 77 },
        steps: [{ title: 'A', fields: [{ blockType: 'text', label: 'Nom' }] }],
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
  ).id as number
  const users = await createRoleUsers(payload, orgA)
  const agentB = await createAgent(payload, 'agent-b@test.kerlann.fr', orgB)
  tokens.communication = await rest.login(users.communication.email, PASSWORD)
  tokens.agentA = await rest.login(users.agent.email, PASSWORD)
  tokens.agentB = await rest.login(agentB.email, PASSWORD)
  tokens.admin = await rest.login(users.admin.email, PASSWORD)
  citizenToken = `suivi-${'c'.repeat(40)}`
  await submission(orgA, citizenToken)
})

afterAll(async () => booted?.shutdown())

/** The citizen holds only their follow-up token: sent every way a session could be. */
const headersOf = (actor: Actor): Record<string, string> =>
  actor === 'citizen' ? { Authorization: `JWT ${citizenToken}`, Cookie: `payload-token=${citizenToken}` } : actor === 'anonymous' ? {} : { Authorization: `JWT ${tokens[actor]}` }

async function submission(organisation = orgA, followUpToken?: string) {
  counter += 1
  return payload.create({
    collection: 'submissions',
    data: {
      reference: `2026-${String(700000 + counter)}`,
      followUpToken: followUpToken ?? `token-${counter}-${'x'.repeat(30)}`,
      form: formId,
      organisation,
      status: 'recue',
      formVersion: { steps: [] },
      answers: { nom: `Secret ${counter}` },
      requesterEmail: `usager${counter}@exemple.fr`,
    } as never,
    overrideAccess: true,
  })
}

async function storedFile(organisation = orgA) {
  counter += 1
  return payload.create({ collection: 'submission-files', data: { organisation, fieldName: 'piece' }, file: await pdfFile(`piece-${counter}.pdf`), overrideAccess: true })
}

async function form(status: 'published' | 'draft' = 'published') {
  counter += 1
  return payload.create({
    collection: 'forms',
    data: { title: `Formulaire ${counter}`, slug: `form-${counter}`, organisation: orgA, steps: [{ title: 'A', fields: [{ blockType: 'text', label: 'Nom' }] }], _status: status } as never,
    draft: status === 'draft',
    overrideAccess: true,
  })
}

function classify(res: GraphQLResult, field: string, id?: number | string): Outcome | string {
  if (res.errors.length) {
    const name = res.errors[0].extensions?.name
    if (name === 'Forbidden') return 'forbidden'
    if (name === 'NotFound') return 'notFound'
    return `error ${name}: ${res.errors[0].message}`
  }
  const value = res.data?.[field] as { docs?: Array<{ id: unknown }>; id?: unknown } | null | undefined
  if (!value) return 'empty'
  if (value.docs) return value.docs.some((d) => String(d.id) === String(id)) ? 'ok' : 'empty'
  return 'ok'
}

/** Runs one cell through GraphQL; returns the outcome and the raw answer (checked for leaks). */
async function attempt(actor: Actor, target: Target, op: Op): Promise<{ outcome: Outcome | string; text: string; secrets: string[] }> {
  const options = { headers: headersOf(actor) }
  const run = async (query: string, field: string, id?: number | string, variables?: Record<string, unknown>, secrets: string[] = []) => {
    const res = await gql(query, { ...options, variables })
    return { outcome: classify(res, field, id), text: res.text, secrets }
  }
  if (target === 'submissions') {
    if (op === 'create') {
      const data = { reference: `2026-${600000 + ++counter}`, followUpToken: `t-${counter}-${'y'.repeat(30)}`, form: formId, organisation: orgA, status: 'recue', formVersion: {}, answers: {} }
      return run('mutation ($data: mutationSubmissionInput!) { createSubmission(data: $data) { id } }', 'createSubmission', undefined, { data })
    }
    const doc = await submission()
    const secrets = [doc.reference, doc.requesterEmail as string, `Secret ${counter}`]
    const fields = 'id reference requesterEmail answers'
    if (op === 'list') return run(`{ Submissions(where: { id: { equals: ${gqlId(doc.id)} } }) { docs { ${fields} } } }`, 'Submissions', doc.id, undefined, secrets)
    if (op === 'byId') return run(`{ Submission(id: ${gqlId(doc.id)}) { ${fields} } }`, 'Submission', doc.id, undefined, secrets)
    if (op === 'update') return run(`mutation { updateSubmission(id: ${gqlId(doc.id)}, data: { status: en_cours }) { ${fields} } }`, 'updateSubmission', doc.id, undefined, secrets)
    return run(`mutation { deleteSubmission(id: ${gqlId(doc.id)}) { ${fields} } }`, 'deleteSubmission', doc.id, undefined, secrets)
  }
  if (target === 'files') {
    if (op === 'create') return run(`mutation { createSubmissionFile(data: { organisation: ${gqlId(orgA)}, fieldName: "x" }) { id } }`, 'createSubmissionFile')
    const doc = await storedFile()
    const secrets = [doc.filename as string]
    const fields = 'id filename url'
    if (op === 'list') return run(`{ SubmissionFiles(where: { id: { equals: ${gqlId(doc.id)} } }) { docs { ${fields} } } }`, 'SubmissionFiles', doc.id, undefined, secrets)
    if (op === 'byId') return run(`{ SubmissionFile(id: ${gqlId(doc.id)}) { ${fields} } }`, 'SubmissionFile', doc.id, undefined, secrets)
    if (op === 'update') return run(`mutation { updateSubmissionFile(id: ${gqlId(doc.id)}, data: { fieldName: "m" }) { ${fields} } }`, 'updateSubmissionFile', doc.id, undefined, secrets)
    return run(`mutation { deleteSubmissionFile(id: ${gqlId(doc.id)}) { ${fields} } }`, 'deleteSubmissionFile', doc.id, undefined, secrets)
  }
  if (target === 'forms') {
    if (op === 'create') {
      const data = { title: 'Nouveau', slug: `nouveau-${++counter}`, steps: [{ title: 'A', fields: [{ blockType: 'text', label: 'Nom' }] }] }
      return run('mutation ($data: mutationFormInput!) { createForm(data: $data, draft: true) { id } }', 'createForm', undefined, { data })
    }
    const doc = await form(op === 'listDraft' ? 'draft' : 'published')
    if (op === 'list') return run(`{ Forms(where: { id: { equals: ${gqlId(doc.id)} } }) { docs { id title } } }`, 'Forms', doc.id)
    if (op === 'listDraft') return run(`{ Forms(draft: true, where: { id: { equals: ${gqlId(doc.id)} } }) { docs { id title } } }`, 'Forms', doc.id)
    if (op === 'update') return run(`mutation { updateForm(id: ${gqlId(doc.id)}, data: { title: "Modifié" }) { id } }`, 'updateForm', doc.id)
    return run(`mutation { deleteForm(id: ${gqlId(doc.id)}) { id } }`, 'deleteForm', doc.id)
  }
  if (op === 'read') return run('{ StatusEmail { en_cours { subject body } } }', 'StatusEmail')
  return run(`mutation { updateStatusEmail(data: { en_cours: { subject: "Objet ${++counter}" } }) { en_cours { subject } } }`, 'updateStatusEmail')
}

const cells: Array<[Target, Op, Actor, Outcome]> = []
for (const [target, ops] of Object.entries(MATRIX) as Array<[Target, Partial<Record<Op, Record<Actor, Outcome>>>]>) {
  for (const [op, outcomes] of Object.entries(ops) as Array<[Op, Record<Actor, Outcome>]>) for (const actor of ACTORS) cells.push([target, op, actor, outcomes[actor]])
}

/** A successful delete goes through Payload's findOneAndDelete. */
const isDeletion = ([, op, , expected]: (typeof cells)[number]) => op === 'delete' && expected === 'ok'

describe('GraphQL access matrix', () => {
  const check = async (target: Target, op: Op, actor: Actor, expected: Outcome) => {
    const { outcome, text, secrets } = await attempt(actor, target, op)
    expect(outcome).toBe(expected)
    // A refusal carries nothing of the document.
    if (expected !== 'ok') for (const secret of secrets) expect(text).not.toContain(secret)
  }
  it.each(cells.filter((c) => !isDeletion(c)))('%s · %s · %s → %s', check)
  itNeeds('findOneAndDelete').each(cells.filter(isDeletion))('%s · %s · %s → %s', check)
})

describe('GraphQL: forms and status e-mails beyond the matrix', () => {
  const INTERNAL_QUERY = `{ Form(id: ID) { id title slug organisation { id email } retentionMonths responseDelayDays directory availability { opensAt maxSubmissions } emails { serviceEmail citizenBody } } }`

  it.each(ACTORS)('internal form settings are visible to staff only (%s)', async (actor) => {
    const res = await gql(INTERNAL_QUERY.replace('ID', gqlId(formId)), { headers: headersOf(actor) })
    expect(res.errors).toEqual([])
    const doc = res.data?.Form as Record<string, unknown>
    expect(doc).toMatchObject({ id: formId, title: 'Aide sociale', slug: 'aide-sociale' })
    const staff = actor !== 'anonymous' && actor !== 'citizen'
    if (staff) {
      expect(doc).toMatchObject({ organisation: { id: orgA }, retentionMonths: 18, availability: { maxSubmissions: 77 }, emails: { serviceEmail: 'service-secret@test.fr' } })
    } else {
      expect(doc).toMatchObject({ organisation: null, retentionMonths: null, responseDelayDays: null, directory: null, emails: { serviceEmail: null, citizenBody: null }, availability: { maxSubmissions: null } })
      expect(res.text).not.toContain('service-secret@test.fr')
      expect(res.text).not.toContain('ccas@test.fr')
    }
  })

  it('anonymous GraphQL cannot filter forms on an internal setting (no oracle), nor read their versions', async () => {
    const probe = await gql(`{ Forms(where: { emails__serviceEmail: { equals: "service-secret@test.fr" } }) { docs { id } } }`)
    expect(probe.errors.length).toBeGreaterThan(0)
    expect(probe.text).not.toContain(`"id":${JSON.stringify(formId)}`)
    const retention = await gql('{ Forms(where: { retentionMonths: { equals: 18 } }) { docs { id } } }')
    expect(retention.errors[0]?.extensions?.name).toBe('QueryError')
    const versions = await gql('{ versionsForms { docs { id version { emails { serviceEmail } } } } }')
    expect(versions.errors[0]?.extensions?.name).toBe('Forbidden')
    expect(versions.text).not.toContain('service-secret@test.fr')
  })

  it('communication staff cannot reroute a form through a GraphQL mutation either', async () => {
    const doc = await form()
    const res = await gql(
      `mutation { updateForm(id: ${gqlId(doc.id)}, data: { title: "Revu", organisation: ${gqlId(orgB)}, retentionMonths: 999, directory: associations, emails: { serviceEmail: "moi@exemple.fr" } }) { id title } }`,
      { headers: headersOf('communication') },
    )
    expect(res.errors).toEqual([])
    const stored = await payload.findByID({ collection: 'forms', id: doc.id, depth: 0, overrideAccess: true })
    expect(stored.title).toBe('Revu')
    expect([stored.organisation, stored.retentionMonths, stored.directory ?? null, stored.emails?.serviceEmail ?? null]).toEqual([orgA, 24, null, null])
  })

  it('the citizen cannot find their request by its follow-up token through GraphQL', async () => {
    const byToken = await gql(`{ Submissions(where: { followUpToken: { equals: "${citizenToken}" } }) { docs { id reference } } }`, { headers: headersOf('citizen') })
    expect(byToken.errors[0]?.extensions?.name).toBe('Forbidden')
    expect(byToken.data?.Submissions ?? null).toBeNull()
  })
})

describe('HEAD never reveals what GET refuses', () => {
  /** What Next.js does with HEAD on the REST route: the GET handler, called with method HEAD. */
  const head = async (path: string, actor: Actor) =>
    handleEndpoints({ config: booted.config, path: `/api${path.split('?')[0]}`, request: new Request(`http://localhost:3000/api${path}`, { method: 'HEAD', headers: headersOf(actor) }) })
  const get = (path: string, actor: Actor) =>
    handleEndpoints({ config: booted.config, path: `/api${path.split('?')[0]}`, request: new Request(`http://localhost:3000/api${path}`, { method: 'GET', headers: headersOf(actor) }) })

  it('on every private path, for every role GET refuses: no success, no size, no file name, no document', async () => {
    const req = await submission()
    const file = await storedFile()
    const draft = await form('draft')
    const paths = [
      '/submissions',
      `/submissions/${req.id}`,
      `/submissions?where[id][equals]=${req.id}`,
      '/submissions/export.csv',
      '/submissions/export.xlsx',
      `/submissions/personal-data?email=${encodeURIComponent(req.requesterEmail as string)}`,
      '/submission-files',
      `/submission-files/${file.id}`,
      `/submission-files/file/${file.filename}`,
      `/forms/${draft.id}?draft=true`,
      '/forms/versions',
      '/globals/status-emails',
      '/users',
    ]
    let refusedPairs = 0
    for (const path of paths) {
      for (const actor of ACTORS) {
        const getRes = await get(path, actor)
        const getBody = await getRes.text()
        const refused = getRes.status >= 400 || (getRes.status === 200 && /"totalDocs":0/.test(getBody))
        if (!refused) continue
        refusedPairs += 1
        const headRes = await head(path, actor)
        const headBody = await headRes.text()
        const where = `HEAD ${path} as ${actor}`
        expect({ where, status: headRes.status >= 400 }).toEqual({ where, status: true })
        expect({ where, disposition: headRes.headers.get('content-disposition') }).toEqual({ where, disposition: null })
        expect({ where, type: headRes.headers.get('content-type') ?? '' }).not.toEqual({ where, type: 'application/pdf' })
        // (Payload's 404 repeats the path asked, which the caller already knows.)
        for (const secret of [req.reference, req.requesterEmail as string, file.filename as string]) if (!path.includes(secret) && !path.includes(encodeURIComponent(secret))) expect(headBody).not.toContain(secret)
      }
    }
    // The roles GET refuses are many (anonymous and citizen everywhere, agent B on A's file…).
    expect(refusedPairs).toBeGreaterThan(40)
  })
})
