/**
 * The PLU of issue #16 through Payload: archive imports (the real 30014 and 41175, broken ones),
 * revisions and who reads them, cadastre (the real 91216) and BAN imports, the lookups over HTTP,
 * the map data and a déclaration préalable with a parcel field. Adapter-neutral (Local API only).
 */
import { handleEndpoints } from 'payload'

import { parcelle, type ParcelleValue } from '../../blocks/fields/parcelle'
import { answerLines } from '../../src/forms/summary'
import { importAddresses, importCadastre } from '../../src/urbanism/importCadastre'
import { importPluArchive } from '../../src/urbanism/importPlu'
import { DEMO_PLU_IDURBA } from '../../src/seed/plu'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { pdfFile } from '../helpers/files'
import { formClient } from '../helpers/formClient'
import { smallArchiveFiles, zipArchive, SMALL_IDURBA } from '../helpers/pluArchive'
import { realdataPath } from '../helpers/realdata'
import { restClient } from '../helpers/rest'
import { createRoleUsers, PASSWORD } from '../helpers/users'

// Runs on the MongoDB test server too (~25 s there): the only suite storing and reading the PLU
// (relationship filters, `in`, `contains`, access returning a query) on MongoDB.

let booted: BootedPayload
let rest: ReturnType<typeof restClient>
let agentToken: string
const revisions: Record<string, number | string> = {}

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  process.env.FORM_RATE_LIMIT_PER_MINUTE = '1000000'
  const { docs } = await booted.payload.find({ collection: 'organisations', limit: 1, depth: 0, overrideAccess: true })
  const users = await createRoleUsers(booted.payload, docs[0].id)
  rest = restClient(booted.config)
  agentToken = await rest.login(users.agent.email, PASSWORD)
}, 120_000)

afterAll(async () => booted?.shutdown())

type Slug = 'plu-revisions' | 'plu-zones' | 'plu-overlays' | 'documents' | 'cadastre-sections' | 'addresses'
const count = async (collection: Slug) => (await booted.payload.count({ collection, overrideAccess: true })).totalDocs
const counts = async () => Object.fromEntries(await Promise.all((['plu-revisions', 'plu-zones', 'plu-overlays', 'documents'] as const).map(async (c) => [c, await count(c)])))
const get = (path: string, token?: string) => rest.call('GET', path, { token })
const body = (res: { json: unknown }) => res.json as Record<string, unknown> & { error?: string; field?: string; zones?: Array<Record<string, unknown>>; prescriptions?: Array<Record<string, unknown>>; docs?: Array<Record<string, unknown>>; totalDocs?: number }

