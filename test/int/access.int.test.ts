/**
 * Least privilege, as one table: role × collection × operation → allowed or not.
 * Every cell runs the real Local API with the role's user and overrideAccess: false.
 */
import type { Payload } from 'payload'

import { isValidSiret } from '../../src/lib/luhn'
import type { User } from '../../src/payload-types'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { pdfFile, pngFile } from '../helpers/files'
import { createRoleUsers, type RoleName } from '../helpers/users'

type Actor = 'anonymous' | RoleName
type Operation = 'read' | 'readDraft' | 'create' | 'update' | 'delete'
type Target =
  | 'procedures'
  | 'domains'
  | 'documents'
  | 'media'
  | 'organisations'
  | 'otherUsers'
  | 'site'
  | 'charter'
  | 'ownOrgRequests'
  | 'otherOrgRequests'
  | 'ownOrgFiles'
  | 'otherOrgFiles'
  | 'associations'
  | 'businesses'
  | 'directoryProposals'

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
  otherUsers: { read: ['admin'], create: ['admin'], update: ['admin'], delete: ['admin'] },
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
  otherOrgId = (await payload.create({ collection: 'organisations', data: { name: 'SIAEP', slug: 'siaep', email: 's@test.fr' }, overrideAccess: true })).id
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
      return payload.create({ collection: 'users', data: { email: `u${counter}@test.fr`, password: 'x-Password-123', name: 'U', role: 'agent', organisation: orgId as number }, ...su })
    case 'associations':
      return payload.create({ collection: 'associations', data: { name: `Association ${counter}`, category: 'sport', status: status === 'draft' ? 'pending' : 'published' }, ...su })
    case 'businesses':
      return payload.create({
        collection: 'businesses',
        data: { name: `Entreprise ${counter}`, sector: 'services', siret: siretNumber(counter), status: status === 'draft' ? 'pending' : 'published' },
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
    if (target === 'site' || target === 'charter') {
      if (operation === 'read') {
        await payload.findGlobal({ slug: target, ...asActor })
        return true
      }
      const data = target === 'site' ? { townName: `Ville ${counter}` } : { footerText: `Pied ${counter}` }
      await payload.updateGlobal({ slug: target, data: data as never, ...asActor })
      return true
    }
    const collection =
      target === 'otherUsers'
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
      }
      const file = collection === 'documents' || collection === 'submission-files' ? await pdfFile() : collection === 'media' ? await pngFile() : undefined
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await payload.create({ collection, data: data[collection] as any, file, ...asActor })
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
  const operations: Operation[] = target === 'site' || target === 'charter' ? ['read', 'update'] : ['read', 'create', 'update', 'delete']
  if (target === 'procedures' || target === 'associations' || target === 'businesses') operations.splice(1, 0, 'readDraft')
  for (const operation of operations) for (const actor of ALL) cells.push([target, operation, actor, (ops[operation] ?? []).includes(actor)])
}

describe('access matrix', () => {
  it.each(cells)('%s · %s · %s → allowed: %s', async (target, operation, actor, allowed) => {
    expect(await attempt(actor, target, operation)).toBe(allowed)
  })
})

describe('own account and privilege escalation', () => {
  it('lets every user read and update their own account', async () => {
    for (const role of ['agent', 'communication'] as const) {
      const own = await payload.find({ collection: 'users', overrideAccess: false, user: users[role] })
      expect(own.docs.map((u) => u.id)).toEqual([users[role].id])
      await payload.update({ collection: 'users', id: users[role].id, data: { name: 'Nouveau nom' }, overrideAccess: false, user: users[role] })
    }
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
