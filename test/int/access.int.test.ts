/**
 * Least privilege, as one table: role × collection × operation → allowed or not.
 * Every cell runs the real Local API with the role's user and overrideAccess: false.
 */
import type { Payload } from 'payload'

import { isValidSiret } from '../../src/lib/luhn'
import type { User } from '../../src/payload-types'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { pdfFile, pngFile } from '../helpers/files'
import { createOrganisations } from '../helpers/organisations'
import { restClient } from '../helpers/rest'
import { itNeeds } from '../helpers/testServerGaps'
import { createRoleUsers, PASSWORD, type RoleName } from '../helpers/users'

type Actor = 'anonymous' | RoleName
type Operation = 'read' | 'readDraft' | 'create' | 'update' | 'delete'
type Target =
  | 'procedures'
  | 'domains'
  | 'documents'
  | 'media'
  | 'organisations'
  | 'otherUsers'
  | 'colleagues'
  | 'site'
  | 'charter'
  | 'ownOrgRequests'
  | 'otherOrgRequests'
  | 'ownOrgFiles'
  | 'otherOrgFiles'
  | 'associations'
  | 'businesses'
  | 'directoryProposals'
  | 'forms'
  | 'statusEmails'

const EDITORS: Actor[] = ['admin', 'communication']
const ALL: Actor[] = ['anonymous', 'agent', 'communication', 'admin']
const STAFF: Actor[] = ['agent', 'communication', 'admin']

/** Who may do what. Anything not listed is refused. */
const MATRIX: Record<Target, Partial<Record<Operation, Actor[]>>> = {
  procedures: { read: ALL, readDraft: STAFF, create: EDITORS, update: EDITORS, delete: EDITORS },
  domains: { read: ALL, create: EDITORS, update: EDITORS, delete: EDITORS },
  documents: { read: ALL, create: EDITORS, update: EDITORS, delete: EDITORS },
  media: { read: ALL, create: EDITORS, update: EDITORS, delete: EDITORS },
  organisations: { read: ALL, create: ['admin'], update: ['admin'], delete: ['admin'] },
  // Staff accounts: an agent reads the agents of its own organisation (their names), nobody else's.
  otherUsers: { read: ['admin'], create: ['admin'], update: ['admin'], delete: ['admin'] },
  colleagues: { read: ['admin', 'agent'], create: ['admin'], update: ['admin'], delete: ['admin'] },
  // Requests and citizens' files: created by the submission service only; the agent's organisation
  // is the CCAS ("own"), the SIAEP is "other".
  ownOrgRequests: { read: ['admin', 'agent'], update: ['admin', 'agent'], delete: ['admin'] },
  otherOrgRequests: { read: ['admin'], update: ['admin'], delete: ['admin'] },
  ownOrgFiles: { read: ['admin', 'agent'], delete: ['admin'] },
  otherOrgFiles: { read: ['admin'], delete: ['admin'] },
  site: { read: ALL, update: EDITORS },
  charter: { read: ALL, update: EDITORS },
  // Directories: "readDraft" is a pending entry (status field); proposals come from the submission service only.
  associations: { read: ALL, readDraft: EDITORS, create: EDITORS, update: EDITORS, delete: EDITORS },
  businesses: { read: ALL, readDraft: EDITORS, create: EDITORS, update: EDITORS, delete: EDITORS },
  directoryProposals: { read: EDITORS, update: EDITORS, delete: EDITORS },
  // Forms: content of editors (drafts seen by staff); their routing fields are admin-only (tested below).
  forms: { read: ALL, readDraft: STAFF, create: EDITORS, update: EDITORS, delete: EDITORS },
  // Status e-mails carry the secret follow-up link: admins edit them, staff read them, nobody else.
  statusEmails: { read: STAFF, update: ['admin'] },
}

