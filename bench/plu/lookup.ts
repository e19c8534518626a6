// Point → zones and parcel → zones over the 4 241 Etalab parcels of 91216 against the 90 zones of
// the 30014 PLU (decision 0060). The zones are elsewhere in France: their bounding box is mapped
// (translated and scaled per axis) onto the cadastre's, so every parcel meets one zone or more.
// Run: node bench/plu/lookup.ts   (Node 24 runs the TypeScript as is; realdata beside the project)
import fs from 'node:fs'
import path from 'node:path'
import type { MultiPolygon, Position } from 'geojson'
import { readParcels } from '../../src/plu/cadastre/readParcels.ts'
import { bboxOf } from '../../src/plu/geometry.ts'
import { readPluArchive } from '../../src/plu/readPluArchive.ts'
import { AreaIndex, zonesAt, zonesOfParcel } from '../../src/plu/spatial/areaIndex.ts'

const realdata = process.env.REALDATA_DIR ?? path.resolve(process.cwd(), '../shared/realdata')
const reading = await readPluArchive(path.join(realdata, 'plu/30014_PLU_20171013'))
const { parcels } = readParcels(fs.readFileSync(path.join(realdata, 'cadastre/cadastre-91216-parcelles.json'), 'utf8'))
const zones = reading.layers.ZONE_URBA!.features.map((f) => ({ row: f.row, label: f.properties.LIBELLE, geometry: f.geometry as MultiPolygon }))

const all = (geometries: MultiPolygon[]) => bboxOf({ type: 'GeometryCollection', geometries })
const [zx0, zy0, zx1, zy1] = all(zones.map((z) => z.geometry))
const [cx0, cy0, cx1, cy1] = bboxOf({ type: 'GeometryCollection', geometries: parcels.map((p) => p.geometry) })
const map = ([x, y]: Position): Position => [cx0 + ((x - zx0) / (zx1 - zx0)) * (cx1 - cx0), cy0 + ((y - zy0) / (zy1 - zy0)) * (cy1 - cy0)]
const moved = zones.map((z) => ({ ...z, geometry: { type: 'MultiPolygon', coordinates: z.geometry.coordinates.map((p) => p.map((r) => r.map(map))) } as MultiPolygon }))

let t = performance.now()
const index = new AreaIndex(moved, (z) => z.geometry)
const buildMs = performance.now() - t

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
function measure(label: string, run: (i: number) => number): void {
  for (let i = 0; i < 200; i++) run(i % parcels.length) // warm-up
  const times: number[] = []
  let found = 0
  for (let i = 0; i < parcels.length; i++) {
    const start = performance.now()
    found += run(i)
    times.push(performance.now() - start)
  }
  const f = (n: number) => n.toFixed(3)
  console.log(`${label}: n=${times.length} p50=${f(percentile(times, 50))} ms p99=${f(percentile(times, 99))} ms max=${f(Math.max(...times))} ms, zones found ${found} (${(found / times.length).toFixed(2)} per lookup)`)
}

const points = parcels.map((p) => {
  const ring = p.geometry.type === 'Polygon' ? p.geometry.coordinates[0] : p.geometry.coordinates[0][0]
  return [ring.reduce((s, q) => s + q[0], 0) / ring.length, ring.reduce((s, q) => s + q[1], 0) / ring.length] as [number, number]
})
console.log(`${moved.length} zones, ${parcels.length} parcels, index built in ${buildMs.toFixed(1)} ms (Node ${process.version})`)
measure('point → zones', (i) => zonesAt(index, points[i]).length)
measure('parcel → zones', (i) => zonesOfParcel(index, parcels[i]).length)
t = performance.now()
const straddling = parcels.filter((p) => zonesOfParcel(index, p).length > 1).length
console.log(`parcels over two zones or more: ${straddling} (${(performance.now() - t).toFixed(0)} ms for all)`)