describe('PLU import and revisions', () => {
  it('the demo town starts with its demo PLU in force, readable by the public', async () => {
    const res = await get('/plu-revisions')
    expect(res.status).toBe(200)
    expect(body(res).docs?.map((d) => d.idurba)).toEqual([DEMO_PLU_IDURBA])
    revisions.demo = body(res).docs![0].id as number
  })

  it('refuses the real 30014 archive without --accepter-avertissements: its defects listed in French, nothing written', async () => {
    const before = await counts()
    const result = await importPluArchive(booted.payload, realdataPath('plu/30014_PLU_20171013'))
    expect(result.imported).toBe(false)
    expect(result.problems.filter((p) => p.severity === 'erreur')).toEqual([])
    expect(result.problems.filter((p) => p.layer === 'INFO_SURF' && p.field === 'IDURBA')).toHaveLength(18)
    expect(result.problems.some((p) => /\(04, 99\)|04-99|04.*99/.test(p.message))).toBe(true)
    expect(await counts()).toEqual(before)
  })

  it('imports it with the flag: 90 zones with their rule page, the overlays, the warnings in the report; it replaces the demo', async () => {
    const result = await importPluArchive(booted.payload, realdataPath('plu/30014_PLU_20171013'), { acceptWarnings: true })
    expect(result).toMatchObject({ imported: true, zones: 90, overlays: 77 + 15 + 93 + 18 + 6, idurba: '30014_PLU_20171013' })
    revisions.p30014 = result.revisionId!
    const revision = await booted.payload.findByID({ collection: 'plu-revisions', id: result.revisionId!, overrideAccess: true })
    expect(revision).toMatchObject({ state: 'current', zoneCount: 90 })
    expect(revision.report).toHaveLength(result.problems.length)
    expect((await booted.payload.findByID({ collection: 'plu-revisions', id: revisions.demo, overrideAccess: true })).state).toBe('previous')
    const ucp = await booted.payload.find({ collection: 'plu-zones', where: { and: [{ label: { equals: 'Ucp' } }, { revision: { equals: result.revisionId } }] }, overrideAccess: true, limit: 1 })
    expect(ucp.docs[0]).toMatchObject({ type: 'U', longLabel: 'Zone urbaine soumise à des prescriptions architecturales particulières', regulationFile: '30014_reglement_20171013.pdf', regulationPage: 24 })
  }, 120_000)

  it('while it is in force: line and point prescriptions within 15 m of a point, and those crossing or in a parcel', async () => {
    const overlays = async (shape: 'line' | 'point') =>
      (await booted.payload.find({ collection: 'plu-overlays', where: { and: [{ revision: { equals: revisions.p30014 } }, { shape: { equals: shape } }, { kind: { equals: 'prescription' } }] }, overrideAccess: true, pagination: false, sort: 'row' })).docs
    // Plane approximation in metres around the commune (44° N).
    const kx = 111_320 * Math.cos((44 * Math.PI) / 180)
    const ky = 110_574
    // A segment longer than 12 m of a line prescription, whose middle, 8 m aside, is inside the PLU.
    const segments = (await overlays('line')).flatMap((o) => {
      const g = o.geometry as { type: string; coordinates: number[][] | number[][][] }
      const lines = g.type === 'MultiLineString' ? (g.coordinates as number[][][]) : [g.coordinates as number[][]]
      return lines.flatMap((l) => l.slice(1).map((b, i) => ({ line: o, a: l[i], b })))
    })
    const measured = segments.map(({ line, a, b }) => {
      const len = Math.hypot((b[0] - a[0]) * kx, (b[1] - a[1]) * ky)
      const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]
      const normal = [(-(b[1] - a[1]) * ky) / len, ((b[0] - a[0]) * kx) / len]
      return { line, len, mid, at: (metres: number) => [mid[0] + (normal[0] * metres) / kx, mid[1] + (normal[1] * metres) / ky] }
    })
    let chosen: (typeof measured)[number] | undefined
    for (const m of measured.filter((m) => m.len > 30)) {
      if ((await get(`/plu/zone?lon=${m.at(8)[0]}&lat=${m.at(8)[1]}`)).status === 200) {
        chosen = m
        break
      }
    }
    expect(chosen).toBeDefined()
    const { line, mid, at } = chosen!
    const dot = (await overlays('point'))[0]
    const ids = (res: { json: unknown }) => (body(res).prescriptions ?? []).map((p) => p.id)
    const near = await get(`/plu/zone?lon=${at(8)[0]}&lat=${at(8)[1]}`)
    expect(near.status).toBe(200)
    expect(ids(near)).toContain(line.id)
    expect(ids(await get(`/plu/zone?lon=${at(40)[0]}&lat=${at(40)[1]}`))).not.toContain(line.id)
    const [px, py] = (dot.geometry as { coordinates: number[] }).coordinates as number[]
    const besideDot = await get(`/plu/zone?lon=${px + 10 / kx}&lat=${py}`)
    if (besideDot.status === 200) expect(ids(besideDot)).toContain(dot.id)
    // Parcels of this commune: one the line crosses (its box, 6 m around the middle of a segment
    // longer than 30 m, holds none of the line's vertices), one holding the point.
    const square = (x: number, y: number, m: number) => box(x - m / kx, y - m / ky, x + m / kx, y + m / ky)
    const cadastre = { type: 'FeatureCollection', features: [feature('30014000ZZ0001', square(mid[0], mid[1], 6)), feature('30014000ZZ0002', square(px, py, 5))] }
    expect(await importCadastre(booted.payload, JSON.stringify(cadastre))).toMatchObject({ imported: true, count: 2 })
    expect(ids(await get('/plu/zone?parcelle=30014000ZZ0001'))).toContain(line.id)
    expect(ids(await get('/plu/zone?parcelle=30014000ZZ0002'))).toContain(dot.id)
    expect(ids(await get('/plu/zone?parcelle=30014000ZZ0002'))).not.toContain(line.id)
  })

  it('imports the real 41175 archive (2014 model); the public reads only it, staff read the previous revisions too', async () => {
    const result = await importPluArchive(booted.payload, realdataPath('plu/41175_PLU_20140603'), { acceptWarnings: true })
    expect(result).toMatchObject({ imported: true, zones: 118 })
    revisions.p41175 = result.revisionId!
    const publicZones = await get(`/plu-zones?limit=1&where[revision][equals]=${revisions.p30014}`)
    expect(body(publicZones).totalDocs).toBe(0)
    expect(body(await get('/plu-zones?limit=1')).totalDocs).toBe(118)
    expect(body(await get('/plu-revisions')).docs?.map((d) => d.id)).toEqual([revisions.p41175])
    const staffZones = await get(`/plu-zones?limit=1&where[revision][equals]=${revisions.p30014}`, agentToken)
    expect(body(staffZones).totalDocs).toBe(90)
    const staffRevisions = body(await get('/plu-revisions?sort=importedAt', agentToken)).docs!
    expect(staffRevisions.map((r) => [r.idurba, r.state])).toEqual([
      [DEMO_PLU_IDURBA, 'previous'],
      ['30014_PLU_20171013', 'previous'],
      [result.idurba, 'current'],
    ])
    // Only admins import: an agent cannot write a revision.
    expect((await rest.call('POST', '/plu-revisions', { token: agentToken, body: { idurba: 'x', importedAt: new Date().toISOString(), state: 'current' } })).status).toBe(403)
  }, 120_000)

  it.each([
    ['without ZONE_URBA', async () => Object.fromEntries(Object.entries(await smallArchiveFiles()).filter(([name]) => !/ZONE_URBA/.test(name))), /Couche ZONE_URBA absente/],
    ['with a zip entry escaping the archive', async () => ({ ...(await smallArchiveFiles()), '../evil.txt': 'x' }), /./],
    ['with a truncated .shp', async () => {
      const files = await smallArchiveFiles()
      const shp = Object.keys(files).find((n) => n.endsWith('ZONE_URBA_20200101.shp'))!
      return { ...files, [shp]: (files[shp] as Buffer).subarray(0, 150) }
    }, /./],
  ])('refuses an archive %s: errors in French, nothing written', async (_label, build, message) => {
    const before = await counts()
    const result = await importPluArchive(booted.payload, zipArchive(await build()), { acceptWarnings: true })
    expect(result.imported).toBe(false)
    const errors = result.problems.filter((p) => p.severity === 'erreur')
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.map((p) => p.message).join(' ')).toMatch(message)
    expect(await counts()).toEqual(before)
  })

  it('imports a small archive with its regulation PDF stored as a document, links resolved to its pages', async () => {
    const result = await importPluArchive(booted.payload, zipArchive(await smallArchiveFiles()))
    expect(result.problems).toEqual([])
    expect(result).toMatchObject({ imported: true, zones: 2, overlays: 1, documents: 1, idurba: SMALL_IDURBA })
    revisions.small = result.revisionId!
  })
})

