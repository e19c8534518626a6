/**
 * service-public.fr import on the real Payload (throw-away database): fills the procedures,
 * flags them for review when a fiche changes, and never writes half an import.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { zipSync } from 'fflate'
import type { Payload } from 'payload'

import type { Procedure } from '../../src/payload-types'
import { importFiches } from '../../src/servicePublic/importFiches'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { createOrganisations } from '../helpers/organisations'
import { restClient } from '../helpers/rest'
import { createRoleUsers, PASSWORD } from '../helpers/users'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

const FIXTURES = path.resolve('test/fixtures/service-public')
const FICHES = path.join(FIXTURES, 'fiches')
const MALFORMED = path.join(FIXTURES, 'malformed')

let booted: BootedPayload
let payload: Payload
let rest: ReturnType<typeof restClient>
let token: string
let tmp: string
const ids: Record<string, number> = {}

const get = (key: string) => payload.findByID({ collection: 'procedures', id: ids[key]!, depth: 0, overrideAccess: true }) as Promise<Procedure>
const allProcedures = async () => JSON.stringify((await payload.find({ collection: 'procedures', pagination: false, depth: 0, sort: 'id', overrideAccess: true })).docs)

/** What the import may change on each procedure (not updatedAt: a compensating write moves it). */
const importedState = async () =>
  JSON.stringify(
    (await payload.find({ collection: 'procedures', pagination: false, depth: 0, sort: 'id', overrideAccess: true })).docs.map((d) => [
      d.id,
      { ...d.servicePublic, services: d.servicePublic?.services?.map(({ id: _id, ...rest }) => rest) },
      d.servicePublicNeedsReview,
      d.servicePublicReviewedAt,
    ]),
  )

/** A copy of the sample fiches where one fiche got a newer important modification. */
function fichesWithNewerF1427(date: string): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'fiches-'))
  for (const f of fs.readdirSync(FICHES)) fs.copyFileSync(path.join(FICHES, f), path.join(dir, f))
  const file = path.join(dir, 'F1427.xml')
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/dateDerniereModificationImportante="[^"]+"/, `dateDerniereModificationImportante="${date}"`))
  return dir
}

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-import-'))
  const { commune: orgId } = await createOrganisations(payload, 'commune')
  const domain = await payload.create({ collection: 'domains', data: { title: 'État civil', slug: 'etat-civil', order: 1, description: 'Actes.', icon: 'civil' } as never, overrideAccess: true })
  const make = async (key: string, servicePublicCode: string | null) => {
    const doc = await payload.create({
      collection: 'procedures',
      data: { title: `Démarche ${key}`, domain: domain.id, organisation: orgId, summary: 'Résumé.', servicePublicCode, _status: 'published' },
      overrideAccess: true,
    })
    ids[key] = doc.id as number
  }
  await make('naissance', 'F1427')
  await make('naissance-bis', 'F1427')
  await make('listes', 'F1367')
  await make('urbanisme', 'F1633')
  await make('identite', 'F1341')
  await make('sans-fiche', null)
  const users = await createRoleUsers(payload, orgId)
  rest = restClient(booted.config)
  token = await rest.login(users.communication.email, PASSWORD)
})

afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true })
  await booted?.shutdown()
})

