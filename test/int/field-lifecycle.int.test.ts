/**
 * A field type's lifecycle through real step posts (issue #12, decision 0033): files are the first
 * user — `prepare` stores what a post carries, `release` deletes what the form session no longer
 * refers to, and nothing a stored request links is ever deleted.
 */
import type { Payload } from 'payload'

import type { FileFieldConfig } from '../../blocks/fields/file'
import type { GroupFieldConfig } from '../../blocks/fields/group'
import { releaseDropped } from '../../src/forms/engine'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { samplePdf, samplePng } from '../helpers/files'
import { formClient } from '../helpers/formClient'
import { createOrganisations } from '../helpers/organisations'

let booted: BootedPayload
let payload: Payload
const client = () => formClient(payload, '198.51.100.77')

const photo: FileFieldConfig = { blockType: 'file', label: 'Photo', name: 'photo', accept: ['png', 'pdf'], required: false }
const pieces: GroupFieldConfig = {
  blockType: 'group',
  label: 'Pièces',
  name: 'pieces',
  itemLabel: 'Pièce',
  minItems: 0,
  maxItems: 5,
  fields: [{ blockType: 'file', label: 'Scan', name: 'scan', accept: ['pdf'], required: true } as FileFieldConfig],
}

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  const { mairie: orgId } = await createOrganisations(payload, 'mairie')
  await payload.create({
    collection: 'forms',
    overrideAccess: true,
    data: {
      title: 'Pièces justificatives',
      slug: 'pieces-justificatives',
      organisation: orgId,
      steps: [
        { title: 'Vos pièces', fields: [photo, pieces] },
        { title: 'Vous', fields: [{ blockType: 'email', label: 'Courriel', name: 'courriel', required: true }] },
      ],
      _status: 'published',
    } as never,
  })
})
afterAll(async () => booted?.shutdown())

const png = async (name = 'photo.png') => new File([new Uint8Array(await samplePng())], name, { type: 'image/png' })
const pdf = async (name: string) => new File([new Uint8Array(await samplePdf(name))], name, { type: 'application/pdf' })
const session = async (token: string) =>
  (await payload.find({ collection: 'form-sessions', where: { token: { equals: token } }, overrideAccess: true, depth: 0 })).docs[0].answers as Record<string, unknown>
const fileIds = (value: unknown): string[] => (Array.isArray(value) ? value.map((f: { id: number | string }) => String(f.id)) : [])
const exists = async (id: string) => (await payload.count({ collection: 'submission-files', where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

describe('file fields: prepare and release', () => {
  it('a file replaced on a later post is deleted; the new one is kept', async () => {
    const first = await client().post('pieces-justificatives', { action: 'suivant', etape: '1', photo: await png('avant.png') })
    const [before] = fileIds((await session(first.session!)).photo)
    expect(await exists(before)).toBe(true)
    const again = await client().post('pieces-justificatives', { action: 'suivant', etape: '1', session: first.session!, photo: await png('apres.png') })
    expect(again.session).toBe(first.session)
    const [after] = fileIds((await session(first.session!)).photo)
    expect(after).not.toBe(before)
    expect(await exists(after)).toBe(true)
    expect(await exists(before)).toBe(false)
  })

  it('a refused upload keeps the file accepted earlier, stored and in the session', async () => {
    const first = await client().post('pieces-justificatives', { action: 'suivant', etape: '1', photo: await png() })
    const [kept] = fileIds((await session(first.session!)).photo)
    const refused = await client().post('pieces-justificatives', {
      action: 'suivant',
      etape: '1',
      session: first.session!,
      photo: new File([new TextEncoder().encode('pas une image')], 'faux.png', { type: 'image/png' }),
    })
    expect(refused.location).toContain('etape=1')
    const answers = await session(first.session!)
    expect(fileIds(answers.photo)).toEqual([kept])
    expect(await exists(kept)).toBe(true)
  })

  it('removing a group item deletes its file; the item that moves up keeps its own', async () => {
    const posted = await client().post('pieces-justificatives', {
      action: 'suivant',
      etape: '1',
      'pieces.__items': '2',
      'pieces.0.scan': await pdf('premiere.pdf'),
      'pieces.1.scan': await pdf('seconde.pdf'),
    })
    const items = (await session(posted.session!)).pieces as Array<{ scan: unknown }>
    const [firstScan, secondScan] = items.map((item) => fileIds(item.scan)[0])
    expect(await exists(firstScan)).toBe(true)
    const removed = await client().post('pieces-justificatives', { action: 'retirer:pieces:0', etape: '1', session: posted.session!, 'pieces.__items': '2' })
    expect(removed.location).toContain('#pieces')
    const left = (await session(posted.session!)).pieces as Array<{ scan: unknown }>
    expect(left.map((item) => fileIds(item.scan)[0])).toEqual([secondScan])
    expect(await exists(firstScan)).toBe(false)
    expect(await exists(secondScan)).toBe(true)
  })

  it('a preview (the check step with JavaScript) gives nothing back: files of items it does not post stay stored and in the session', async () => {
    const posted = await client().post('pieces-justificatives', { action: 'suivant', etape: '1', 'pieces.__items': '1', 'pieces.0.scan': await pdf('gardee.pdf') })
    const [scan] = ((await session(posted.session!)).pieces as Array<{ scan: unknown }>).map((item) => fileIds(item.scan)[0])
    // The page's preview posts no file and, here, no item of the group: read as a send would, not kept.
    const preview = await client().post('pieces-justificatives', { action: 'apercu', etape: '2', session: posted.session!, 'pieces.__items': '0', courriel: 'a@example.fr' })
    expect(preview.status).toBe(200)
    expect(await exists(scan)).toBe(true)
    expect(((await session(posted.session!)).pieces as Array<{ scan: unknown }>).map((item) => fileIds(item.scan)[0])).toEqual([scan])
  })

  it('a file that a stored request links is never deleted by a release', async () => {
    const sent = await client().post('pieces-justificatives', { action: 'envoyer-tout', etape: '2', photo: await png(), courriel: 'usager@example.fr' })
    expect(sent.followUp).toBeTruthy()
    const request = (await payload.find({ collection: 'submissions', where: { followUpToken: { equals: sent.followUp } }, overrideAccess: true, depth: 0 })).docs[0]
    const answer = (request.answers as Record<string, unknown>).photo
    await releaseDropped(payload, [photo], { photo: answer }, {})
    expect(await exists(fileIds(answer)[0])).toBe(true)
  })

  it('a file posted under no file field of the step is never stored', async () => {
    const before = (await payload.count({ collection: 'submission-files', overrideAccess: true })).totalDocs
    await client().post('pieces-justificatives', { action: 'suivant', etape: '1', courriel: await png('intrus.png'), inconnu: await png('autre.png') })
    expect((await payload.count({ collection: 'submission-files', overrideAccess: true })).totalDocs).toBe(before)
  })
})
