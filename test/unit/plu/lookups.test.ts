import fs from 'node:fs'
import type { MultiPolygon, Polygon } from 'geojson'
import { addressSearchKey } from '../../../src/plu/cadastre/addressSearchKey'
import { parcelId } from '../../../src/plu/cadastre/parcelId'
import { readBanAddresses } from '../../../src/plu/cadastre/readBanAddresses'
import { readParcels, type Parcel } from '../../../src/plu/cadastre/readParcels'
import { readPluArchive } from '../../../src/plu/readPluArchive'
import { parseRegulationLink } from '../../../src/plu/regulationLink'
import { AreaIndex, zonesAt, zonesOfParcel } from '../../../src/plu/spatial/areaIndex'
import { pointInArea } from '../../../src/plu/spatial/pointInPolygon'
import { realdataPath } from '../../helpers/realdata'

const square = (x0: number, y0: number, x1: number, y1: number) => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
const polygon = (...rings: number[][][]): Polygon => ({ type: 'Polygon', coordinates: rings })

describe('point in polygon', () => {
  const withHole = polygon(square(0, 0, 10, 10), square(4, 4, 6, 6))
  const twoParts: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1, 1)], [square(5, 5, 6, 6)]] }
  it('respects holes and multipolygon parts', () => {
    expect(pointInArea(2, 2, withHole)).toBe(true)
    expect(pointInArea(5, 5, withHole)).toBe(false)
    expect(pointInArea(11, 5, withHole)).toBe(false)
    expect(pointInArea(5.5, 5.5, twoParts)).toBe(true)
    expect(pointInArea(3, 3, twoParts)).toBe(false)
  })
  it('the index gives the same answers (edges indexed)', () => {
    const index = new AreaIndex([{ id: 'hole', geometry: withHole }, { id: 'parts', geometry: twoParts }], (z) => z.geometry)
    expect(zonesAt(index, [2, 2]).map((z) => z.id)).toEqual(['hole'])
    expect(zonesAt(index, [4.5, 4.5]).map((z) => z.id)).toEqual([])
    expect(zonesAt(index, [5.5, 5.5]).map((z) => z.id)).toEqual(['parts'])
    expect(zonesAt(index, [0.5, 0.5]).map((z) => z.id)).toEqual(['hole', 'parts'])
  })
})

describe('parcel → zones', () => {
  const west = { id: 'U', geometry: polygon(square(0, 0, 10, 10)) }
  const east = { id: 'N', geometry: polygon(square(10, 0, 20, 10)) }
  const index = new AreaIndex([west, east], (z) => z.geometry)
  const shares = (parcel: Polygon) => zonesOfParcel(index, { geometry: parcel }).map((o) => [o.item.id, Math.round(o.share * 100) / 100])

  it('a parcel inside one zone', () => {
    expect(shares(polygon(square(2, 2, 4, 4)))).toEqual([['U', 1]])
  })
  it('a parcel straddling two zones, with each share', () => {
    const [[firstId, firstShare], [secondId, secondShare]] = shares(polygon(square(7, 2, 11, 4)))
    expect([firstId, secondId]).toEqual(['U', 'N'])
    expect(firstShare).toBeCloseTo(0.75, 1)
    expect(secondShare).toBeCloseTo(0.25, 1)
  })
  it('a parcel sharing only an edge with the next zone is in one zone', () => {
    expect(shares(polygon(square(8, 2, 10, 4)))).toEqual([['U', 1]])
  })
  it('a parcel crossing by a sliver under 1 % is in one zone', () => {
    expect(shares(polygon(square(0.5, 2, 10.001, 4)))).toEqual([['U', 1]])
  })
  it('a parcel outside every zone', () => {
    expect(shares(polygon(square(30, 30, 31, 31)))).toEqual([])
  })
})