/** The two small zones' bounding boxes (WGS84), to place parcels and addresses in them. */
async function smallZoneBoxes() {
  const { docs } = await booted.payload.find({ collection: 'plu-zones', where: { revision: { equals: revisions.small } }, overrideAccess: true, sort: 'row' })
  return docs.map((z) => {
    const ring = (z.geometry as { coordinates: number[][][][] }).coordinates[0][0]
    const xs = ring.map((p) => p[0])
    const ys = ring.map((p) => p[1])
    return { label: z.label, w: Math.min(...xs), s: Math.min(...ys), e: Math.max(...xs), n: Math.max(...ys) }
  })
}

const feature = (id: string, ring: number[][]) => ({
  type: 'Feature',
  id,
  properties: { id, commune: id.slice(0, 5), prefixe: id.slice(5, 8), section: id.slice(8, 10), numero: id.slice(10), contenance: 900 },
  geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] },
})
const box = (w: number, s: number, e: number, n: number) => [[w, s], [e, s], [e, n], [w, n]]

describe('cadastre and addresses', () => {
  it('imports the real 91216 cadastre: 4 241 parcels, stored by section', async () => {
    const { readFileSync } = await import('node:fs')
    const result = await importCadastre(booted.payload, readFileSync(realdataPath('cadastre/cadastre-91216-parcelles.json'), 'utf8'))
    expect(result).toMatchObject({ imported: true, count: 4241 })
    const sections = await booted.payload.find({ collection: 'cadastre-sections', where: { commune: { equals: '91216' } }, pagination: false, overrideAccess: true, depth: 0 })
    expect(sections.docs.reduce((n, s) => n + (s.parcelCount ?? 0), 0)).toBe(4241)
    // A real parcel found by id, outside the PLU in force: a French 404, not a 5xx.
    const res = await get('/plu/zone?parcelle=91216000AB0037')
    expect(res.status).toBe(404)
    expect(body(res).error).toMatch(/en dehors du territoire couvert par le PLU/)
  }, 120_000)

  it('refuses a cadastre file with a bad row: nothing written', async () => {
    const before = await count('cadastre-sections')
    const bad = JSON.stringify({ type: 'FeatureCollection', features: [feature('56206000ZZ0001', box(0, 0, 1, 1)), { type: 'Feature', properties: { id: 'nope' }, geometry: null }] })
    const result = await importCadastre(booted.payload, bad)
    expect(result.imported).toBe(false)
    expect(result.problems[0]).toMatchObject({ severity: 'erreur', row: 2 })
    expect(await count('cadastre-sections')).toBe(before)
  })

  it('imports parcels and BAN addresses of the small PLU’s commune', async () => {
    const [ua, n] = await smallZoneBoxes()
    const dx = (ua.e - ua.w) / 10
    const dy = (ua.n - ua.s) / 10
    const cadastre = {
      type: 'FeatureCollection',
      features: [
        feature('56206000AB0001', box(ua.w + 6 * dx, ua.s + 6 * dy, ua.w + 8 * dx, ua.s + 8 * dy)), // inside Ua
        feature('56206000AB0002', box(ua.w + 8 * dx, ua.s + 2 * dy, n.w + 1 * dx, ua.s + 4 * dy)), // 2/3 Ua, 1/3 N
        feature('56206000AB0003', box(ua.w + 2 * dx, ua.s + 2 * dy, ua.w + 3 * dx, ua.s + 3 * dy)), // in Ua, under the prescription
      ],
    }
    expect(await importCadastre(booted.payload, JSON.stringify(cadastre))).toMatchObject({ imported: true, count: 3 })
    const csv = [
      'id;numero;rep;nom_voie;code_postal;code_insee;nom_commune;lon;lat',
      `56206_0001_00012;12;;Rue de la Mairie;56890;56206;Saint-Avé;${ua.w + 7 * dx};${ua.s + 7 * dy}`,
      `56206_0002_00003;3;bis;Chemin du Bois;56890;56206;Saint-Avé;${n.w + 5 * dx};${n.s + 5 * dy}`,
      `56206_0003_00001;1;;Route de Nantes;56890;56206;Saint-Avé;${ua.w - 50 * dx};${ua.s}`,
    ].join('\n')
    expect(await importAddresses(booted.payload, csv)).toMatchObject({ imported: true, count: 3 })
    const before = await count('addresses')
    const bad = await importAddresses(booted.payload, `${csv}\n56206_0004_00001;x;;Rue;56890;56206;Saint-Avé;1;2`)
    expect(bad.imported).toBe(false)
    expect(bad.problems[0]).toMatchObject({ row: 5, field: 'numero' })
    expect(await count('addresses')).toBe(before)
  })
})

