// The lookups through the portal's service (decision 0062), as the page, the endpoint and the
// parcel field call them: the 90 zones of the 30014 PLU stored as a revision (mapped onto the
// cadastre's box, as in lookup.ts) and the 4 241 real parcels of 91216 imported, in a throw-away
// SQLite database. Point → zones and parcel (by id) → zones for every parcel, p50/p99.
// Run: PAYLOAD_SECRET=bench-secret-0123456789 npx payload run bench/plu/service.ts
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { MultiPolygon, Position } from 'geojson'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-plu-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
process.env.DATABASE_PUSH = 'true'
process.env.UPLOADS_DIR = path.join(dir, 'uploads')

const { getPayload } = await import('payload')
const { default: config } = await import('../../src/payload.config')
const { readParcels } = await import('../../src/plu/cadastre/readParcels')
const { bboxOf } = await import('../../src/plu/geometry')
const { readPluArchive } = await import('../../src/plu/readPluArchive')
const { toZoneRecord } = await import('../../src/plu/records')
const { activateRevision } = await import('../../src/urbanism/activateRevision')
const { importCadastre } = await import('../../src/urbanism/importCadastre')
const { lookupParcel, lookupPoint } = await import('../../src/urbanism/lookup')
const { writeInBatches } = await import('../../src/urbanism/writeInBatches')

const realdata = process.env.REALDATA_DIR ?? path.resolve(process.cwd(), '../shared/realdata')
const payload = await getPayload({ config })
const cadastreJson = fs.readFileSync(path.join(realdata, 'cadastre/cadastre-91216-parcelles.json'), 'utf8')
const { parcels } = readParcels(cadastreJson)
const reading = await readPluArchive(path.join(realdata, 'plu/30014_PLU_20171013'))
const zones = reading.layers.ZONE_URBA!.features.map(toZoneRecord)
const [zx0, zy0, zx1, zy1] = bboxOf({ type: 'GeometryCollection', geometries: zones.map((z) => z.geometry as MultiPolygon) })
const [cx0, cy0, cx1, cy1] = bboxOf({ type: 'GeometryCollection', geometries: parcels.map((p) => p.geometry) })
const map = ([x, y]: Position): Position => [cx0 + ((x - zx0) / (zx1 - zx0)) * (cx1 - cx0), cy0 + ((y - zy0) / (zy1 - zy0)) * (cy1 - cy0)]

let t = performance.now()
const revision = await payload.create({ collection: 'plu-revisions', data: { idurba: 'bench', state: 'importing', importedAt: new Date().toISOString() }, overrideAccess: true })
await writeInBatches(
  payload,
  'plu-zones',
  zones.map((z) => ({ revision: revision.id, row: z.row, label: z.label, longLabel: z.longLabel, type: z.type, geometry: { type: 'MultiPolygon', coordinates: (z.geometry as MultiPolygon).coordinates.map((p) => p.map((r) => r.map(map))) } })),
)
await activateRevision(payload, revision.id)
await importCadastre(payload, cadastreJson)
console.log(`stored ${zones.length} zones and ${parcels.length} parcels in ${(performance.now() - t).toFixed(0)} ms`)

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
async function measure(label: string, run: (i: number) => Promise<boolean>) {
  for (let i = 0; i < 200; i++) await run(i) // warm-up (the snapshot is built on the first call)
  const times: number[] = []
  let found = 0
  for (let i = 0; i < parcels.length; i++) {
    const start = performance.now()
    if (await run(i)) found++
    times.push(performance.now() - start)
  }
  const f = (n: number) => n.toFixed(3)
  console.log(`${label}: n=${times.length} p50=${f(percentile(times, 50))} ms p99=${f(percentile(times, 99))} ms max=${f(Math.max(...times))} ms, answered ${found}`)
}
const points = parcels.map((p) => {
  const ring = p.geometry.type === 'Polygon' ? p.geometry.coordinates[0] : p.geometry.coordinates[0][0]
  return [ring.reduce((s, q) => s + q[0], 0) / ring.length, ring.reduce((s, q) => s + q[1], 0) / ring.length] as [number, number]
})
t = performance.now()
await lookupPoint(payload, points[0][0], points[0][1])
console.log(`first lookup (snapshot and index built): ${(performance.now() - t).toFixed(1)} ms (Node ${process.version})`)
await measure('service point → zones', async (i) => (await lookupPoint(payload, points[i][0], points[i][1])).ok)
await measure('service parcel (id) → zones', async (i) => (await lookupParcel(payload, { id: parcels[i].id })).ok)
await payload.destroy()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