let booted: BootedPayload
let payload: Payload
let users: Record<RoleName, User>
let orgId: number | string
let otherOrgId: number | string
let formId: number | string
let domainId: number | string
let counter = 0

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  const org = await payload.create({
    collection: 'organisations',
    data: { name: 'CCAS', slug: 'ccas', email: 'ccas@test.fr' },
    overrideAccess: true,
  })
  orgId = org.id
  otherOrgId = (await createOrganisations(payload, 'siaep')).siaep
  formId = (
    await payload.create({
      collection: 'forms',
      data: { title: 'F', slug: 'f', organisation: org.id, steps: [{ title: 'A', fields: [{ blockType: 'text', label: 'Nom' }] }], _status: 'published' } as never,
      overrideAccess: true,
    })
  ).id
  users = await createRoleUsers(payload, org.id)
  const domain = await payload.create({
    collection: 'domains',
    data: { title: 'Social', slug: 'social', description: 'd', icon: 'hands', order: 1 },
    overrideAccess: true,
  })
  domainId = domain.id
})

afterAll(async () => booted?.shutdown())

/** A distinct SIRET passing Luhn for each fixture: 13 digits from n, then the check digit. */
function siretNumber(n: number): string {
  const body = `7328293200${String(n).padStart(3, '0')}`
  for (let check = 0; check <= 9; check += 1) if (isValidSiret(body + check)) return body + check
  throw new Error('unreachable')
}

const userOf = (actor: Actor) => (actor === 'anonymous' ? undefined : users[actor])

/** Creates, with full rights, a fresh document of the target to act on. */
async function fixture(target: Target, status: 'published' | 'draft' = 'published') {
  counter += 1
  const su = { overrideAccess: true } as const
  switch (target) {
    case 'procedures':
      return payload.create({
        collection: 'procedures',
        data: { title: `Démarche ${counter}`, slug: `d-${counter}`, domain: domainId as number, organisation: orgId as number, summary: 's', _status: status },
        draft: status === 'draft',
        ...su,
      })
    case 'domains':
      return payload.create({ collection: 'domains', data: { title: `D${counter}`, slug: `dom-${counter}`, description: 'd', icon: 'house', order: counter }, ...su })
    case 'documents':
      return payload.create({ collection: 'documents', data: { title: `Imprimé ${counter}`, slug: `imp-${counter}` }, file: await pdfFile(`i${counter}.pdf`), ...su })
    case 'media':
      return payload.create({ collection: 'media', data: { alt: `Image ${counter}` }, file: await pngFile(`m${counter}.png`), ...su })
    case 'organisations':
      return payload.create({ collection: 'organisations', data: { name: `Org ${counter}`, slug: `org-${counter}`, email: 'o@test.fr' }, ...su })
    case 'ownOrgRequests':
    case 'otherOrgRequests':
      return payload.create({
        collection: 'submissions',
        data: {
          reference: `2026-${String(900000 + counter)}`,
          followUpToken: `token-${counter}-${'x'.repeat(20)}`,
          form: formId as number,
          organisation: (target === 'ownOrgRequests' ? orgId : otherOrgId) as number,
          status: 'recue',
          formVersion: { steps: [] },
          answers: {},
        },
        ...su,
      })
    case 'ownOrgFiles':
    case 'otherOrgFiles':
      return payload.create({
        collection: 'submission-files',
        data: { organisation: (target === 'ownOrgFiles' ? orgId : otherOrgId) as number, fieldName: 'x' },
        file: await pdfFile(`f${counter}.pdf`),
        ...su,
      })
    case 'otherUsers':
    case 'colleagues':
      return payload.create({
        collection: 'users',
        data: { email: `u${counter}@test.fr`, password: 'x-Password-123', name: 'U', role: 'agent', organisation: (target === 'colleagues' ? orgId : otherOrgId) as number },
        ...su,
      })
    case 'associations':
      return payload.create({ collection: 'associations', data: { name: `Association ${counter}`, category: 'sport', status: status === 'draft' ? 'pending' : 'published' }, ...su })
    case 'businesses':
      return payload.create({
        collection: 'businesses',
        data: { name: `Entreprise ${counter}`, sector: 'services', siret: siretNumber(counter), status: status === 'draft' ? 'pending' : 'published' },
        ...su,
      })
    case 'forms':
      return payload.create({
        collection: 'forms',
        data: { title: `Formulaire ${counter}`, slug: `form-${counter}`, organisation: orgId, steps: [{ title: 'A', fields: [{ blockType: 'text', label: 'Nom' }] }], _status: status } as never,
        draft: status === 'draft',
        ...su,
      })
    case 'directoryProposals':
      return payload.create({ collection: 'directory-proposals', data: { kind: 'associations', name: `Proposition ${counter}`, category: 'sport', decision: 'pending' }, ...su })
    default:
      throw new Error(`no fixture for ${target}`)
  }
}

