/**
 * A minimal shapefile writer for test archives: Polygon layers (one ring per record) and a DBF
 * of text fields. Enough to build small CNIG layers with a chosen field missing or a file damaged.
 */
export interface TestLayer {
  /** One exterior ring per record, [x, y] positions (closed or not). */
  rings: Array<Array<[number, number]>>
  fields: string[]
  records: Array<Record<string, string>>
}

const LAMBERT_93_PRJ =
  'PROJCS["RGF93_Lambert_93",GEOGCS["GCS_RGF93",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["standard_parallel_1",49],PARAMETER["standard_parallel_2",44],PARAMETER["latitude_of_origin",46.5],PARAMETER["central_meridian",3],PARAMETER["false_easting",700000],PARAMETER["false_northing",6600000],UNIT["Meter",1]]'
export const PRJ = {
  lambert93: LAMBERT_93_PRJ,
  /** Lambert II étendu (EPSG:27572): another CRS, to be refused. */
  lambert2: 'PROJCS["NTF_Paris_Lambert_II_etendu",GEOGCS["GCS_NTF_Paris",DATUM["D_NTF",SPHEROID["Clarke_1880_IGN",6378249.2,293.4660212936269]],PRIMEM["Paris",2.337229166666667],UNIT["Grad",0.015707963267948967]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",600000.0],PARAMETER["False_Northing",2200000.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",45.898918964419],PARAMETER["Standard_Parallel_2",47.696014502038],PARAMETER["Latitude_Of_Origin",46.8],UNIT["Meter",1.0]]',
}

function closed(ring: Array<[number, number]>): Array<[number, number]> {
  const [first, last] = [ring[0], ring[ring.length - 1]]
  const r = first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first]
  // Shapefile exterior rings are clockwise.
  let area = 0
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) area += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1])
  return area > 0 ? [...r].reverse() : r
}

export function writePolygonLayer(layer: TestLayer): { shp: Buffer; shx: Buffer; dbf: Buffer } {
  const rings = layer.rings.map(closed)
  const contents = rings.map((ring) => {
    const b = Buffer.alloc(44 + 4 + ring.length * 16)
    b.writeInt32LE(5, 0)
    const xs = ring.map((p) => p[0])
    const ys = ring.map((p) => p[1])
    b.writeDoubleLE(Math.min(...xs), 4)
    b.writeDoubleLE(Math.min(...ys), 12)
    b.writeDoubleLE(Math.max(...xs), 20)
    b.writeDoubleLE(Math.max(...ys), 28)
    b.writeInt32LE(1, 36)
    b.writeInt32LE(ring.length, 40)
    b.writeInt32LE(0, 44)
    ring.forEach((p, i) => {
      b.writeDoubleLE(p[0], 48 + i * 16)
      b.writeDoubleLE(p[1], 56 + i * 16)
    })
    return b
  })
  const all = rings.flat()
  const header = (length: number) => {
    const h = Buffer.alloc(100)
    h.writeInt32BE(9994, 0)
    h.writeInt32BE(length / 2, 24)
    h.writeInt32LE(1000, 28)
    h.writeInt32LE(5, 32)
    h.writeDoubleLE(Math.min(...all.map((p) => p[0])), 36)
    h.writeDoubleLE(Math.min(...all.map((p) => p[1])), 44)
    h.writeDoubleLE(Math.max(...all.map((p) => p[0])), 52)
    h.writeDoubleLE(Math.max(...all.map((p) => p[1])), 60)
    return h
  }
  const records: Buffer[] = []
  const index: Buffer[] = []
  let offset = 100
  contents.forEach((content, i) => {
    const rh = Buffer.alloc(8)
    rh.writeInt32BE(i + 1, 0)
    rh.writeInt32BE(content.length / 2, 4)
    const ix = Buffer.alloc(8)
    ix.writeInt32BE(offset / 2, 0)
    ix.writeInt32BE(content.length / 2, 4)
    index.push(ix)
    records.push(rh, content)
    offset += 8 + content.length
  })
  const shp = Buffer.concat([header(offset), ...records])
  const shx = Buffer.concat([header(100 + index.length * 8), ...index])
  return { shp, shx, dbf: writeDbf(layer.fields, layer.records) }
}

export function writeDbf(fields: string[], records: Array<Record<string, string>>, width = 80): Buffer {
  const headerLength = 32 + fields.length * 32 + 1
  const recordLength = 1 + fields.length * width
  const b = Buffer.alloc(headerLength + records.length * recordLength + 1, 0x20)
  b.fill(0, 0, headerLength)
  b[0] = 0x03
  b.writeUInt32LE(records.length, 4)
  b.writeUInt16LE(headerLength, 8)
  b.writeUInt16LE(recordLength, 10)
  fields.forEach((name, i) => {
    const at = 32 + i * 32
    b.write(name, at, 'latin1')
    b[at + 11] = 'C'.charCodeAt(0)
    b[at + 16] = width
  })
  b[headerLength - 1] = 0x0d
  records.forEach((record, r) => {
    const at = headerLength + r * recordLength
    b[at] = 0x20
    fields.forEach((name, i) => b.write((record[name] ?? '').slice(0, width), at + 1 + i * width, 'utf8'))
  })
  b[b.length - 1] = 0x1a
  return b
}
