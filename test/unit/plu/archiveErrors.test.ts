import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { zipSync } from 'fflate'
import { isImportable, type Problem } from '../../../src/plu/problems'
import { readPluArchive } from '../../../src/plu/readPluArchive'
import { PRJ, writeDbf, writePolygonLayer } from '../../helpers/shapefileWriter'

/** Small CNIG archives built here: a valid one, then one defect each. */
const IDURBA = '56206_PLU_20200101'
const ZONE_FIELDS = ['LIBELLE', 'LIBELONG', 'TYPEZONE', 'NOMFIC', 'URLFIC', 'IDURBA', 'DATVALID']
// Two 100 m squares side by side near Saint-Avé, Lambert-93.
const SQUARES: Array<Array<[number, number]>> = [
  [[250000, 6750000], [250100, 6750000], [250100, 6750100], [250000, 6750100]],
  [[250100, 6750000], [250200, 6750000], [250200, 6750100], [250100, 6750100]],
]
const ZONES = [
  { LIBELLE: 'Ua', LIBELONG: 'Zone urbaine dense', TYPEZONE: 'U', NOMFIC: '56206_reglement_20200101.pdf#page=12', URLFIC: '', IDURBA, DATVALID: '20200101' },
  { LIBELLE: 'N', LIBELONG: 'Zone naturelle', TYPEZONE: 'N', NOMFIC: '56206_reglement_20200101.pdf#page=40', URLFIC: '', IDURBA, DATVALID: '20200101' },
]

type Files = Record<string, Buffer | string>

function validFiles(): Files {
  const zone = writePolygonLayer({ rings: SQUARES, fields: ZONE_FIELDS, records: ZONES })
  const base = 'Donnees_geographiques/56206_ZONE_URBA_20200101'
  return {
    [`${base}.shp`]: zone.shp,
    [`${base}.shx`]: zone.shx,
    [`${base}.dbf`]: zone.dbf,
    [`${base}.prj`]: PRJ.lambert93,
    [`${base}.cpg`]: 'UTF-8',
    '56206_DOC_URBA_20200101.dbf': writeDbf(['IDURBA', 'TYPEDOC', 'DATAPPRO'], [{ IDURBA, TYPEDOC: 'PLU', DATAPPRO: '20200101' }]),
    'Pieces_ecrites/3_Reglement/56206_reglement_20200101.pdf': '%PDF-1.4 test',
  }
}

let tmp: string
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plu-archives-'))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

let counter = 0
function folder(files: Files): string {
  const dir = path.join(tmp, `archive-${++counter}`)
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), content)
  }
  return dir
}

function zip(files: Files): string {
  const file = path.join(tmp, `archive-${++counter}.zip`)
  const entries = Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? Buffer.from(content) : new Uint8Array(content)]))
  fs.writeFileSync(file, zipSync(entries))
  return file
}

const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'erreur')

describe('a valid small archive', () => {
  it('reads as a folder and as a zip, the same, with no problem', async () => {
    const fromFolder = await readPluArchive(folder(validFiles()))
    const fromZip = await readPluArchive(zip(validFiles()))
    expect(fromFolder.problems).toEqual([])
    expect(fromFolder.readable).toBe(true)
    expect(isImportable(fromFolder.problems, false)).toBe(true)
    expect(fromFolder.model).toBe('2017')
    expect(fromFolder.idurba).toBe(IDURBA)
    expect(fromFolder.pieces.map((p) => p.name)).toEqual(['56206_reglement_20200101.pdf'])
    const zones = fromFolder.layers.ZONE_URBA!
    expect(zones.features.map((f) => f.properties.LIBELLE)).toEqual(['Ua', 'N'])
    expect(zones.features[0].geometry?.type).toBe('MultiPolygon')
    // Brittany, west of Saint-Avé (2.7° W, 47.7° N).
    const [lon, lat] = (zones.features[0].geometry as GeoJSON.MultiPolygon).coordinates[0][0][0]
    expect(lon).toBeGreaterThan(-3.1)
    expect(lon).toBeLessThan(-2.5)
    expect(lat).toBeGreaterThan(47.5)
    expect(lat).toBeLessThan(47.9)
    expect(fromZip.problems).toEqual([])
    expect(fromZip.layers.ZONE_URBA!.features).toEqual(zones.features)
  })
})

