/**
 * Files, as they leave the server (issue 11, item 13 and "Also"):
 * - citizens' files are downloads (attachment, nosniff, sandbox), never rendered on our origin;
 * - an agent of organisation B never gets organisation A's file, by any path: REST by id and list,
 *   the file route, GraphQL, depth population of their own requests, the CSV and XLSX exports;
 * - media refuse SVG (judged by the bytes), and an SVG stored earlier is a sandboxed download.
 */
import { writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import ExcelJS from 'exceljs'
import type { Payload } from 'payload'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { pdfFile, samplePng } from '../helpers/files'
import { gqlId, graphqlClient } from '../helpers/graphql'
import { createOrganisations } from '../helpers/organisations'
import { restClient } from '../helpers/rest'
import { createAgent, createRoleUsers, PASSWORD } from '../helpers/users'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

let booted: BootedPayload
let payload: Payload
let rest: ReturnType<typeof restClient>
let gql: ReturnType<typeof graphqlClient>
let orgA: number
let orgB: number
const token: Record<'admin' | 'communication' | 'agentA' | 'agentB', string> = { admin: '', communication: '', agentA: '', agentB: '' }
let fileA: { id: number; filename: string; url: string }
let fileB: { id: number; filename: string }
let requestA: { id: number; reference: string }
let requestB: { id: number; reference: string }

const SCRIPT_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>'
const PLAIN_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#369"/></svg>'

async function newForm(slug: string, organisation: number) {
  return payload.create({
    collection: 'forms',
    data: { title: slug, slug, organisation, steps: [{ title: 'A', fields: [{ blockType: 'text', label: 'Nom' }, { blockType: 'file', label: 'Pièce', name: 'piece' }] }], _status: 'published' } as never,
    overrideAccess: true,
  })
}

async function newRequest(form: number, organisation: number, reference: string, files: number[]) {
  return payload.create({
    collection: 'submissions',
    data: { reference, followUpToken: `suivi-${reference}-${'z'.repeat(30)}`, form, organisation, status: 'recue', formVersion: { steps: [] }, answers: { nom: `Nom ${reference}` }, files } as never,
    overrideAccess: true,
  }) as Promise<{ id: number; reference: string }>
}

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  rest = restClient(booted.config)
  gql = graphqlClient(booted.config)
  ;({ ccas: orgA, siaep: orgB } = await createOrganisations(payload, 'ccas', 'siaep'))
  const users = await createRoleUsers(payload, orgA)
  const agentB = await createAgent(payload, 'agent-b@test.kerlann.fr', orgB)
  token.admin = await rest.login(users.admin.email, PASSWORD)
  token.communication = await rest.login(users.communication.email, PASSWORD)
  token.agentA = await rest.login(users.agent.email, PASSWORD)
  token.agentB = await rest.login(agentB.email, PASSWORD)

  const formA = await newForm('aide-sociale', orgA)
  const formB = await newForm('abonnement-eau', orgB)
  fileA = (await payload.create({ collection: 'submission-files', data: { organisation: orgA, fieldName: 'piece', originalName: 'avis-imposition.pdf' }, file: await pdfFile('avis-imposition-a.pdf'), overrideAccess: true })) as never
  fileB = (await payload.create({ collection: 'submission-files', data: { organisation: orgB, fieldName: 'piece', originalName: 'facture.pdf' }, file: await pdfFile('facture-b.pdf'), overrideAccess: true })) as never
  requestA = await newRequest(formA.id as number, orgA, '2026-000101', [fileA.id])
  requestB = await newRequest(formB.id as number, orgB, '2026-000202', [fileB.id])
  // A forged (or legacy) cross-link: B's request pointing at A's file, written below every hook.
  await payload.db.updateOne({ collection: 'submissions', id: requestB.id, data: { files: [fileB.id, fileA.id] }, req: {} as never })
})

afterAll(async () => booted?.shutdown())

