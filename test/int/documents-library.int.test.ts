/**
 * The imprimés library queries of the citizen site (src/site/queries.ts) on the real Payload:
 * accent-insensitive search, domain filter, back-links to the published procedures only.
 */
import { searchWords } from '../../src/lib/searchText'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { pdfFile } from '../helpers/files'
import { createOrganisations } from '../helpers/organisations'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

// Imported once Payload is booted: the site modules load the config, which reads DATABASE_URL.
let queries: typeof import('../../src/site/queries')
let documentPathExists: typeof import('../../src/site/publicPathExists')['documentPathExists']
const listDocuments = (...args: Parameters<typeof queries.listDocuments>) => queries.listDocuments(...args)
const getDocumentBySlug = (slug: string) => queries.getDocumentBySlug(slug)
const listProceduresUsingDocument = (id: number) => queries.listProceduresUsingDocument(id)

let booted: BootedPayload
const ids: Record<string, number> = {}

beforeAll(async () => {
  booted = await bootPayload()
  queries = await import('../../src/site/queries')
  ;({ documentPathExists } = await import('../../src/site/publicPathExists'))
  const p = booted.payload
  const { commune: orgId } = await createOrganisations(p, 'commune')
  const domain = async (slug: string, title: string) =>
    (ids[slug] = (await p.create({ collection: 'domains', data: { title, slug, description: title, icon: 'civil', order: 1 } as never, overrideAccess: true })).id as number)
  await domain('etat-civil', 'État civil')
  await domain('reservation', 'Réservation')
  const doc = async (slug: string, title: string, description: string, domainSlug: string) =>
    (ids[slug] = (
      await p.create({ collection: 'documents', data: { slug, title, description, domain: ids[domainSlug] }, file: await pdfFile(`${slug}.pdf`), overrideAccess: true })
    ).id as number)
  await doc('acte', "Demande d'acte d'état civil", 'Copie intégrale ou extrait de naissance, de mariage ou de décès.', 'etat-civil')
  await doc('salle', "Réservation d'une salle municipale", 'Salle des fêtes et salles de réunion.', 'reservation')
  await doc('materiel', 'Prêt de matériel', 'Tables, chaises et barnums pour une fête.', 'reservation')
  const procedure = async (title: string, documents: number[], status: 'published' | 'draft') =>
    p.create({
      collection: 'procedures',
      data: { title, domain: ids['etat-civil'], organisation: orgId, summary: 'Résumé.', documents, _status: status },
      overrideAccess: true,
    })
  await procedure('Demander un acte de naissance', [ids.acte!], 'published')
  await procedure('Demander un acte de décès', [ids.acte!, ids.salle!], 'published')
  await procedure('Démarche en préparation', [ids.acte!], 'draft')
})

afterAll(async () => booted?.shutdown())

const titles = (docs: Array<{ title: string }>) => docs.map((d) => d.title)

describe('imprimés library', () => {
  it('lists every imprimé by title when nothing is asked', async () => {
    expect(titles(await listDocuments())).toEqual(["Demande d'acte d'état civil", 'Prêt de matériel', "Réservation d'une salle municipale"])
  })

  it.each([
    ['ETAT civil', ["Demande d'acte d'état civil"]],
    ['deces', ["Demande d'acte d'état civil"]],
    ['FÊTE', ["Prêt de matériel", "Réservation d'une salle municipale"]],
    ['salle fetes', ["Réservation d'une salle municipale"]],
    ['piscine', []],
  ])('searches "%s" ignoring accents and case', async (query, expected) => {
    expect(titles(await listDocuments({ words: searchWords(query) }))).toEqual(expected)
  })

  it('filters by domain, alone or with words', async () => {
    expect(titles(await listDocuments({ domainId: ids.reservation }))).toEqual(['Prêt de matériel', "Réservation d'une salle municipale"])
    expect(titles(await listDocuments({ domainId: ids.reservation, words: searchWords('tables') }))).toEqual(['Prêt de matériel'])
    expect(titles(await listDocuments({ domainId: ids['etat-civil'], words: searchWords('tables') }))).toEqual([])
  })

  it('gives size and page count with each imprimé', async () => {
    const [doc] = await listDocuments({ words: ['acte'] })
    expect(doc!.filesize).toBeGreaterThan(500)
    expect(doc!.pageCount).toBe(1)
    expect(doc!.mimeType).toBe('application/pdf')
  })

  it('finds an imprimé by slug and the published procedures that use it (never drafts)', async () => {
    const doc = await getDocumentBySlug('acte')
    expect(doc?.title).toBe("Demande d'acte d'état civil")
    expect(titles(await listProceduresUsingDocument(doc!.id))).toEqual(['Demander un acte de décès', 'Demander un acte de naissance'])
    expect(titles(await listProceduresUsingDocument(ids.materiel!))).toEqual([])
    expect(await getDocumentBySlug('inconnu')).toBeNull()
    expect(await documentPathExists('salle')).toBe(true)
    expect(await documentPathExists('inconnu')).toBe(false)
  })
})
