/**
 * Issue 11, item 13 (decision 0019): the RGPD export (GET /api/submissions/personal-data) finds a
 * person's requests whatever the case of the address typed, with the records of the e-mails sent
 * about them, and includes the directory proposals made with that address. Through Payload's real REST handler, as an admin.
 */
import type { Payload } from 'payload'

import { loadPublishedForm } from '../../src/forms/loadForm'
import { submitForm } from '../../src/submissions/submit'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { restClient } from '../helpers/rest'
import { createRoleUsers, PASSWORD } from '../helpers/users'

let booted: BootedPayload
let payload: Payload
let rest: ReturnType<typeof restClient>
let adminToken: string

type Export = {
  email: string
  requests: Array<{ reference: string; answers: Record<string, unknown>; emails: Array<{ sentAt: string; kind: string; to: string; subject: string; failed: boolean }> }>
  directoryProposals: Array<{ reference: string; name: string; requesterEmail: string; directory: string }>
}

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  payload = booted.payload
  process.env.OUTBOX_DIR = `${booted.uploadsDir}/../outbox`
  const organisation = (await payload.find({ collection: 'organisations', limit: 1, overrideAccess: true })).docs[0]
  const users = await createRoleUsers(payload, organisation.id)
  rest = restClient(booted.config)
  adminToken = await rest.login(users.admin.email, PASSWORD)
}, 120_000)

afterAll(async () => booted?.shutdown())

async function pothole(email: string, description = 'Nid-de-poule') {
  const form = (await loadPublishedForm(payload, 'signalement-voirie'))!
  return submitForm(payload, form, {
    type_probleme: 'eclairage_public',
    lieu: { rue: '1 rue de la Gare', codePostal: '56890', commune: 'Kerlann' },
    description,
    courriel: email,
  })
}

const exportOf = async (email: string) => {
  const res = await rest.call('GET', `/submissions/personal-data?email=${encodeURIComponent(email)}`, { token: adminToken })
  expect(res.status).toBe(200)
  return res.json as unknown as Export
}

describe('RGPD export of one person', () => {
  it('finds a request stored as Camille.Martin@Example.fr when searched as camille.martin@example.fr (and in any case)', async () => {
    const receipt = await pothole('Camille.Martin@Example.fr', 'Trou rue de la Gare')
    await pothole('someone.else@example.fr')
    for (const searched of ['camille.martin@example.fr', 'CAMILLE.MARTIN@EXAMPLE.FR', ' Camille.Martin@Example.fr ']) {
      const body = await exportOf(searched)
      expect(body.requests.map((r) => r.reference)).toEqual([receipt.reference])
      expect(body.requests[0].answers.description).toBe('Trou rue de la Gare')
    }
    // The records of the e-mails sent about that request (never their body), the other person's not.
    const { emails } = (await exportOf('camille.martin@example.fr')).requests[0]
    expect(emails).toContainEqual({ sentAt: expect.any(String), kind: 'acknowledgement', to: 'Camille.Martin@Example.fr', subject: expect.stringContaining(receipt.reference), failed: false })
    expect(emails.every((e) => e.to !== 'someone.else@example.fr')).toBe(true)
    expect(JSON.stringify(emails)).not.toMatch(/suivi\//)
  })

  it('finds a request stored before the lower-case copy existed (no copy: matched on the address itself)', async () => {
    const receipt = await pothole('Yann.Le-Bihan@Example.fr')
    // Fixture only: the row as an older version stored it, without the copy.
    await payload.db.updateOne({ collection: 'submissions', id: receipt.id, data: { requesterEmailKey: null }, returning: false })
    const body = await exportOf('yann.le-bihan@example.fr')
    expect(body.requests.map((r) => r.reference)).toEqual([receipt.reference])
    // `like` matches parts of words: an address containing this one is not the same person.
    await pothole('ann.le-bihan@example.fr')
    expect((await exportOf('ann.le-bihan@example.fr')).requests).toHaveLength(1)
  })

  it('includes the directory proposals made with that address, whatever its case', async () => {
    const form = (await loadPublishedForm(payload, 'referencer-mon-association'))!
    const receipt = await submitForm(payload, form, {
      prenom: 'Camille',
      nom: 'Martin',
      courriel: 'Camille.Martin@Example.fr',
      consentement: true,
      denomination: 'Les Amis du Lavoir',
      categorie: 'culture',
      presentation: 'Restauration du lavoir communal.',
    })
    const body = await exportOf('camille.martin@example.fr')
    expect(body.requests.map((r) => r.reference)).toContain(receipt.reference)
    expect(body.directoryProposals).toEqual([
      expect.objectContaining({ reference: receipt.reference, name: 'Les Amis du Lavoir', requesterEmail: 'Camille.Martin@Example.fr', directory: 'associations' }),
    ])
    const log = await payload.find({ collection: 'audit-log', where: { action: { equals: 'export' } }, sort: '-createdAt', limit: 1, overrideAccess: true })
    expect(log.docs[0].summary).toMatch(/1 proposition\(s\) d'annuaire/)
    expect((await exportOf('someone.else@example.fr')).directoryProposals).toEqual([])
  })
})