describe('citizen files are served as downloads', () => {
  it('attachment, nosniff, a sandbox CSP and no shared caching, to the agent allowed to read them', async () => {
    const res = await rest.call('GET', `/submission-files/file/${fileA.filename}`, { token: token.agentA })
    expect(res.status).toBe(200)
    expect(res.bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(res.headers.get('content-disposition')).toBe('attachment')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    expect(res.headers.get('cache-control')).toBe('private, no-store')
  })

  it('images too (a citizen image is never shown inline from the file route)', async () => {
    const png = await samplePng()
    const image = await payload.create({
      collection: 'submission-files',
      data: { organisation: orgA, fieldName: 'photo' },
      file: { data: png, mimetype: 'image/png', name: 'photo.png', size: png.length },
      overrideAccess: true,
    })
    const res = await rest.call('GET', `/submission-files/file/${image.filename}`, { token: token.admin })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('content-disposition')).toBe('attachment')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe("an agent of B never gets A's file", () => {
  it('REST: by id, in the list, through the file route (the agent of A, the positive control, does)', async () => {
    const own = await rest.call('GET', `/submission-files/file/${fileA.filename}`, { token: token.agentA })
    expect(own.status).toBe(200)

    const byId = await rest.call('GET', `/submission-files/${fileA.id}`, { token: token.agentB })
    expect(byId.status).toBe(404)
    const list = await rest.call('GET', '/submission-files?limit=100&depth=0', { token: token.agentB })
    expect(list.status).toBe(200)
    expect((list.json.docs as Array<{ id: number }>).map((d) => d.id)).toEqual([fileB.id])
    const download = await rest.call('GET', `/submission-files/file/${fileA.filename}`, { token: token.agentB })
    expect(download.status).toBe(403)
    for (const res of [byId, list, download]) {
      expect(res.bytes.includes('%PDF')).toBe(false)
      expect(JSON.stringify(res.json)).not.toContain(fileA.filename)
    }
  })

  it('GraphQL: neither the file, nor its URL, nor through their own request', async () => {
    const byId = await gql(`{ SubmissionFile(id: ${gqlId(fileA.id)}) { id filename url } }`, { token: token.agentB })
    expect(byId.errors[0]?.extensions?.name).toBe('NotFound')
    const list = await gql(`{ SubmissionFiles(where: { id: { equals: ${gqlId(fileA.id)} } }) { docs { id url } } }`, { token: token.agentB })
    expect(list.data?.SubmissionFiles).toEqual({ docs: [] })
    const through = await gql(`{ Submission(id: ${gqlId(requestB.id)}) { reference files { id filename url } } }`, { token: token.agentB })
    expect(through.errors).toEqual([])
    const files = (through.data?.Submission as { files: Array<{ id: number; filename: string } | null> }).files
    expect(files.filter((f) => f !== null).map((f) => f!.id)).toEqual([fileB.id]) // own file populated, A's not
    expect(through.text).not.toContain(fileA.filename)
    const other = await gql(`{ Submission(id: ${gqlId(requestA.id)}) { reference files { url } } }`, { token: token.agentB })
    expect(other.errors[0]?.extensions?.name).toBe('NotFound')
    expect(other.text).not.toContain(requestA.reference)
  })

  it("depth population: their own requests at depth 2 never populate A's file; A's request is refused", async () => {
    // The forged link is really there: only access keeps A's file out.
    const raw = await payload.findByID({ collection: 'submissions', id: requestB.id, depth: 0, overrideAccess: true })
    expect(raw.files).toEqual([fileB.id, fileA.id])
    const list = await rest.call('GET', '/submissions?depth=2&limit=100', { token: token.agentB })
    expect(list.status).toBe(200)
    const docs = list.json.docs as Array<{ reference: string; files: Array<number | { id: number; filename: string }> }>
    expect(docs.map((d) => d.reference)).toEqual([requestB.reference])
    const populated = docs[0].files.filter((f) => typeof f === 'object') as Array<{ id: number }>
    expect(populated.map((f) => f.id)).toEqual([fileB.id])
    expect(JSON.stringify(list.json)).not.toContain(fileA.filename)
    const one = await rest.call('GET', `/submissions/${requestB.id}?depth=2`, { token: token.agentB })
    expect(one.status).toBe(200)
    expect(JSON.stringify(one.json)).not.toContain(fileA.filename)
    const refused = await rest.call('GET', `/submissions/${requestA.id}?depth=2`, { token: token.agentB })
    expect(refused.status).toBe(404)
    expect(JSON.stringify(refused.json)).not.toContain(requestA.reference)
  })

  it('exports (CSV and XLSX): no row of A, not even when asked for by organisation or form', async () => {
    const queries = ['', `?where[organisation][equals]=${orgA}`, '?form=aide-sociale', `?where[id][equals]=${requestA.id}`]
    for (const query of queries) {
      const csv = await rest.call('GET', `/submissions/export.csv${query}`, { token: token.agentB })
      expect(csv.status).toBe(200)
      const text = csv.bytes.toString('utf8')
      expect(text).not.toContain(requestA.reference)
      expect(text).not.toContain(fileA.filename)
      expect(text).not.toContain('avis-imposition')
      expect(text.includes(requestB.reference)).toBe(query === '')

      const xlsx = await rest.call('GET', `/submissions/export.xlsx${query}`, { token: token.agentB })
      expect(xlsx.status).toBe(200)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer)
      const cells: string[] = []
      workbook.worksheets[0].eachRow((r) => r.eachCell((c) => cells.push(String(c.value))))
      expect(cells).not.toContain(requestA.reference)
      expect(cells.join('|')).not.toContain(fileA.filename)
      expect(cells.includes(requestB.reference)).toBe(query === '')
    }
    // Positive control: the agent of A does export A's request.
    const own = await rest.call('GET', '/submissions/export.csv', { token: token.agentA })
    expect(own.bytes.toString('utf8')).toContain(requestA.reference)
  })
})

describe('media refuse SVG', () => {
  const upload = (name: string, type: string, data: Buffer | string) => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Illustration' }))
    form.append('file', new Blob([new Uint8Array(Buffer.from(data))], { type }), name)
    return rest.call('POST', '/media', { token: token.communication, form })
  }
  const messageOf = (res: Awaited<ReturnType<typeof upload>>) => JSON.stringify(res.json)

  it.each([
    ['an SVG holding a script', 'dessin.svg', 'image/svg+xml', SCRIPT_SVG],
    ['a plain SVG', 'logo.svg', 'image/svg+xml', PLAIN_SVG],
    ['an SVG disguised as a PNG', 'photo.png', 'image/png', SCRIPT_SVG],
  ])('refuses %s with a French message, storing nothing', async (_what, name, type, data) => {
    const before = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const res = await upload(name, type, data)
    expect(res.status).toBe(400)
    expect(messageOf(res)).toContain('Les images SVG ne sont pas acceptées')
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('still takes a PNG, served inline but never sniffed', async () => {
    const res = await upload('carte.png', 'image/png', await samplePng())
    expect(res.status).toBe(201)
    const filename = (res.json.doc as { filename: string }).filename
    const served = await rest.call('GET', `/media/file/${filename}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(served.headers.get('content-disposition')).toBeNull()
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('an SVG stored before this rule is a sandboxed download, never a page with script', async () => {
    const dir = path.join(booted.uploadsDir, 'media')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'ancien.svg'), SCRIPT_SVG)
    await payload.db.create({ collection: 'media', data: { alt: 'Ancien logo', filename: 'ancien.svg', mimeType: 'image/svg+xml', filesize: SCRIPT_SVG.length }, req: {} as never })
    const served = await rest.call('GET', '/media/file/ancien.svg')
    expect(served.status).toBe(200)
    expect(served.headers.get('content-disposition')).toBe('attachment')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
  })
})
