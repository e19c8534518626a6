/** Imprimés are accepted only when the file really is a PDF, judged by content. */
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { samplePdf } from '../helpers/files'
import { createOrganisations } from '../helpers/organisations'
import { restClient } from '../helpers/rest'
import { createRoleUsers, PASSWORD } from '../helpers/users'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

let booted: BootedPayload
let rest: ReturnType<typeof restClient>
let token: string

beforeAll(async () => {
  booted = await bootPayload()
  const { commune: orgId } = await createOrganisations(booted.payload, 'commune')
  const users = await createRoleUsers(booted.payload, orgId)
  rest = restClient(booted.config)
  token = await rest.login(users.communication.email, PASSWORD)
})

afterAll(async () => booted?.shutdown())

const upload = (bytes: Buffer, name: string, type = 'application/pdf') => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ title: `Imprimé ${name}` }))
  return rest.call('POST', '/documents', { token, form })
}

describe('documents (imprimés)', () => {
  it('stores a real PDF with its size and page count', async () => {
    const res = await upload(await samplePdf(), 'vrai.pdf')
    expect(res.status).toBe(201)
    const doc = (res.json as { doc: { filesize: number; pageCount: number; mimeType: string; slug: string } }).doc
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.pageCount).toBe(1)
    expect(doc.filesize).toBeGreaterThan(500)
    expect(doc.slug).toBe('imprime-vrai-pdf')
  })

  it.each([
    ['a text file named .pdf', Buffer.from('Ceci est un texte.'), 'faux.pdf', 'application/pdf'],
    ['a PNG renamed .pdf', Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'), 'image.pdf', 'application/pdf'],
    ['a truncated PDF', Buffer.from('%PDF-1.7\n1 0 obj\n'), 'coupe.pdf', 'application/pdf'],
  ])('refuses %s with a 400 and a French message, storing nothing', async (_label, bytes, name, type) => {
    const before = await booted.payload.count({ collection: 'documents' })
    const res = await upload(bytes, name, type)
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain("n'est pas un PDF lisible")
    const after = await booted.payload.count({ collection: 'documents' })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('is readable by anonymous visitors (public imprimés)', async () => {
    const res = await rest.call('GET', '/documents')
    expect(res.status).toBe(200)
    expect((res.json as { totalDocs: number }).totalDocs).toBeGreaterThanOrEqual(1)
  })
})
