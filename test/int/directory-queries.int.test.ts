/**
 * Directory reads of the citizen site (src/site/directoryQueries.ts) on the real Payload:
 * pending entries never public, accent-insensitive search, category and letter filters,
 * pagination, map markers.
 */
import type { Payload } from 'payload'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { createOrganisations } from '../helpers/organisations'
import { createRoleUsers } from '../helpers/users'

let booted: BootedPayload
let payload: Payload
let queries: typeof import('../../src/site/directoryQueries')

const association = (name: string, category: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'associations',
    data: { name, category, status: 'published', location: [-2.73, 47.68], ...extra } as never,
    overrideAccess: true,
  })

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  queries = await import('../../src/site/directoryQueries')
  await association('Étoile sportive de Kerlann', 'sport', { description: { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Football et futsal pour tous', version: 1 }] }] } } })
  await association('Cercle celtique Bro Kerlann', 'culture')
  await association('Les Randonneurs du Loc’h', 'loisirs', { location: undefined })
  await association('Kerlann Handball', 'sport')
  await association('Association secrète', 'sport', { status: 'pending' })
  for (let i = 1; i <= 23; i += 1) await association(`Zèbres ${String(i).padStart(2, '0')}`, 'jeunesse', { location: undefined })
})

afterAll(async () => booted?.shutdown())

const query = (overrides: Partial<{ q: string; category: string; letter: string; page: number }> = {}) => ({ q: '', category: '', letter: '', page: 1, ...overrides })

describe('directory queries', () => {
  it('never shows a pending entry, in lists, detail or map', async () => {
    const all = await queries.listDirectory('associations', query(), 100)
    expect(all.totalDocs).toBe(27)
    expect(all.docs.map((d) => d.name)).not.toContain('Association secrète')
    expect(await queries.getDirectoryEntry('associations', 'association-secrete')).toBeNull()
    expect(await queries.directoryEntryExists('associations', 'association-secrete')).toBe(false)
    expect(await queries.directoryEntryExists('associations', 'kerlann-handball')).toBe(true)
    expect((await queries.listMapMarkers(['associations'])).map((m) => m.name)).not.toContain('Association secrète')
  })

  it('searches without accents or case, every word required, in the description too', async () => {
    expect((await queries.listDirectory('associations', query({ q: 'ETOILE sportive' }))).docs.map((d) => d.slug)).toEqual(['etoile-sportive-de-kerlann'])
    expect((await queries.listDirectory('associations', query({ q: 'futsal' }))).docs.map((d) => d.name)).toEqual(['Étoile sportive de Kerlann'])
    expect((await queries.listDirectory('associations', query({ q: 'kerlann celtique' }))).docs.map((d) => d.name)).toEqual(['Cercle celtique Bro Kerlann'])
    expect((await queries.listDirectory('associations', query({ q: 'tennis' }))).totalDocs).toBe(0)
  })

  it('filters by category and by initial (accents ignored: É is under E)', async () => {
    const sport = await queries.listDirectory('associations', query({ category: 'sport' }))
    expect(sport.docs.map((d) => d.name)).toEqual(['Étoile sportive de Kerlann', 'Kerlann Handball'])
    expect((await queries.listDirectory('associations', query({ letter: 'E' }))).docs.map((d) => d.name)).toEqual(['Étoile sportive de Kerlann'])
    expect((await queries.listDirectory('associations', query({ letter: 'K', category: 'culture' }))).totalDocs).toBe(0)
  })

  it('paginates by 20, sorted by name without accents', async () => {
    const first = await queries.listDirectory('associations', query())
    expect(first.docs).toHaveLength(20)
    expect(first.totalPages).toBe(2)
    expect(first.docs.slice(0, 3).map((d) => d.name)).toEqual(['Cercle celtique Bro Kerlann', 'Étoile sportive de Kerlann', 'Kerlann Handball'])
    const second = await queries.listDirectory('associations', query({ page: 2 }))
    expect(second.docs.map((d) => d.name)).toEqual(['Zèbres 17', 'Zèbres 18', 'Zèbres 19', 'Zèbres 20', 'Zèbres 21', 'Zèbres 22', 'Zèbres 23'])
    expect((await queries.listDirectory('associations', query({ page: 9 }))).docs).toEqual([])
  })

  it('drops unknown parameters instead of failing', () => {
    expect(queries.readDirectoryQuery('associations', { q: 'a'.repeat(300), categorie: 'inconnue', lettre: 'é', page: '-4' })).toEqual({ q: 'a'.repeat(200), category: '', letter: '', page: 1 })
    expect(queries.readDirectoryQuery('businesses', { categorie: 'restauration', lettre: 'b', page: '3' })).toEqual({ q: '', category: 'restauration', letter: 'B', page: 3 })
  })

  it('gives map markers only for entries with a position, as [lng, lat] read back', async () => {
    const markers = await queries.listMapMarkers(['associations'])
    expect(markers.map((m) => m.name).sort()).toEqual(['Cercle celtique Bro Kerlann', 'Kerlann Handball', 'Étoile sportive de Kerlann'].sort())
    expect(markers[0]).toMatchObject({ kind: 'associations', lat: 47.68, lng: -2.73 })
  })

  it('shows pending entries to communication staff but not to agents', async () => {
    const { commune: orgId } = await createOrganisations(payload, 'commune')
    const users = await createRoleUsers(payload, orgId)
    const where = { slug: { equals: 'association-secrete' } }
    const asCommunication = await payload.find({ collection: 'associations', where, overrideAccess: false, user: users.communication })
    const asAgent = await payload.find({ collection: 'associations', where, overrideAccess: false, user: users.agent })
    expect(asCommunication.totalDocs).toBe(1)
    expect(asAgent.totalDocs).toBe(0)
  })
})