describe('the real zones of 30014', () => {
  // The fixture's zones overlap in three places (A row 2 inside N row 89, Ap 6 / N 7, N 31 / A 32),
  // as in IGN's own derived GeoJSON: there a point is in two zones.
  const OVERLAPPING = new Set([2, 89, 6, 7, 31, 32])
  it('each zone is found at an inner point of its own, and only it where zones do not overlap', async () => {
    const reading = await readPluArchive(realdataPath('plu/30014_PLU_20171013'))
    const zones = reading.layers.ZONE_URBA!.features
    const index = new AreaIndex(zones, (f) => f.geometry as MultiPolygon)
    for (const zone of zones) {
      const geometry = zone.geometry as MultiPolygon
      // An inner point: walk a grid over the first part's box until one is inside.
      const ring = geometry.coordinates[0][0]
      const xs = ring.map((p) => p[0])
      const ys = ring.map((p) => p[1])
      let point: [number, number] | null = null
      for (let i = 1; i < 20 && !point; i++) {
        for (let j = 1; j < 20 && !point; j++) {
          const x = Math.min(...xs) + ((Math.max(...xs) - Math.min(...xs)) * i) / 20
          const y = Math.min(...ys) + ((Math.max(...ys) - Math.min(...ys)) * j) / 20
          if (pointInArea(x, y, geometry)) point = [x, y]
        }
      }
      expect(point).not.toBeNull()
      const found = zonesAt(index, point!).map((z) => z.row)
      expect(found).toContain(zone.row)
      if (!OVERLAPPING.has(zone.row)) expect(found).toEqual([zone.row])
    }
    // Outside the commune.
    expect(zonesAt(index, [2.35, 48.85])).toEqual([])
  })
})

describe('cadastre parcels (Etalab)', () => {
  let parcels: Parcel[]
  beforeAll(() => {
    const reading = readParcels(fs.readFileSync(realdataPath('cadastre/cadastre-91216-parcelles.json'), 'utf8'))
    expect(reading.problems).toEqual([])
    parcels = reading.parcels
  })
  it('reads the 4 241 parcels of 91216', () => {
    expect(parcels).toHaveLength(4241)
    expect(parcels.find((p) => p.id === '91216000AB0037')).toMatchObject({ commune: '91216', prefixe: '000', section: 'AB', numero: '0037', contenance: 254881 })
  })
  it('finds a parcel by section and number as typed, and the parcel at a point', () => {
    const id = parcelId('91216', ' ab', '37')
    expect(id).toBe('91216000AB0037')
    const parcel = parcels.find((p) => p.id === id)!
    const index = new AreaIndex(parcels, (p) => p.geometry)
    const ring = (parcel.geometry as Polygon).coordinates[0]
    // The midpoint of two of its vertices close together lies inside this (convex enough) parcel's edge area: use a grid instead.
    const [x0, y0, x1, y1] = parcel.bbox
    let inner: [number, number] | null = null
    for (let i = 1; i < 30 && !inner; i++) for (let j = 1; j < 30 && !inner; j++) {
      const x = x0 + ((x1 - x0) * i) / 30
      const y = y0 + ((y1 - y0) * j) / 30
      if (pointInArea(x, y, parcel.geometry)) inner = [x, y]
    }
    expect(ring.length).toBeGreaterThan(3)
    expect(zonesAt(index, inner!).map((p) => p.id)).toEqual([id])
  })
  it('reports bad rows in French and keeps the good ones', () => {
    const good = { type: 'Feature', id: '91216000AB0037', properties: { id: '91216000AB0037', commune: '91216', prefixe: '000', section: 'AB', numero: '37', contenance: 10 }, geometry: polygon(square(2, 48, 2.001, 48.001)) }
    const reading = readParcels({
      type: 'FeatureCollection',
      features: [
        good,
        { ...good, properties: { ...good.properties, id: 'nimportequoi' } },
        { ...good, properties: { ...good.properties, id: '91216000AB0038', numero: '38' }, geometry: null },
        good,
      ],
    })
    expect(reading.parcels.map((p) => p.id)).toEqual(['91216000AB0037'])
    expect(reading.problems).toEqual([
      expect.objectContaining({ severity: 'erreur', row: 2, message: 'Identifiant de parcelle invalide : « nimportequoi ».' }),
      expect.objectContaining({ severity: 'erreur', row: 3, field: 'geometry' }),
      expect.objectContaining({ severity: 'erreur', row: 4, message: 'Parcelle 91216000AB0037 en double.' }),
    ])
    expect(readParcels('{').problems[0].message).toBe("Le fichier du cadastre n'est pas un JSON valide.")
  })
})

