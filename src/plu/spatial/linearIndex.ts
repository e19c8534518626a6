import Flatbush from 'flatbush'
import type { LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon, Position } from 'geojson'
import { bboxOf } from '../geometry.ts'
import { pointInArea } from './pointInPolygon.ts'

/** A line or point geometry: the prescriptions and information drawn as lines or dots. */
export type LinearGeometry = LineString | MultiLineString | Point | MultiPoint

/** Metres per degree of latitude, and of longitude at the equator (plane approximation: fine at a commune's scale). */
const M_PER_DEG_LAT = 110_574
const M_PER_DEG_LON = 111_320

interface Entry<T> {
  item: T
  /** Lines as lists of positions; a point is a one-position line. */
  parts: Position[][]
}

const partsOf = (g: LinearGeometry): Position[][] => {
  switch (g.type) {
    case 'Point':
      return [[g.coordinates]]
    case 'MultiPoint':
      return g.coordinates.map((p) => [p])
    case 'LineString':
      return [g.coordinates]
    case 'MultiLineString':
      return g.coordinates
  }
}

/** Squared distance in metres from (px, py) to segment a–b, all in degrees, at latitude scale `kx`. */
function segmentDistance2(px: number, py: number, a: Position, b: Position, kx: number): number {
  const ax = (a[0] - px) * kx
  const ay = (a[1] - py) * M_PER_DEG_LAT
  const bx = (b[0] - px) * kx
  const by = (b[1] - py) * M_PER_DEG_LAT
  const dx = bx - ax
  const dy = by - ay
  const t = dx || dy ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) : 0
  const x = ax + t * dx
  const y = ay + t * dy
  return x * x + y * y
}

/** Whether segments p1–p2 and q1–q2 cross or touch. */
function segmentsMeet(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const side = (a: Position, b: Position, c: Position) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]))
  const d1 = side(q1, q2, p1)
  const d2 = side(q1, q2, p2)
  const d3 = side(p1, p2, q1)
  const d4 = side(p1, p2, q2)
  if (d1 !== d2 && d3 !== d4 && d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) return true
  const onSegment = (a: Position, b: Position, c: Position) => Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1])
  return (d1 === 0 && onSegment(q1, q2, p1)) || (d2 === 0 && onSegment(q1, q2, p2)) || (d3 === 0 && onSegment(p1, p2, q1)) || (d4 === 0 && onSegment(p1, p2, q2))
}

const ringsOf = (area: Polygon | MultiPolygon): Position[][] => (area.type === 'Polygon' ? area.coordinates : area.coordinates.flat())

/**
 * Line and point prescriptions and information (decision 0066): a line or a dot contains no
 * point, so a click or an address asks for those *within a distance* of it, and a parcel for
 * those that cross it or lie in it. Flatbush over their bounding boxes, then exact tests.
 */
export class LinearIndex<T> {
  private readonly entries: Entry<T>[] = []
  private readonly tree: Flatbush | null = null

  constructor(items: readonly T[], geometryOf: (item: T) => LinearGeometry | null | undefined) {
    const boxes: Array<[number, number, number, number]> = []
    for (const item of items) {
      const geometry = geometryOf(item)
      if (!geometry || !['Point', 'MultiPoint', 'LineString', 'MultiLineString'].includes(geometry.type)) continue
      const parts = partsOf(geometry).filter((p) => p.length)
      if (!parts.length) continue
      this.entries.push({ item, parts })
      boxes.push(bboxOf(geometry))
    }
    if (!this.entries.length) return
    this.tree = new Flatbush(this.entries.length)
    for (const b of boxes) this.tree.add(b[0], b[1], b[2], b[3])
    this.tree.finish()
  }

  get size(): number {
    return this.entries.length
  }

  /** The lines and points within `metres` of [lon, lat], nearest first. */
  near(lon: number, lat: number, metres: number): Array<{ item: T; distance: number }> {
    if (!this.tree) return []
    const kx = M_PER_DEG_LON * Math.cos((lat * Math.PI) / 180)
    const dLon = metres / kx
    const dLat = metres / M_PER_DEG_LAT
    const limit = metres * metres
    const found: Array<{ item: T; distance: number }> = []
    for (const i of this.tree.search(lon - dLon, lat - dLat, lon + dLon, lat + dLat).sort((a, b) => a - b)) {
      let best = Infinity
      for (const part of this.entries[i].parts) {
        if (part.length === 1) best = Math.min(best, segmentDistance2(lon, lat, part[0], part[0], kx))
        for (let j = 1; j < part.length && best > 0; j++) best = Math.min(best, segmentDistance2(lon, lat, part[j - 1], part[j], kx))
      }
      if (best <= limit) found.push({ item: this.entries[i].item, distance: Math.sqrt(best) })
    }
    return found.sort((a, b) => a.distance - b.distance)
  }

  /** The lines that cross the area or lie in it, and the points in it, in index order. */
  within(area: Polygon | MultiPolygon): T[] {
    if (!this.tree) return []
    const [minX, minY, maxX, maxY] = bboxOf(area)
    const rings = ringsOf(area)
    return this.tree
      .search(minX, minY, maxX, maxY)
      .sort((a, b) => a - b)
      .filter((i) =>
        this.entries[i].parts.some((part) => {
          // A vertex inside: the line lies in the area or enters it; else it can only cross an edge.
          if (part.some((p) => pointInArea(p[0], p[1], area))) return true
          for (let j = 1; j < part.length; j++) {
            for (const ring of rings) for (let k = 1; k < ring.length; k++) if (segmentsMeet(part[j - 1], part[j], ring[k - 1], ring[k])) return true
          }
          return false
        }),
      )
      .map((i) => this.entries[i].item)
  }
}
