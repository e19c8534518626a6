import fs from 'node:fs'
import type { MultiPolygon } from 'geojson'
import { isImportable } from '../../../src/plu/problems'
import { readPluArchive, type PluArchiveReading } from '../../../src/plu/readPluArchive'
import { toOverlayRecord, toZoneRecord } from '../../../src/plu/records'
import { realdataPath } from '../../helpers/realdata'

/** The two real GPU archives of shared/realdata (README sections 1a–1c). */
let arpaillargues: PluArchiveReading
let pezou: PluArchiveReading
beforeAll(async () => {
  arpaillargues = await readPluArchive(realdataPath('plu/30014_PLU_20171013'))
  pezou = await readPluArchive(realdataPath('plu/41175_PLU_20140603'))
})

describe('30014 (CNIG 2017, validator fixture)', () => {
  it('reads every layer, model 2017, its IDURBA', () => {
    expect(arpaillargues.model).toBe('2017')
    expect(arpaillargues.idurba).toBe('30014_PLU_20171013')
    expect(arpaillargues.insee).toBe('30014')
    const counts = Object.fromEntries(Object.entries(arpaillargues.layers).map(([name, layer]) => [name, layer!.features.length]))
    expect(counts).toEqual({ ZONE_URBA: 90, PRESCRIPTION_SURF: 77, PRESCRIPTION_LIN: 15, PRESCRIPTION_PCT: 93, INFO_SURF: 18, INFO_PCT: 6, DOC_URBA: 2, DOC_URBA_COM: 1 })
    expect(arpaillargues.layers.ZONE_URBA!.encoding).toBe('windows-1252')
    expect(arpaillargues.layers.ZONE_URBA!.projection).toBe('lambert93')
  })

  it('reports its known defects as warnings only, with layer and row', () => {
    const { problems } = arpaillargues
    expect(problems.every((p) => p.severity === 'avertissement')).toBe(true)
    expect(arpaillargues.readable).toBe(true)
    expect(isImportable(problems, false)).toBe(false)
    expect(isImportable(problems, true)).toBe(true)
    const wrongIdurba = problems.filter((p) => p.field === 'IDURBA')
    expect(wrongIdurba).toHaveLength(18)
    expect(wrongIdurba.map((p) => p.row)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1))
    expect(wrongIdurba[0]).toEqual({
      severity: 'avertissement',
      layer: 'INFO_SURF',
      row: 1,
      field: 'IDURBA',
      message: 'IDURBA « 30014_PLU_20141013 » différent de celui du document « 30014_PLU_20171013 ».',
    })
    const codes = problems.filter((p) => p.field === 'STYPEINF')
    expect(codes).toEqual([expect.objectContaining({ layer: 'INFO_SURF', message: 'Couple TYPEINF/STYPEINF (04, 99) absent de la nomenclature CNIG.' })])
    expect(codes[0].row).toBeGreaterThan(0)
    expect(arpaillargues.layers.INFO_SURF!.features[codes[0].row! - 1].properties.STYPEINF).toBe('99')
    expect(problems).toContainEqual(expect.objectContaining({ layer: 'DOC_URBA', message: expect.stringContaining('DOC_URBA contient 2 lignes') }))
    expect(problems).toContainEqual(expect.objectContaining({ layer: 'ZONE_URBA', field: 'NOMFIC', message: expect.stringContaining('« 30014_reglement_20171013.pdf » absente') }))
    expect(problems).toHaveLength(18 + 1 + 1 + 1)
  })

  it('decodes Windows-1252 and links the regulation page', () => {
    const zone = toZoneRecord(arpaillargues.layers.ZONE_URBA!.features[0])
    expect(zone).toMatchObject({
      label: 'Ucp',
      longLabel: 'Zone urbaine soumise à des prescriptions architecturales particulières',
      type: 'U',
      regulation: { file: '30014_reglement_20171013.pdf', page: 24, url: null },
    })
    const stecal = toOverlayRecord(arpaillargues.layers.PRESCRIPTION_SURF!.features[0], 'prescription')
    expect(stecal).toMatchObject({ type: '16', subtype: '03', codeLabel: "Secteur de taille et de capacité d'accueil limitées (STECAL)" })
    // TYPEPSC stored as a number in PRESCRIPTION_LIN still reads as a code.
    expect(toOverlayRecord(arpaillargues.layers.PRESCRIPTION_LIN!.features[0], 'prescription').type).toBe('15')
  })

  it('reprojects as the derived GeoJSON (within 1e-7°) and matches IGN’s bbox', () => {
    const expected = JSON.parse(fs.readFileSync(realdataPath('plu/geojson/30014_ZONE_URBA_20171013.wgs84.geojson'), 'utf8'))
    const features = arpaillargues.layers.ZONE_URBA!.features
    expect(features).toHaveLength(expected.features.length)
    let worst = 0
    const box = [Infinity, Infinity, -Infinity, -Infinity]
    expected.features.forEach((feature: { geometry: MultiPolygon; properties: Record<string, unknown> }, i: number) => {
      const ours = features[i].geometry as MultiPolygon
      expect(features[i].properties.LIBELLE).toBe(feature.properties.LIBELLE)
      expect(ours.coordinates.map((p) => p.map((r) => r.length))).toEqual(feature.geometry.coordinates.map((p) => p.map((r) => r.length)))
      feature.geometry.coordinates.forEach((polygon, p) =>
        polygon.forEach((ring, r) =>
          ring.forEach(([x, y], k) => {
            const [ox, oy] = ours.coordinates[p][r][k]
            worst = Math.max(worst, Math.abs(ox - x), Math.abs(oy - y))
          }),
        ),
      )
      for (const polygon of ours.coordinates) {
        for (const [x, y] of polygon[0]) {
          box[0] = Math.min(box[0], x)
          box[1] = Math.min(box[1], y)
          box[2] = Math.max(box[2], x)
          box[3] = Math.max(box[3], y)
        }
      }
    })
    expect(worst).toBeLessThanOrEqual(1e-7 + 1e-12)
    expect(box).toEqual([4.3387357, 43.9760147, 4.398478, 44.0207913])
  })
})

describe('41175 (CNIG 2013/2014 model)', () => {
  it('is readable, model 2014, warnings only: sector codes as TYPEZONE, the missing regulation PDF', () => {
    expect(pezou.model).toBe('2014')
    expect(pezou.readable).toBe(true)
    expect(pezou.idurba).toBe('4117520140603')
    expect(pezou.insee).toBe('41175')
    expect(pezou.layers.ZONE_URBA!.features).toHaveLength(118)
    expect(pezou.layers.ZONE_URBA!.encoding).toBe('utf-8')
    expect(pezou.problems.every((p) => p.severity === 'avertissement')).toBe(true)
    const typezone = pezou.problems.filter((p) => p.field === 'TYPEZONE')
    expect(typezone).toHaveLength(29)
    expect(typezone[0]).toEqual({
      severity: 'avertissement',
      layer: 'ZONE_URBA',
      row: 1,
      field: 'TYPEZONE',
      message: "TYPEZONE « Nh » n'est pas une valeur CNIG (U, AUc, AUs, A, N) : zone lue comme N.",
    })
    expect(toZoneRecord(pezou.layers.ZONE_URBA!.features[0])).toMatchObject({ label: 'Nh', type: 'N', regulation: { file: '41175_reglement_20140603.pdf', page: null } })
    expect(pezou.problems).toContainEqual(expect.objectContaining({ field: 'NOMFIC', message: expect.stringContaining('41175_reglement_20140603.pdf') }))
    expect(pezou.problems).toHaveLength(30)
  })
})