describe('BAN addresses CSV', () => {
  const header =
    'id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;code_insee_ancienne_commune;nom_ancienne_commune;x;y;lon;lat;type_position;alias;nom_ld;libelle_acheminement;nom_afnor;source_position;source_nom_voie;certification_commune;cad_parcelles'
  const row = (numero: string, rep: string, voie: string, cp: string, lon: string, lat: string) =>
    `91216_0450_${numero.padStart(5, '0')};91216_0450;${numero};${rep};${voie};${cp};91216;Épinay-sur-Orge;;;648000;6839000;${lon};${lat};entrée;;;EPINAY SUR ORGE;;commune;commune;1;91216000AB0037`

  it('reads good rows and reports each bad row with its line', () => {
    const csv = ['\uFEFF' + header, row('12', 'bis', 'Boulevard Saint-Michel', '91360', '2.3264', '48.6797'), row('x', '', 'Rue A', '91360', '2.3', '48.6'), row('3', '', 'Rue B', '9136', '2.3', '48.6'), row('4', '', 'Rue C', '91360', 'est', '48.6'), '5;;;'].join('\n')
    const reading = readBanAddresses(csv)
    expect(reading.addresses).toEqual([
      expect.objectContaining({
        id: '91216_0450_00012',
        numero: 12,
        rep: 'bis',
        label: '12 bis Boulevard Saint-Michel, 91360 Épinay-sur-Orge',
        lon: 2.3264,
        lat: 48.6797,
        parcels: ['91216000AB0037'],
      }),
    ])
    expect(reading.problems.map((p) => [p.row, p.field, p.message])).toEqual([
      [3, 'numero', 'Numéro « x » invalide.'],
      [4, 'code_postal', 'Code postal « 9136 » invalide.'],
      [5, 'lon', 'Longitude « est » invalide.'],
      [6, '', '4 colonnes au lieu de 23.'],
    ])
  })
  it('refuses a file without the BAN columns', () => {
    expect(readBanAddresses('a,b,c\n1,2,3').problems[0].message).toContain('Colonnes absentes du fichier d\'adresses')
  })
  it('search keys ignore accents, case and common abbreviations', () => {
    expect(addressSearchKey('12 bis Bd St-Michel')).toBe(addressSearchKey('12 BIS boulevard Saint Michel'))
    expect(addressSearchKey('Allée des Chênes')).toBe('allee des chenes')
  })
})

describe('regulation links', () => {
  it('parses NOMFIC and URLFIC', () => {
    expect(parseRegulationLink('30014_reglement_20171013.pdf#page=24', null)).toEqual({ file: '30014_reglement_20171013.pdf', page: 24, url: null })
    expect(parseRegulationLink('', 'https://example.org/docs/41175%20reglement.pdf#page=3')).toEqual({ file: '41175 reglement.pdf', page: 3, url: 'https://example.org/docs/41175%20reglement.pdf#page=3' })
    expect(parseRegulationLink('reglement.pdf', 'http://x.fr/r.pdf')).toEqual({ file: 'reglement.pdf', page: null, url: 'http://x.fr/r.pdf' })
    expect(parseRegulationLink('reglement.pdf#page=0')?.page).toBeNull()
    expect(parseRegulationLink(null, '')).toBeNull()
  })
})