async function attempt(actor: Actor, target: Target, operation: Operation): Promise<boolean> {
  const user = userOf(actor)
  const asActor = { overrideAccess: false, user } as const
  try {
    if (target === 'site' || target === 'charter' || target === 'statusEmails') {
      const slug = target === 'statusEmails' ? 'status-emails' : target
      if (operation === 'read') {
        await payload.findGlobal({ slug, ...asActor })
        return true
      }
      const data =
        target === 'site' ? { townName: `Ville ${counter}` } : target === 'charter' ? { footerText: `Pied ${counter}` } : { en_cours: { subject: `Objet ${counter} {{reference}}` } }
      await payload.updateGlobal({ slug, data: data as never, ...asActor })
      return true
    }
    const collection =
      target === 'otherUsers' || target === 'colleagues'
        ? 'users'
        : target === 'ownOrgRequests' || target === 'otherOrgRequests'
          ? 'submissions'
          : target === 'ownOrgFiles' || target === 'otherOrgFiles'
            ? 'submission-files'
            : target === 'directoryProposals'
              ? 'directory-proposals'
              : target
    if (operation === 'create') {
      const data: Record<string, Record<string, unknown>> = {
        procedures: { title: 'Nouvelle', slug: `n-${++counter}`, domain: domainId, organisation: orgId, summary: 's', _status: 'published' },
        domains: { title: 'N', slug: `nd-${++counter}`, description: 'd', icon: 'house', order: 99 },
        documents: { title: 'N', slug: `ni-${++counter}` },
        media: { alt: 'N' },
        organisations: { name: 'N', slug: `no-${++counter}`, email: 'n@test.fr' },
        users: { email: `new${++counter}@test.fr`, password: 'x-Password-123', name: 'N', role: 'agent', organisation: orgId },
        submissions: { reference: `2026-${800000 + ++counter}`, followUpToken: `t-${counter}-${'y'.repeat(20)}`, form: formId, organisation: orgId, status: 'recue', formVersion: {}, answers: {} },
        'submission-files': { organisation: orgId, fieldName: 'x' },
        associations: { name: `Nouvelle association ${++counter}`, category: 'culture', status: 'published' },
        businesses: { name: `Nouvelle entreprise ${++counter}`, sector: 'services', siret: siretNumber(counter), status: 'published' },
        'directory-proposals': { kind: 'associations', name: `Nouvelle proposition ${++counter}`, category: 'sport' },
        // A draft: the routing (organisation) is the admin's, so editors start without it.
        forms: { title: 'Nouveau formulaire', slug: `nf-${++counter}`, steps: [{ title: 'A', fields: [{ blockType: 'text', label: 'Nom' }] }] },
      }
      const file = collection === 'documents' || collection === 'submission-files' ? await pdfFile() : collection === 'media' ? await pngFile() : undefined
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await payload.create({ collection, data: data[collection] as any, file, draft: collection === 'forms', ...asActor })
      return true
    }
    const doc = await fixture(target, operation === 'readDraft' ? 'draft' : 'published')
    if (operation === 'read' || operation === 'readDraft') {
      const found = await payload.find({ collection, where: { id: { equals: doc.id } }, draft: operation === 'readDraft', ...asActor })
      return found.docs.length === 1
    }
    if (operation === 'update') {
      const data =
        collection === 'media'
          ? { alt: 'Modifié' }
          : collection === 'users' || collection === 'organisations' || collection === 'associations' || collection === 'businesses' || collection === 'directory-proposals'
            ? { name: 'Modifié' }
            : collection === 'submissions'
              ? { status: 'en_cours' }
              : collection === 'submission-files'
                ? { fieldName: 'modifié' }
                : { title: 'Modifié' }
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await payload.update({ collection, id: doc.id, data: data as any, ...asActor })
      return true
    }
    await payload.delete({ collection, id: doc.id, ...asActor })
    return true
  } catch (error) {
    const name = (error as Error).name
    if (name === 'Forbidden' || name === 'NotFound' || (error as { status?: number }).status === 403) return false
    throw error
  }
}