describe('importing service-public.fr fiches', () => {
  it('refuses a set with bad and missing files, lists each with its reason, and writes nothing', async () => {
    const before = await allProcedures()
    const report = await importFiches(payload, MALFORMED)
    expect(report.ok).toBe(false)
    expect(report.procedures).toEqual([])
    const byFile = Object.fromEntries(report.problems.map((p) => [p.file, p.reason]))
    expect(Object.keys(byFile).sort()).toEqual(['F1341.xml', 'F1367.xml', 'F1427.xml', 'F1633.xml'])
    expect(byFile['F1341.xml']).toContain('fichier absent')
    expect(byFile['F1341.xml']).toContain('« Démarche identite »')
    expect(byFile['F1427.xml']).toContain('XML mal formé')
    expect(byFile['F1367.xml']).toContain('<Publication> absent')
    expect(byFile['F1633.xml']).toContain('type « Courrier » inconnu')
    expect(await allProcedures()).toBe(before)
  })

  it('reports a path that does not exist', async () => {
    const report = await importFiches(payload, path.join(tmp, 'absent'))
    expect(report.ok).toBe(false)
    expect(report.problems).toEqual([{ file: path.join(tmp, 'absent'), reason: 'fichier ou dossier introuvable' }])
  })

  it('fills every procedure that cites a fiche, and flags them for a first review', async () => {
    const now = new Date('2026-01-15T10:00:00Z')
    const report = await importFiches(payload, FICHES, { now })
    expect(report.problems).toEqual([])
    expect(report.ok).toBe(true)
    expect(report.procedures.map((p) => p.title).sort()).toEqual(['Démarche identite', 'Démarche listes', 'Démarche naissance', 'Démarche naissance-bis', 'Démarche urbanisme'])

    const listes = await get('listes')
    expect(listes.servicePublic).toMatchObject({
      ficheCode: 'F1367',
      title: 'Inscription sur les listes électorales',
      url: 'https://www.service-public.fr/particuliers/vosdroits/F1367',
      importedAt: now.toISOString(),
    })
    expect(new Date(listes.servicePublic!.modifiedAt!).toISOString()).toBe('2025-02-14T08:30:00.000Z')
    expect(listes.servicePublic!.summary).toContain('Pour voter')
    expect(listes.servicePublic!.services!.map((s) => [s.kind, s.title, s.cerfa ?? null])).toEqual([
      ['teleservice', 'Inscription sur les listes électorales en ligne', null],
      ['formulaire', "Demande d'inscription sur les listes électorales", '12669*03'],
    ])
    expect(listes.servicePublicNeedsReview).toBe(true)
    expect((await get('naissance-bis')).servicePublic?.ficheCode).toBe('F1427')
    expect((await get('sans-fiche')).servicePublic?.importedAt ?? null).toBeNull()
    expect((await get('sans-fiche')).servicePublicNeedsReview).toBe(false)
  })

  it('clears the flag when staff tick "J\'ai relu la fiche", through the REST API', async () => {
    const res = await rest.call('PATCH', `/procedures/${ids.naissance}`, { token, body: { servicePublicMarkReviewed: true } })
    expect(res.status).toBe(200)
    const naissance = await get('naissance')
    expect(naissance.servicePublicNeedsReview).toBe(false)
    expect(naissance.servicePublicMarkReviewed).toBe(false)
    expect(Date.now() - new Date(naissance.servicePublicReviewedAt!).getTime()).toBeLessThan(60_000)
    const toReview = await payload.find({ collection: 'procedures', where: { servicePublicNeedsReview: { equals: true } }, depth: 0, overrideAccess: true })
    expect(toReview.docs.map((d) => d.id)).not.toContain(ids.naissance)
    expect(toReview.docs.map((d) => d.id)).toContain(ids['naissance-bis'])
  })

  it('keeps the imported data out of staff hands (read-only through the API)', async () => {
    const res = await rest.call('PATCH', `/procedures/${ids.listes}`, { token, body: { servicePublic: { title: 'Titre inventé', modifiedAt: '2000-01-01T00:00:00Z' } } })
    expect(res.status).toBe(200)
    const listes = await get('listes')
    expect(listes.servicePublic?.title).toBe('Inscription sur les listes électorales')
    expect(listes.servicePublicNeedsReview).toBe(true)
  })

  it('flags a reviewed procedure again when its fiche changes later, and leaves unchanged fiches alone', async () => {
    const listesBefore = await get('listes')
    const report = await importFiches(payload, fichesWithNewerF1427('2099-05-01T08:00:00+02:00'))
    expect(report.ok).toBe(true)
    const naissance = await get('naissance')
    expect(naissance.servicePublicNeedsReview).toBe(true)
    expect(new Date(naissance.servicePublic!.modifiedAt!).toISOString()).toBe('2099-05-01T06:00:00.000Z')
    expect(report.procedures.find((p) => p.id === ids.naissance)).toMatchObject({ changed: true, needsReview: true })
    expect(report.procedures.find((p) => p.id === ids.listes)).toMatchObject({ changed: false })
    expect((await get('listes')).updatedAt).toBe(listesBefore.updatedAt)
  })

  it('leaves the flag off when the fiche changed before the last review', async () => {
    await rest.call('PATCH', `/procedures/${ids.naissance}`, { token, body: { servicePublicReviewedAt: '2099-06-01T00:00:00.000Z' } })
    expect((await get('naissance')).servicePublicNeedsReview).toBe(false)
    await importFiches(payload, fichesWithNewerF1427('2099-05-20T08:00:00Z'))
    expect((await get('naissance')).servicePublicNeedsReview).toBe(false)
  })

  it('imports one fiche file on its own, and a .zip of the folder', async () => {
    const single = await importFiches(payload, path.join(FICHES, 'F1427.xml'))
    expect(single.ok).toBe(true)
    expect(single.procedures.map((p) => p.code)).toEqual(['F1427', 'F1427'])
    expect(new Date((await get('naissance')).servicePublic!.modifiedAt!).toISOString()).toBe('2025-03-12T08:30:00.000Z')

    const files: Record<string, Uint8Array> = {}
    for (const f of fs.readdirSync(FICHES)) files[`vosdroits-latest/${f}`] = new Uint8Array(fs.readFileSync(path.join(FICHES, f)))
    const zip = path.join(tmp, 'vosdroits-latest.zip')
    fs.writeFileSync(zip, zipSync(files))
    const zipped = await importFiches(payload, zip)
    expect(zipped.problems).toEqual([])
    expect(zipped.procedures).toHaveLength(5)
  })

  it('puts back what it wrote when a write fails half-way (transaction, or compensation on SQLite)', async () => {
    const before = await importedState()
    const naissanceBefore = await get('naissance')
    const naissanceBisBefore = await get('naissance-bis')
    const original = payload.update
    // Fails the first write of the second procedure (by id), whatever the number of writes per
    // procedure (a pending draft takes two): the first procedure is then fully written.
    const writtenIds: Array<number | string> = []
    let failedOn: number | string | undefined
    payload.update = (async (args: Parameters<Payload['update']>[0]) => {
      const id = (args as { id?: number | string }).id!
      if (failedOn === undefined && writtenIds.length > 0 && !writtenIds.includes(id)) {
        failedOn = id
        throw new Error('disque plein (simulé)')
      }
      if (!writtenIds.includes(id)) writtenIds.push(id)
      return original.call(payload, args as never)
    }) as never
    try {
      const report = await importFiches(payload, fichesWithNewerF1427('2100-01-01T00:00:00Z'), { now: new Date('2100-02-01T00:00:00Z') })
      // Two procedures cite F1427: the first was written, the second failed.
      const first = writtenIds[0]
      expect([ids.naissance, ids['naissance-bis']]).toContain(first)
      expect(failedOn).toBe(first === ids.naissance ? ids['naissance-bis'] : ids.naissance)
      expect(report.ok).toBe(false)
      expect(report.procedures).toEqual([])
      expect(report.problems[0]!.reason).toContain('aucune démarche modifiée')
    } finally {
      payload.update = original
    }
    // The first procedure, written then put back, holds its previous fiche and flag again.
    const firstKey = writtenIds[0] === ids.naissance ? 'naissance' : 'naissance-bis'
    const firstBefore = firstKey === 'naissance' ? naissanceBefore : naissanceBisBefore
    const firstAfter = await get(firstKey)
    expect(new Date(firstAfter.servicePublic!.modifiedAt!).toISOString()).toBe(new Date(firstBefore.servicePublic!.modifiedAt!).toISOString())
    expect(firstAfter.servicePublic?.importedAt).toBe(firstBefore.servicePublic?.importedAt)
    expect(firstAfter.servicePublicNeedsReview).toBe(firstBefore.servicePublicNeedsReview)
    expect(await importedState()).toBe(before)
  })

  it('refuses a folder holding the same fiche twice, names both files, and writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'doublon-'))
    fs.mkdirSync(path.join(dir, 'ancien'))
    fs.mkdirSync(path.join(dir, 'nouveau'))
    for (const f of fs.readdirSync(FICHES)) fs.copyFileSync(path.join(FICHES, f), path.join(dir, 'ancien', f))
    fs.copyFileSync(path.join(FICHES, 'F1427.xml'), path.join(dir, 'nouveau', 'F1427.xml'))
    const before = await allProcedures()
    const report = await importFiches(payload, dir)
    expect(report.ok).toBe(false)
    expect(report.procedures).toEqual([])
    expect(report.problems).toEqual([
      {
        file: 'F1427.xml',
        reason: `fiche présente 2 fois dans ${dir} : « ${path.join('ancien', 'F1427.xml')} » et « ${path.join('nouveau', 'F1427.xml')} » ; gardez-en un seul exemplaire`,
      },
    ])
    expect(await allProcedures()).toBe(before)
  })

  it("drops the old code's fiche and its review when staff change or empty the code, until the next import", async () => {
    await importFiches(payload, FICHES)
    await rest.call('PATCH', `/procedures/${ids.listes}`, { token, body: { servicePublicMarkReviewed: true } })
    expect((await get('listes')).servicePublicReviewedAt).toBeTruthy()

    const res = await rest.call('PATCH', `/procedures/${ids.listes}`, { token, body: { servicePublicCode: 'F1341' } })
    expect(res.status).toBe(200)
    const changed = await get('listes')
    expect(changed.servicePublicCode).toBe('F1341')
    expect(changed.servicePublic?.importedAt ?? null).toBeNull()
    expect(changed.servicePublic?.services ?? []).toEqual([])
    expect(changed.servicePublicReviewedAt ?? null).toBeNull()
    expect(changed.servicePublicNeedsReview).toBe(false)

    const report = await importFiches(payload, FICHES)
    expect(report.ok).toBe(true)
    const reimported = await get('listes')
    expect(reimported.servicePublic?.ficheCode).toBe('F1341')
    expect(reimported.servicePublicNeedsReview).toBe(true)

    await rest.call('PATCH', `/procedures/${ids.listes}`, { token, body: { servicePublicMarkReviewed: true } })
    await rest.call('PATCH', `/procedures/${ids.listes}`, { token, body: { servicePublicCode: '' } })
    const emptied = await get('listes')
    expect(emptied.servicePublicCode || null).toBeNull()
    expect(emptied.servicePublic?.importedAt ?? null).toBeNull()
    expect(emptied.servicePublicReviewedAt ?? null).toBeNull()
    expect(emptied.servicePublicNeedsReview).toBe(false)

    // Put the procedure back as the other tests know it.
    await rest.call('PATCH', `/procedures/${ids.listes}`, { token, body: { servicePublicCode: 'F1367' } })
    await importFiches(payload, FICHES)
    expect((await get('listes')).servicePublic?.ficheCode).toBe('F1367')
  })

  it("stores the procedure's code and the imported fiche's code apart: neither overwrites the other on save or re-read", async () => {
    const base = await get('naissance')
    const doc = await payload.create({
      collection: 'procedures',
      data: { title: 'Démarche deux codes', domain: base.domain as number, organisation: base.organisation as number, summary: 'Résumé.', servicePublicCode: 'F1367', _status: 'published' },
      overrideAccess: true,
    })
    const codes = (p: Procedure) => ({ servicePublicCode: p.servicePublicCode ?? null, ficheCode: p.servicePublic?.ficheCode ?? null })
    const read = async () => codes((await payload.findByID({ collection: 'procedures', id: doc.id, depth: 0, overrideAccess: true })) as Procedure)
    expect((await importFiches(payload, FICHES, { procedureIds: [doc.id] })).ok).toBe(true)
    expect(await read()).toEqual({ servicePublicCode: 'F1367', ficheCode: 'F1367' })

    // Staff type another code: the old fiche goes (its code with it), the typed code stays. In one
    // shared column, the emptied fiche's code (null) and the typed code would be one value.
    const res = await rest.call('PATCH', `/procedures/${doc.id}`, { token, body: { servicePublicCode: 'F1341' } })
    expect(res.status).toBe(200)
    expect(codes((res.json as unknown as { doc: Procedure }).doc)).toEqual({ servicePublicCode: 'F1341', ficheCode: null })
    expect(await read()).toEqual({ servicePublicCode: 'F1341', ficheCode: null })
    const draft = await payload.findByID({ collection: 'procedures', id: doc.id, depth: 0, draft: true, overrideAccess: true })
    expect(codes(draft as Procedure)).toEqual({ servicePublicCode: 'F1341', ficheCode: null })
    await rest.call('PATCH', `/procedures/${doc.id}`, { token, body: { title: 'Démarche deux codes (relue)' } })
    expect(await read()).toEqual({ servicePublicCode: 'F1341', ficheCode: null })

    // Below the hooks (database adapter only), writing the procedure's code alone leaves the fiche's.
    expect((await importFiches(payload, FICHES, { procedureIds: [doc.id] })).ok).toBe(true)
    expect(await read()).toEqual({ servicePublicCode: 'F1341', ficheCode: 'F1341' })
    await payload.db.updateOne({ collection: 'procedures', id: doc.id, data: { servicePublicCode: 'F1444' } })
    expect(await read()).toEqual({ servicePublicCode: 'F1444', ficheCode: 'F1341' })
    // Clean-up: deleteMany, which the MongoDB test server has (it lacks findOneAndDelete)
    await payload.db.deleteMany({ collection: 'procedures', where: { id: { equals: doc.id } } })
  })

  it('never publishes a pending draft: the published page and the draft both get the fiche', async () => {
    const base = await get('naissance')
    const make = (title: string, code: string, status: 'published' | 'draft') =>
      payload.create({
        collection: 'procedures',
        data: { title, domain: base.domain as number, organisation: base.organisation as number, summary: 'Résumé.', servicePublicCode: code, _status: status },
        overrideAccess: true,
      })
    const published = await make('Démarche publiée', 'F1444', 'published')
    await payload.update({ collection: 'procedures', id: published.id, draft: true, data: { title: 'Titre en cours de rédaction', _status: 'draft' }, overrideAccess: true })
    const neverPublished = await make('Démarche jamais publiée', 'F1432', 'draft')

    const report = await importFiches(payload, FICHES)
    expect(report.ok).toBe(true)

    const main = await payload.findByID({ collection: 'procedures', id: published.id, depth: 0, overrideAccess: true })
    expect(main.title).toBe('Démarche publiée')
    expect(main._status).toBe('published')
    expect(main.servicePublic?.ficheCode).toBe('F1444')
    expect(main.servicePublicNeedsReview).toBe(true)
    const draft = await payload.findByID({ collection: 'procedures', id: published.id, depth: 0, draft: true, overrideAccess: true })
    expect(draft.title).toBe('Titre en cours de rédaction')
    expect(draft._status).toBe('draft')
    expect(draft.servicePublic?.ficheCode).toBe('F1444')
    const visitor = await rest.call('GET', `/procedures/${published.id}?depth=0`)
    expect((visitor.json as { title: string }).title).toBe('Démarche publiée')

    const unpublished = await payload.findByID({ collection: 'procedures', id: neverPublished.id, depth: 0, draft: true, overrideAccess: true })
    expect(unpublished._status).toBe('draft')
    expect(unpublished.servicePublic?.ficheCode).toBe('F1432')
    expect((await rest.call('GET', `/procedures/${neverPublished.id}`)).status).not.toBe(200)
  })
})
