/** Citizens' files: judged by content, images re-encoded without metadata, bombs refused, private. */
import fs from 'node:fs'

import sharp from 'sharp'

import type { FileFieldConfig } from '../../blocks/fields/file'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { prepareFiles, samplePdf } from '../helpers/files'
import { blankPng, PHOTO_GPS, photoWithGps, readGpsTags } from '../helpers/imageFixtures'
import { createOrganisations } from '../helpers/organisations'
import { restClient } from '../helpers/rest'
import { createRoleUsers, PASSWORD } from '../helpers/users'

let booted: BootedPayload
let orgId: number | string
let otherOrgId: number | string

beforeAll(async () => {
  booted = await bootPayload()
  ;({ ccas: orgId, siaep: otherOrgId } = await createOrganisations(booted.payload, 'ccas', 'siaep'))
})
afterAll(async () => booted?.shutdown())

const fields: FileFieldConfig[] = [
  { blockType: 'file', name: 'photo', label: 'Photo', accept: ['jpeg', 'png'], maxSizeMb: 5, maxFiles: 1 },
  { blockType: 'file', name: 'pieces', label: 'Pièces', accept: ['pdf'], maxSizeMb: 1, maxFiles: 2 },
]

const store = (entries: Array<[string, Buffer, string, string]>, organisationId = orgId) => {
  const formData = new FormData()
  for (const [name, bytes, filename, type] of entries) formData.append(name, new File([new Uint8Array(bytes)], filename, { type }))
  return prepareFiles(booted.payload, { fields, formData, organisationId })
}

describe('uploaded files', () => {
  it('re-encodes photos and drops their metadata (GPS, camera…)', async () => {
    const photo = await photoWithGps()
    const before = await sharp(photo).metadata()
    expect(readGpsTags(before.exif)).toEqual({
      GPSLatitudeRef: PHOTO_GPS.latitudeRef,
      GPSLatitude: PHOTO_GPS.latitude,
      GPSLongitudeRef: PHOTO_GPS.longitudeRef,
      GPSLongitude: PHOTO_GPS.longitude,
    })
    expect(before.exif?.toString('latin1')).toContain('Kerlann Cam')
    expect(before.xmp?.toString('utf8')).toContain('exif:GPSLatitude="47,39.0N"')
    const result = await store([['photo', photo, 'IMG_0001.jpg', 'image/jpeg']])
    expect(result.fileErrors).toEqual({})
    const ref = result.files.photo[0]
    expect(ref.filename).toBe('IMG_0001.jpg')
    const stored = await booted.payload.findByID({ collection: 'submission-files', id: ref.id, overrideAccess: true })
    expect(stored.filename).not.toContain('IMG_0001') // random name on disk
    const onDisk = fs.readFileSync(`${booted.uploadsDir}/private/submission-files/${stored.filename}`)
    const after = await sharp(onDisk).metadata()
    expect(after.format).toBe('jpeg')
    expect(after.exif).toBeUndefined()
    expect(after.xmp).toBeUndefined()
    expect(readGpsTags(after.exif)).toEqual({})
    expect(onDisk.toString('latin1')).not.toContain('Kerlann Cam')
    expect(onDisk.toString('latin1')).not.toContain('GPSLatitude')
  })

  it('refuses by content: a PDF renamed .jpg, a text named .pdf, a truncated PDF', async () => {
    const pdf = await samplePdf()
    expect((await store([['photo', pdf, 'photo.jpg', 'image/jpeg']])).fileErrors.photo).toMatch(/n'est pas d'un type accepté \(JPEG, PNG\)/)
    expect((await store([['pieces', Buffer.from('bonjour'), 'faux.pdf', 'application/pdf']])).fileErrors.pieces).toMatch(/type accepté/)
    expect((await store([['pieces', pdf.subarray(0, 200), 'coupe.pdf', 'application/pdf']])).fileErrors.pieces).toMatch(/illisible/)
  })

  it('refuses pixel bombs, oversize and too many files', async () => {
    // A well-formed PNG of 8000 × 6000 pixels (48 Mpx) weighing a few kilobytes: valid in every other
    // respect (it decodes when the limit is lifted), so only the pixel limit can refuse it.
    const bomb = blankPng(8000, 6000)
    expect(bomb.length).toBeLessThan(50_000)
    expect(await sharp(bomb, { limitInputPixels: false, failOn: 'error' }).png().toBuffer()).toBeInstanceOf(Buffer)
    const refused = await store([['photo', bomb, 'bombe.png', 'image/png']])
    expect(refused.fileErrors.photo).toBe(
      "L'image « bombe.png » est trop grande (plus de 40 mégapixels) : réduisez sa définition puis joignez-la de nouveau.",
    )
    expect(refused.files.photo).toBeUndefined()
    // A damaged image gets the other message.
    const damaged = Buffer.from(blankPng(40, 30))
    damaged.writeUInt32BE(41, 16) // width changed, IHDR CRC left stale
    expect((await store([['photo', damaged, 'abimee.png', 'image/png']])).fileErrors.photo).toBe("L'image « abimee.png » est illisible ou endommagée.")
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
