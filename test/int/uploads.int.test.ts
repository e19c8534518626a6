/** Citizens' files: judged by content, images re-encoded without metadata, bombs refused, private. */
import fs from 'node:fs'

import sharp from 'sharp'

import { fileRules } from '../../blocks/fields/file'
import { storeUploadedFiles } from '../../src/forms/uploads'
import type { BaseFieldConfig } from '../../src/forms/types'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { samplePdf } from '../helpers/files'
import { restClient } from '../helpers/rest'
import { createRoleUsers, PASSWORD } from '../helpers/users'

let booted: BootedPayload
let orgId: number | string
let otherOrgId: number | string

beforeAll(async () => {
  booted = await bootPayload()
  orgId = (await booted.payload.create({ collection: 'organisations', data: { name: 'CCAS', slug: 'ccas', email: 'ccas@test.fr' }, overrideAccess: true })).id
  otherOrgId = (await booted.payload.create({ collection: 'organisations', data: { name: 'SIAEP', slug: 'siaep', email: 's@test.fr' }, overrideAccess: true })).id
})
afterAll(async () => booted?.shutdown())

const fields: BaseFieldConfig[] = [
  { blockType: 'file', name: 'photo', label: 'Photo', accept: ['jpeg', 'png'], maxSizeMb: 5, maxFiles: 1 },
  { blockType: 'file', name: 'pieces', label: 'Pièces', accept: ['pdf'], maxSizeMb: 1, maxFiles: 2 },
]

const store = (entries: Array<[string, Buffer, string, string]>, organisationId = orgId) => {
  const formData = new FormData()
  for (const [name, bytes, filename, type] of entries) formData.append(name, new File([new Uint8Array(bytes)], filename, { type }))
  return storeUploadedFiles(booted.payload, { fields, formData, organisationId, rulesOf: (f) => fileRules(f as never) })
}

describe('uploaded files', () => {
  it('re-encodes photos and drops their metadata (GPS, camera…)', async () => {
    const withExif = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#884422' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Appareil de test', Make: 'Kerlann Cam' } })
      .toBuffer()
    expect((await sharp(withExif).metadata()).exif).toBeDefined()
    const result = await store([['photo', withExif, 'IMG_0001.jpg', 'image/jpeg']])
    expect(result.fileErrors).toEqual({})
    const ref = result.files.photo[0]
    expect(ref.filename).toBe('IMG_0001.jpg')
    const stored = await booted.payload.findByID({ collection: 'submission-files', id: ref.id, overrideAccess: true })
    expect(stored.filename).not.toContain('IMG_0001') // random name on disk
    const onDisk = fs.readFileSync(`${booted.uploadsDir}/private/submission-files/${stored.filename}`)
    expect((await sharp(onDisk).metadata()).exif).toBeUndefined()
  })

  it('refuses by content: a PDF renamed .jpg, a text named .pdf, a truncated PDF', async () => {
    const pdf = await samplePdf()
    expect((await store([['photo', pdf, 'photo.jpg', 'image/jpeg']])).fileErrors.photo).toMatch(/n'est pas d'un type accepté \(JPEG, PNG\)/)
    expect((await store([['pieces', Buffer.from('bonjour'), 'faux.pdf', 'application/pdf']])).fileErrors.pieces).toMatch(/type accepté/)
    expect((await store([['pieces', pdf.subarray(0, 200), 'coupe.pdf', 'application/pdf']])).fileErrors.pieces).toMatch(/illisible/)
  })

  it('refuses pixel bombs, oversize and too many files', async () => {
    // A PNG whose header claims 20000 × 20000 pixels (400 Mpx): refused before decoding.
    const header = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } }).png().toBuffer()
    const bomb = Buffer.from(header)
    bomb.writeUInt32BE(20000, 16)
    bomb.writeUInt32BE(20000, 20)
    expect((await store([['photo', bomb, 'bombe.png', 'image/png']])).fileErrors.photo).toMatch(/illisible ou trop grande/)
    const big = Buffer.concat([await samplePdf(), Buffer.alloc(1_100_000)])
    expect((await store([['pieces', big, 'gros.pdf', 'application/pdf']])).fileErrors.pieces).toMatch(/taille maximale/)
    const pdf = await samplePdf()
    const three = await store([['pieces', pdf, 'a.pdf', 'application/pdf'], ['pieces', pdf, 'b.pdf', 'application/pdf'], ['pieces', pdf, 'c.pdf', 'application/pdf']])
    expect(three.fileErrors.pieces).toMatch(/2 fichiers au maximum/)
  })

  it('ignores files sent for no file field of the step', async () => {
    const before = await booted.payload.count({ collection: 'submission-files', overrideAccess: true })
    await store([['intrus', await samplePdf(), 'x.pdf', 'application/pdf']])
    expect((await booted.payload.count({ collection: 'submission-files', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('are private: anonymous and communication staff read nothing, agents only their organisation', async () => {
    await store([['pieces', await samplePdf(), 'autre-org.pdf', 'application/pdf']], otherOrgId)
    const users = await createRoleUsers(booted.payload, orgId)
    const rest = restClient(booted.config)
    const list = await rest.call('GET', '/submission-files')
    expect(list.status).toBe(403)
    const { docs } = await booted.payload.find({ collection: 'submission-files', limit: 1, overrideAccess: true })
    const download = await rest.call('GET', `/submission-files/file/${docs[0].filename}`)
    expect(download.status).toBe(403)
    const comm = await rest.call('GET', '/submission-files', { token: await rest.login(users.communication.email, PASSWORD) })
    expect(comm.status).toBe(403)
    const agent = await rest.call('GET', '/submission-files?limit=100', { token: await rest.login(users.agent.email, PASSWORD) })
    expect(agent.status).toBe(200)
    const orgs = (agent.json.docs as Array<{ organisation: number | { id: number } }>).map((d) => (typeof d.organisation === 'object' ? d.organisation.id : d.organisation))
    expect(orgs.length).toBeGreaterThan(0)
    expect(orgs.every((o) => o === orgId)).toBe(true)
    const subs = await rest.call('GET', '/submissions')
    expect(subs.status).toBe(403)
  })
})
