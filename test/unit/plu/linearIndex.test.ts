import type { Polygon } from 'geojson'

import { LinearIndex, type LinearGeometry } from '../../../src/plu/spatial/linearIndex'

// Around Saint-Avé (47.69° N): 0.0001° of latitude ≈ 11 m, of longitude ≈ 7.5 m.
const LAT = 47.69
const LON = -2.74
const items: Array<{ id: string; geometry: LinearGeometry }> = [
  { id: 'hedge', geometry: { type: 'LineString', coordinates: [[LON, LAT], [LON + 0.001, LAT]] } },
  { id: 'tree', geometry: { type: 'Point', coordinates: [LON + 0.0005, LAT + 0.0005] } },
  { id: 'paths', geometry: { type: 'MultiLineString', coordinates: [[[LON + 0.01, LAT], [LON + 0.01, LAT + 0.001]], [[LON, LAT + 0.002], [LON + 0.001, LAT + 0.002]]] } },
  { id: 'wells', geometry: { type: 'MultiPoint', coordinates: [[LON + 0.02, LAT], [LON + 0.0002, LAT - 0.0003]] } },
]
const index = new LinearIndex(items, (i) => i.geometry)
const ids = (found: Array<{ item: { id: string } } | { id: string }>) => found.map((f) => ('item' in f ? f.item.id : f.id))
const square = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] })

describe('lines and points near a point', () => {
  it('finds a line within the distance from its middle, not beyond; in metres, not degrees', () => {
    // 0.0001° north of the hedge ≈ 11 m.
    expect(ids(index.near(LON + 0.0005, LAT + 0.0001, 15))).toEqual(['hedge'])
    expect(ids(index.near(LON + 0.0005, LAT + 0.0001, 10))).toEqual([])
    const [hit] = index.near(LON + 0.0005, LAT + 0.0001, 15)
    expect(hit.distance).toBeGreaterThan(10.5)
    expect(hit.distance).toBeLessThan(11.5)
    // Beyond the line's end: the distance to its end, not to its infinite extension.
    expect(ids(index.near(LON + 0.0013, LAT, 15))).toEqual([])
    expect(ids(index.near(LON + 0.0011, LAT, 15))).toEqual(['hedge'])
  })

  it('finds points and multipoint parts, nearest first', () => {
    expect(ids(index.near(LON + 0.0005, LAT + 0.0004, 15))).toEqual(['tree'])
    expect(ids(index.near(LON + 0.0002, LAT - 0.00017, 20))).toEqual(['wells', 'hedge'])
    expect(ids(index.near(LON + 0.0002, LAT - 0.00017, 15))).toEqual(['wells'])
    expect(ids(index.near(LON + 0.0015, LAT + 0.001, 15))).toEqual([])
  })
})

describe('lines and points of a parcel', () => {
  it('a line crossing the parcel without a vertex in it, a line inside it, a point in it', () => {
    expect(ids(index.within(square(LON + 0.0004, LAT - 0.0001, LON + 0.0006, LAT + 0.0001)))).toEqual(['hedge'])
    expect(ids(index.within(square(LON - 0.001, LAT + 0.0001, LON + 0.002, LAT + 0.0006)))).toEqual(['tree'])
    expect(ids(index.within(square(LON + 0.009, LAT + 0.0002, LON + 0.011, LAT + 0.0004)))).toEqual(['paths'])
    expect(ids(index.within(square(LON + 0.0001, LAT - 0.0004, LON + 0.0003, LAT - 0.0002)))).toEqual(['wells'])
  })

  it('nothing for a parcel beside them (boxes overlap, shapes do not)', () => {
    // The tree's and the hedge's box contain this parcel's corner region; neither meets it.
    expect(ids(index.within(square(LON + 0.0006, LAT + 0.0001, LON + 0.0009, LAT + 0.0004)))).toEqual([])
  })
})