const cells: Array<[Target, Operation, Actor, boolean]> = []
for (const [target, ops] of Object.entries(MATRIX) as Array<[Target, Partial<Record<Operation, Actor[]>>]>) {
  const operations: Operation[] = target === 'site' || target === 'charter' || target === 'statusEmails' ? ['read', 'update'] : ['read', 'create', 'update', 'delete']
  if (target === 'procedures' || target === 'associations' || target === 'businesses' || target === 'forms') operations.splice(1, 0, 'readDraft')
  for (const operation of operations) for (const actor of ALL) cells.push([target, operation, actor, (ops[operation] ?? []).includes(actor)])
}

/** An allowed delete goes through Payload's findOneAndDelete. */
const isDeletion = ([, operation, , allowed]: (typeof cells)[number]) => operation === 'delete' && allowed

describe('access matrix', () => {
  const check = async (target: Target, operation: Operation, actor: Actor, allowed: boolean) => {
    expect(await attempt(actor, target, operation)).toBe(allowed)
  }
  it.each(cells.filter((c) => !isDeletion(c)))('%s · %s · %s → allowed: %s', check)
  itNeeds('findOneAndDelete').each(cells.filter(isDeletion))('%s · %s · %s → allowed: %s', check)
})

describe('own account and privilege escalation', () => {
  it('lets every user read and update their own account', async () => {
    const own = await payload.find({ collection: 'users', overrideAccess: false, user: users.communication })
    expect(own.docs.map((u) => u.id)).toEqual([users.communication.id])
    for (const role of ['agent', 'communication'] as const) {
      await payload.update({ collection: 'users', id: users[role].id, data: { name: 'Nouveau nom' }, overrideAccess: false, user: users[role] })
    }
  })

  it('lets an agent read itself and the agents of its organisation only', async () => {
    const seen = await payload.find({ collection: 'users', overrideAccess: false, user: users.agent, limit: 0, depth: 0 })
    expect(seen.docs.map((u) => u.id)).toContain(users.agent.id)
    expect(seen.docs.length).toBeGreaterThan(1)
    for (const u of seen.docs) expect({ role: u.role, organisation: u.organisation }).toEqual({ role: 'agent', organisation: orgId })
    const all = await payload.find({ collection: 'users', overrideAccess: true, limit: 0, depth: 0 })
    const expected = all.docs.filter((u) => u.role === 'agent' && u.organisation === orgId).map((u) => u.id)
    expect(seen.docs.map((u) => u.id).sort()).toEqual(expected.sort())
  })

  it('never lets a non-admin change their own role or organisation', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: users.agent.id,
      data: { role: 'admin', organisation: null },
      overrideAccess: false,
      user: users.agent,
    })
    expect(updated.role).toBe('agent')
    const reloaded = await payload.findByID({ collection: 'users', id: users.agent.id, depth: 0, overrideAccess: true })
    expect(reloaded.role).toBe('agent')
    expect(reloaded.organisation).toBe(orgId)
  })

  it('requires an organisation for an agent, with a French message', async () => {
    const error = await payload
      .create({ collection: 'users', data: { email: 'sans-org@test.fr', password: 'x-Password-123', name: 'X', role: 'agent' }, overrideAccess: true })
      .then(() => null, (e: { data?: { errors?: Array<{ message: string; path: string }> } }) => e)
    expect(error?.data?.errors).toEqual([expect.objectContaining({ path: 'organisation', message: 'Un agent doit être rattaché à une organisation.' })])
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: 'sans-org@test.fr' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })
})

/**
 * Issue 11, item 9: routing (organisation, service e-mail, e-mail templates, directory fed) and
 * retention are the admin's; communication staff never route requests to themselves. Item 13:
 * anonymous API callers see what the citizen page needs, never these internal settings.
 */