describe('a bad archive is refused with French errors, never thrown', () => {
  async function refused(source: string): Promise<Problem[]> {
    const reading = await readPluArchive(source)
    expect(reading.readable).toBe(false)
    expect(isImportable(reading.problems, true)).toBe(false)
    return errors(reading.problems)
  }

  it('a missing ZONE_URBA layer', async () => {
    const files = validFiles()
    for (const name of Object.keys(files)) if (name.includes('ZONE_URBA')) delete files[name]
    const found = await refused(folder(files))
    expect(found).toEqual([expect.objectContaining({ layer: 'ZONE_URBA', message: expect.stringContaining('Couche ZONE_URBA absente') })])
  })

  it('a missing mandatory field', async () => {
    const files = validFiles()
    const fields = ZONE_FIELDS.filter((f) => f !== 'TYPEZONE')
    const zone = writePolygonLayer({ rings: SQUARES, fields, records: ZONES })
    files['Donnees_geographiques/56206_ZONE_URBA_20200101.dbf'] = zone.dbf
    const found = await refused(folder(files))
    expect(found).toEqual([expect.objectContaining({ layer: 'ZONE_URBA', field: 'TYPEZONE', message: 'Champ obligatoire absent (modèle CNIG 2017) : TYPEZONE.' })])
  })

  it('neither IDURBA nor INSEE/DATAPPRO: no model', async () => {
    const files = validFiles()
    const fields = ZONE_FIELDS.filter((f) => f !== 'IDURBA')
    files['Donnees_geographiques/56206_ZONE_URBA_20200101.dbf'] = writePolygonLayer({ rings: SQUARES, fields, records: ZONES }).dbf
    const found = await refused(folder(files))
    expect(found[0].message).toContain('Modèle CNIG non reconnu')
  })

  it('an unknown projection (Lambert II étendu)', async () => {
    const files = validFiles()
    files['Donnees_geographiques/56206_ZONE_URBA_20200101.prj'] = PRJ.lambert2
    const found = await refused(folder(files))
    expect(found).toEqual([expect.objectContaining({ layer: 'ZONE_URBA', message: expect.stringContaining('Projection inconnue') })])
  })

  it('an unknown .cpg encoding', async () => {
    const files = validFiles()
    files['Donnees_geographiques/56206_ZONE_URBA_20200101.cpg'] = 'EBCDIC'
    const found = await refused(folder(files))
    expect(found[0].message).toContain('Encodage inconnu')
  })

  it('a truncated .shp', async () => {
    const files = validFiles()
    const shp = files['Donnees_geographiques/56206_ZONE_URBA_20200101.shp'] as Buffer
    files['Donnees_geographiques/56206_ZONE_URBA_20200101.shp'] = shp.subarray(0, shp.length - 30)
    const found = await refused(folder(files))
    expect(found).toEqual([expect.objectContaining({ layer: 'ZONE_URBA', message: expect.stringContaining('.shp tronqué') })])
  })

  it('a .dbf whose row count differs from the .shp', async () => {
    const files = validFiles()
    files['Donnees_geographiques/56206_ZONE_URBA_20200101.dbf'] = writeDbf(ZONE_FIELDS, [ZONES[0]])
    const found = await refused(folder(files))
    expect(found[0].message).toMatch(/\.shp.*\.dbf|\.dbf.*\.shp/)
    expect(found[0].message).toContain('incohérents')
  })

  it('a zip entry escaping the archive (../evil), whatever the separator', async () => {
    for (const evil of ['../evil.txt', 'Donnees/../../evil.shp', '..\\evil.txt', '/etc/evil', 'C:/evil.txt']) {
      const found = await refused(zip({ ...validFiles(), [evil]: 'x' }))
      expect(found).toEqual([expect.objectContaining({ layer: 'archive', message: expect.stringContaining('Chemin refusé') })])
    }
  })

  it('a corrupted zip', async () => {
    const file = zip(validFiles())
    const bytes = fs.readFileSync(file)
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 40))
    const found = await refused(file)
    expect(found[0].message).toContain('Archive .zip illisible ou corrompue')
  })

  it('a path that does not exist', async () => {
    const found = await refused(path.join(tmp, 'nowhere.zip'))
    expect(found[0].message).toContain('Archive introuvable')
  })
})