describe('the lookup over HTTP', () => {
  it('a point: zone, its rule in the stored regulation PDF at its page, the prescription there', async () => {
    const [ua] = await smallZoneBoxes()
    const dx = (ua.e - ua.w) / 10
    const dy = (ua.n - ua.s) / 10
    const res = await get(`/plu/zone?lon=${ua.w + 3 * dx}&lat=${ua.s + 3 * dy}`)
    expect(res.status).toBe(200)
    const zone = body(res).zones![0] as { label: string; regulation: { href: string; page: number } }
    expect(zone.label).toBe('Ua')
    expect(zone.regulation.page).toBe(2)
    expect(zone.regulation.href).toMatch(/^\/api\/documents\/file\/56206_reglement_20200101(-\d+)?\.pdf#page=2$/)
    expect(body(res).prescriptions?.map((p) => p.label)).toEqual(['EBC'])
    const pdf = await get(zone.regulation.href.replace(/^\/api/, '').replace(/#.*$/, ''))
    expect(pdf.status).toBe(200)
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('a parcel by section and number: its zones with their share', async () => {
    const res = await get('/plu/zone?section=ab&numero=2')
    expect(res.status).toBe(200)
    const zones = body(res).zones as Array<{ label: string; share: number }>
    expect(zones.map((z) => z.label)).toEqual(['Ua', 'N'])
    // About 2/3 Ua: the zones are Lambert-93 squares, turned by the meridian convergence in lon/lat.
    expect(zones[0].share).toBeGreaterThan(0.55)
    expect(zones[0].share).toBeLessThan(0.9)
    expect(zones[0].share + zones[1].share).toBeCloseTo(1, 2)
    expect(body(await get('/plu/zone?parcelle=56206000AB0001')).zones?.map((z) => z.label)).toEqual(['Ua'])
  })

  it('an address of the imported BAN, typed loosely', async () => {
    const res = await get(`/plu/zone?adresse=${encodeURIComponent('12 r. de la mairie 56890 Saint-Avé')}`)
    expect(res.status).toBe(200)
    expect(body(res)).toMatchObject({ address: '12 Rue de la Mairie, 56890 Saint-Avé' })
    expect(body(res).zones?.map((z) => z.label)).toEqual(['Ua'])
    expect(body(await get(`/plu/zone?adresse=${encodeURIComponent('3 bis chemin du bois')}`)).zones?.map((z) => z.label)).toEqual(['N'])
  })

  it.each([
    ['an unknown address', '/plu/zone?adresse=99%20rue%20inconnue', 404, 'adresse', /introuvable/],
    ['an address outside the PLU', `/plu/zone?adresse=${encodeURIComponent('1 route de Nantes')}`, 404, 'adresse', /en dehors du territoire/],
    ['a parcel that does not exist', '/plu/zone?section=AB&numero=9999', 404, 'numero', /n'existe pas/],
    ['a malformed section', '/plu/zone?section=A%2FB!&numero=3', 400, 'section', /Section .* invalide/],
    ['a malformed number', '/plu/zone?section=AB&numero=trois', 400, 'numero', /Numéro .* invalide/],
    ['a section without number', '/plu/zone?section=AB', 400, 'numero', /Indiquez le numéro/],
    ['a malformed parcel id', '/plu/zone?parcelle=12', 400, 'parcelle', /invalide/],
    ['a point outside the commune', '/plu/zone?lon=2.35&lat=48.85', 404, 'point', /en dehors du territoire/],
    ['malformed coordinates', '/plu/zone?lon=abc&lat=47', 400, 'point', /Coordonnées invalides/],
    ['out-of-range coordinates', '/plu/zone?lon=500&lat=47', 400, 'point', /Coordonnées invalides/],
    ['no question', '/plu/zone', 400, 'adresse', /Indiquez une adresse/],
  ])('%s → HTTP status with a French message for its field', async (_label, path, status, field, message) => {
    const res = await get(path)
    expect(res.status).toBe(status)
    expect(body(res)).toMatchObject({ field })
    expect(body(res).error).toMatch(message)
  })

  it('the parcels for the form’s map: of a section (the town’s first), near a point; cached; bad input in French', async () => {
    type Parcels = { parcels: Array<{ id: string; section: string; numero: string; geometry: { type: string; coordinates: number[][][][] } }> }
    const ofSection = await get('/plu/parcelles?section=ab')
    expect(ofSection.status).toBe(200)
    expect(ofSection.headers.get('cache-control')).toMatch(/public, max-age=/)
    // The demo town has a section AB too: the PLU's commune (56206) wins.
    expect((ofSection.json as Parcels).parcels.map((p) => [p.id, p.section, p.numero])).toEqual([
      ['56206000AB0001', 'AB', '1'],
      ['56206000AB0002', 'AB', '2'],
      ['56206000AB0003', 'AB', '3'],
    ])
    expect((ofSection.json as Parcels).parcels[0].geometry.type).toBe('MultiPolygon')
    const [ua] = await smallZoneBoxes()
    const near = (await get(`/plu/parcelles?lon=${(ua.w + ua.e) / 2}&lat=${(ua.s + ua.n) / 2}`)).json as Parcels
    expect(near.parcels.map((p) => p.id).sort()).toEqual(['56206000AB0001', '56206000AB0002', '56206000AB0003'])
    // 2 km away: the 300 m around it hold none of them.
    expect(((await get(`/plu/parcelles?lon=${ua.w + 0.03}&lat=${ua.s}`)).json as Parcels).parcels).toEqual([])
    for (const [path, status, message] of [
      ['/plu/parcelles', 400, /Indiquez une section/],
      ['/plu/parcelles?lon=abc&lat=47', 400, /Indiquez une section/],
      ['/plu/parcelles?section=', 400, /Indiquez la section/],
      ['/plu/parcelles?section=Q%2F!', 404, /inconnue/],
      ['/plu/parcelles?section=QQ', 404, /inconnue/],
    ] as const) {
      const res = await get(path)
      expect([path, res.status]).toEqual([path, status])
      expect(body(res).error).toMatch(message)
    }
  })

  it('the map data: simplified geometries, cached and revalidated by ETag', async () => {
    const res = await get('/plu/carte')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toMatch(/max-age=/)
    const data = res.json as { revision: string; zones: Array<{ label: string; geometry: { coordinates: number[][][][] } }>; overlays: unknown[] }
    expect(data.revision).toBe(String(revisions.small))
    expect(data.zones.map((z) => z.label)).toEqual(['Ua', 'N'])
    for (const [x, y] of data.zones[0].geometry.coordinates[0][0]) expect([x, y].every((c) => Math.round(c * 1e5) / 1e5 === c)).toBe(true)
    const etag = res.headers.get('etag')!
    const again = await handleEndpoints({ config: booted.config, path: '/api/plu/carte', request: new Request('http://localhost:3000/api/plu/carte', { headers: { 'If-None-Match': etag } }) })
    expect(again.status).toBe(304)
  })
})

describe('a déclaration préalable with a parcel field', () => {
  const SLUG = 'declaration-prealable'
  const values = async () => ({
    action: 'envoyer-tout',
    etape: '1',
    nom: 'Yann Le Goff',
    'parcelle.section': 'ab',
    'parcelle.numero': '2',
    nature: 'abri_de_jardin',
    description: 'Abri de jardin en bois de 12 m².',
    dossier: await (async () => {
      const f = await pdfFile('dp.pdf')
      return new File([new Uint8Array(f.data)], f.name, { type: f.mimetype })
    })(),
    courriel: 'yann@example.fr',
  })

  it('refuses a parcel that does not exist, with a French message beside the field', async () => {
    const sent = await formClient(booted.payload, '198.51.100.40').post(SLUG, { ...(await values()), 'parcelle.numero': '9999' })
    expect(sent.followUp).toBeUndefined()
    expect(sent.status).toBeLessThan(500)
  })

  it('the JavaScript check step (preview) reads the parcel as the send does: no "not answered"', async () => {
    const { dossier: _file, ...rest } = await values()
    const sent = await formClient(booted.payload, '198.51.100.42').post(SLUG, { ...rest, action: 'apercu' }, { headers: { Accept: 'application/json' } })
    expect(sent.status).toBe(200)
    const answer = JSON.parse(await sent.text()) as { errors: Array<{ inputId: string; message: string }>; steps: Array<{ rows: Array<{ label: string; lines: string[] }> }> }
    expect(answer.errors.filter((e) => e.inputId.includes('parcelle'))).toEqual([])
    expect(answer.steps[0].rows.find((r) => r.label === 'Parcelle du terrain')?.lines[0]).toBe('Parcelle AB 2 (56206000AB0002), 900 m²')
    const unknown = await formClient(booted.payload, '198.51.100.42').post(SLUG, { ...rest, action: 'apercu', 'parcelle.numero': '9999' }, { headers: { Accept: 'application/json' } })
    expect((JSON.parse(await unknown.text()) as typeof answer).errors.find((e) => e.inputId.includes('parcelle'))?.message).toMatch(/n'existe pas/)
  })

  it('stores the parcel id and the zones it touches, shown to agents and in the export', async () => {
    const sent = await formClient(booted.payload, '198.51.100.41').post(SLUG, await values())
    expect(sent.followUp).toBeTruthy()
    const { docs } = await booted.payload.find({ collection: 'submissions', where: { followUpToken: { equals: sent.followUp } }, overrideAccess: true, depth: 0 })
    const answer = (docs[0].answers as Record<string, unknown>).parcelle as ParcelleValue
    expect(answer).toMatchObject({ id: '56206000AB0002', section: 'AB', numero: '0002', plu: SMALL_IDURBA })
    expect(answer.zones.map((z) => z.label)).toEqual(['Ua', 'N'])
    const lines = answerLines(docs[0].formVersion as never, docs[0].answers as never).find((l) => l.label === 'Parcelle du terrain')!
    expect(lines.lines[0]).toBe('Parcelle AB 2 (56206000AB0002), 900 m²')
    expect(lines.lines[1]).toMatch(/^Zones du PLU : Ua — Zone urbaine dense \(\d+ %\) ; N — Zone naturelle \(\d+ %\)$/)
    expect(parcelle.display({ blockType: 'parcelle' }, answer, () => [])).toEqual(lines.lines)
  })
})