describe('forms: routing and retention are admin-only, internal settings never public', () => {
  const INTERNAL = ['organisation', 'emails', 'retentionMonths', 'responseDelayDays', 'directory'] as const
  let rest: ReturnType<typeof restClient>
  const tokens: Partial<Record<RoleName, string>> = {}
  const routedForm = async () =>
    payload.create({
      collection: 'forms',
      data: {
        title: `Routé ${++counter}`,
        slug: `route-${counter}`,
        organisation: orgId,
        emails: { serviceEmail: 'service-ccas@test.fr', citizenBody: 'Texte validé' },
        retentionMonths: 24,
        responseDelayDays: 30,
        availability: { maxSubmissions: 50 },
        steps: [{ title: 'A', fields: [{ blockType: 'text', label: 'Nom' }] }],
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
  const stored = (id: number | string) => payload.findByID({ collection: 'forms', id, depth: 0, overrideAccess: true })

  beforeAll(async () => {
    rest = restClient(booted.config)
    for (const role of ['admin', 'communication', 'agent'] as const) tokens[role] = await rest.login(users[role].email, PASSWORD)
  })

  it('communication staff PATCH of organisation, service e-mail, templates, directory and retention is ignored (REST)', async () => {
    const form = await routedForm()
    const res = await rest.call('PATCH', `/forms/${form.id}`, {
      token: tokens.communication,
      body: {
        title: 'Titre revu',
        organisation: otherOrgId,
        emails: { serviceEmail: 'moi@exemple.fr', citizenBody: 'Suivez https://exemple.net/?r={{reference}}' },
        retentionMonths: 1200,
        directory: 'associations',
      },
    })
    expect(res.status).toBe(200)
    const after = await stored(form.id)
    expect(after.title).toBe('Titre revu') // the content edit went through…
    expect(after.organisation).toBe(orgId) // …the routing did not
    expect(after.emails?.serviceEmail).toBe('service-ccas@test.fr')
    expect(after.emails?.citizenBody).toBe('Texte validé')
    expect(after.retentionMonths).toBe(24)
    expect(after.directory ?? null).toBeNull()
  })

  it('a form created by communication staff has no routing until an admin sets it; publishing it first is refused in French', async () => {
    const draft = await rest.call('POST', '/forms?draft=true', {
      token: tokens.communication,
      body: { title: 'Brouillon comm', organisation: otherOrgId, emails: { serviceEmail: 'moi@exemple.fr' }, retentionMonths: 999, steps: [{ title: 'A', fields: [{ blockType: 'text', label: 'Nom' }] }] },
    })
    expect(draft.status).toBe(201)
    const id = (draft.json.doc as { id: number }).id
    const created = await stored(id)
    expect(created.organisation ?? null).toBeNull()
    expect(created.emails?.serviceEmail ?? null).toBeNull()
    expect(created.retentionMonths).toBe(24) // the default, not the 999 sent

    const publish = await rest.call('PATCH', `/forms/${id}`, { token: tokens.communication, body: { _status: 'published' } })
    expect(publish.status).toBe(400)
    expect(JSON.stringify(publish.json)).toContain('L’organisation destinataire est choisie par un administrateur')

    const routed = await rest.call('PATCH', `/forms/${id}`, { token: tokens.admin, body: { organisation: orgId, emails: { serviceEmail: 'accueil@test.fr' }, retentionMonths: 36 } })
    expect(routed.status).toBe(200)
    const republish = await rest.call('PATCH', `/forms/${id}`, { token: tokens.communication, body: { title: 'Publié par la communication', _status: 'published' } })
    expect(republish.status).toBe(200)
    const final = await stored(id)
    expect(final._status).toBe('published')
    expect(final.organisation).toBe(orgId)
    expect(final.emails?.serviceEmail).toBe('accueil@test.fr')
    expect(final.retentionMonths).toBe(36)
  })

  it('admins set every routing and retention field', async () => {
    const form = await routedForm()
    const res = await rest.call('PATCH', `/forms/${form.id}`, {
      token: tokens.admin,
      body: { organisation: otherOrgId, emails: { serviceEmail: 'siaep@test.fr' }, retentionMonths: 12, directory: 'businesses' },
    })
    expect(res.status).toBe(200)
    const after = await stored(form.id)
    expect([after.organisation, after.emails?.serviceEmail, after.retentionMonths, after.directory]).toEqual([otherOrgId, 'siaep@test.fr', 12, 'businesses'])
  })

  it('staff read the internal settings (read-only for non-admins); anonymous REST callers see none of them, in lists, by id, drafts, versions or populated from a procedure', async () => {
    const form = await routedForm()
    for (const role of ['agent', 'communication', 'admin'] as const) {
      const res = await rest.call('GET', `/forms/${form.id}?depth=0`, { token: tokens[role] })
      expect(res.status).toBe(200)
      expect(res.json).toMatchObject({ organisation: orgId, emails: { serviceEmail: 'service-ccas@test.fr' }, retentionMonths: 24, responseDelayDays: 30, availability: { maxSubmissions: 50 } })
    }
    const procedure = await payload.create({
      collection: 'procedures',
      data: { title: `Avec formulaire ${++counter}`, slug: `pf-${counter}`, domain: domainId as number, organisation: orgId as number, summary: 's', form: form.id, _status: 'published' } as never,
      overrideAccess: true,
    })
    const byId = await rest.call('GET', `/forms/${form.id}`)
    const list = await rest.call('GET', `/forms?depth=1&limit=100&where[id][equals]=${form.id}`)
    const populated = await rest.call('GET', `/procedures/${procedure.id}?depth=2`)
    expect([byId.status, list.status, populated.status]).toEqual([200, 200, 200])
    const publicForms = [byId.json, (list.json.docs as unknown[])[0], populated.json.form] as Array<Record<string, unknown>>
    for (const doc of publicForms) {
      expect(doc).toMatchObject({ id: form.id, title: form.title, slug: form.slug }) // the page's fields are there
      for (const key of INTERNAL) expect(doc).not.toHaveProperty(key)
      expect(doc.availability).not.toHaveProperty('maxSubmissions')
    }
    for (const body of [byId, list, populated].map((r) => JSON.stringify(r.json))) {
      expect(body).not.toContain('service-ccas@test.fr')
      expect(body).not.toContain('Texte validé')
    }
    // Not an oracle either: filtering on an internal setting is refused, not answered.
    for (const where of ['where[emails.serviceEmail][equals]=service-ccas@test.fr', 'where[retentionMonths][equals]=24', 'where[organisation][equals]=' + orgId]) {
      const probe = await rest.call('GET', `/forms?${where}`)
      expect(probe.status).toBe(400)
    }
    // Versions (drafts included) are staff-only.
    expect((await rest.call('GET', '/forms/versions')).status).toBe(403)
  })

  it('guard: server code reading as a visitor (Local API, as the citizen site and submission service do) still gets the settings it needs', async () => {
    const form = await routedForm()
    const { docs } = await payload.find({ collection: 'forms', where: { id: { equals: form.id } }, depth: 1, overrideAccess: false })
    expect(docs[0]).toMatchObject({ emails: { serviceEmail: 'service-ccas@test.fr' }, retentionMonths: 24, availability: { maxSubmissions: 50 } })
    expect(docs[0].organisation).toMatchObject({ id: orgId, email: 'ccas@test.fr' })
  })
})

describe('status e-mails: admin-only templates (they carry the follow-up link)', () => {
  let rest: ReturnType<typeof restClient>
  beforeAll(() => {
    rest = restClient(booted.config)
  })

  it('refuses anonymous reads and communication/agent edits over REST; admins edit', async () => {
    expect((await rest.call('GET', '/globals/status-emails')).status).toBe(403)
    const evil = { en_cours: { subject: 'Suivi', body: 'Cliquez https://exemple.net/?l={{lien}}' } }
    for (const role of ['communication', 'agent'] as const) {
      const token = await rest.login(users[role].email, PASSWORD)
      expect((await rest.call('GET', '/globals/status-emails', { token })).status).toBe(200)
      expect((await rest.call('POST', '/globals/status-emails', { token, body: evil })).status).toBe(403)
    }
    const stored = await payload.findGlobal({ slug: 'status-emails', overrideAccess: true })
    expect(stored.en_cours?.body ?? '').not.toContain('exemple.net')
    const admin = await rest.login(users.admin.email, PASSWORD)
    expect((await rest.call('POST', '/globals/status-emails', { token: admin, body: { en_cours: { subject: 'Suivi {{reference}}' } } })).status).toBe(200)
    expect((await payload.findGlobal({ slug: 'status-emails', overrideAccess: true })).en_cours?.subject).toBe('Suivi {{reference}}')
  })
})
