import Flatbush from 'flatbush'
import type { MultiPolygon, Polygon } from 'geojson'
import { bboxOf } from '../geometry.ts'
import { EdgeIndex } from './edgeIndex.ts'
import { pointInArea } from './pointInPolygon.ts'

/** Anything with an area: a stored zone, prescription or information, as plain GeoJSON. */
interface Indexed<T> {
  item: T
  geometry: Polygon | MultiPolygon
  bbox: [number, number, number, number]
  edges: EdgeIndex
}

/** An area touched by a parcel, with the approximate share of the parcel it covers (0–1). */
export interface Overlap<T> {
  item: T
  share: number
}

export interface OverlapOptions {
  /** Sample points wanted inside the parcel (default 200): the share's resolution. */
  samples?: number
  /** Smallest share reported (default 0.01, i.e. 1 % of the parcel): slivers from drawing noise are not a second zone. */
  minShare?: number
}

/**
 * A spatial index over areas, built from plain GeoJSON geometries (whatever database stored
 * them): flatbush on bounding boxes, then exact point-in-polygon with holes and multipolygons.
 */
export class AreaIndex<T> {
  private readonly entries: Indexed<T>[]
  private readonly tree: Flatbush | null

  constructor(items: readonly T[], geometryOf: (item: T) => Polygon | MultiPolygon | null | undefined) {
    this.entries = []
    for (const item of items) {
      const geometry = geometryOf(item)
      if (geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') && geometry.coordinates.length) {
        this.entries.push({ item, geometry, bbox: bboxOf(geometry), edges: new EdgeIndex(geometry) })
      }
    }
    if (this.entries.length === 0) {
      this.tree = null
      return
    }
    this.tree = new Flatbush(this.entries.length)
    for (const { bbox } of this.entries) this.tree.add(bbox[0], bbox[1], bbox[2], bbox[3])
    this.tree.finish()
  }

  get size(): number {
    return this.entries.length
  }

  /** The areas containing the point [lon, lat], in index order. */
  at(lon: number, lat: number): T[] {
    if (!this.tree) return []
    return this.tree
      .search(lon, lat, lon, lat)
      .sort((a, b) => a - b)
      .filter((i) => this.entries[i].edges.contains(lon, lat))
      .map((i) => this.entries[i].item)
  }

  /**
   * The areas a parcel lies in, with the share of the parcel each covers, largest first.
   * Method (decision 0060): a regular grid of points over the parcel's bounding box, kept when
   * inside the parcel; each is looked up like `at`. Cheap, exact enough for "which zones", and
   * blind to the centimetre slivers where a zone's edge and the parcel's edge were digitised apart.
   * A parcel too thin for any grid point falls back to its vertices' average.
   */
  overlapping(parcel: Polygon | MultiPolygon, options: OverlapOptions = {}): Overlap<T>[] {
    if (!this.tree) return []
    const samples = options.samples ?? 200
    const minShare = options.minShare ?? 0.01
    const [minX, minY, maxX, maxY] = bboxOf(parcel)
    const candidates = this.tree.search(minX, minY, maxX, maxY).sort((a, b) => a - b)
    if (candidates.length === 0) return []
    // A zone none of whose edges enters the parcel's box holds all of the parcel or none of it.
    const whole: number[] = []
    const cut: number[] = []
    for (const i of candidates) (this.entries[i].edges.meetsBox(minX, minY, maxX, maxY) ? cut : whole).push(i)
    const counts = new Map<number, number>()
    let inside = 0
    const visit = (x: number, y: number) => {
      inside++
      for (const i of cut) {
        const { bbox, edges } = this.entries[i]
        if (x < bbox[0] || x > bbox[2] || y < bbox[1] || y > bbox[3]) continue
        if (edges.contains(x, y)) counts.set(i, (counts.get(i) ?? 0) + 1)
      }
    }
    if (cut.length) {
      const width = maxX - minX
      const height = maxY - minY
      // About `samples` points inside (a parcel fills roughly half its box), square cells in degrees.
      const step = Math.sqrt((width * height) / (samples * 2)) || Math.max(width, height) / samples || 1e-9
      for (let y = minY + step / 2; y < maxY; y += step) {
        for (let x = minX + step / 2; x < maxX; x += step) if (pointInArea(x, y, parcel)) visit(x, y)
      }
    }
    if (inside === 0) {
      const ring = parcel.type === 'Polygon' ? parcel.coordinates[0] : parcel.coordinates[0][0]
      const n = ring.length - 1 || 1
      visit(ring.slice(0, n).reduce((s, p) => s + p[0], 0) / n, ring.slice(0, n).reduce((s, p) => s + p[1], 0) / n)
    }
    const probe = firstInside(parcel)
    for (const i of whole) if (this.entries[i].edges.contains(probe[0], probe[1])) counts.set(i, inside)
    return [...counts.entries()]
      .map(([i, count]) => ({ item: this.entries[i].item, share: count / inside }))
      .filter((o) => o.share >= minShare)
      .sort((a, b) => b.share - a.share)
  }
}

/** A point of the parcel: the centre of its box when inside, else the first vertex nudged towards the centre. */
function firstInside(parcel: Polygon | MultiPolygon): [number, number] {
  const [minX, minY, maxX, maxY] = bboxOf(parcel)
  const centre: [number, number] = [(minX + maxX) / 2, (minY + maxY) / 2]
  if (pointInArea(centre[0], centre[1], parcel)) return centre
  const ring = parcel.type === 'Polygon' ? parcel.coordinates[0] : parcel.coordinates[0][0]
  for (const t of [0.01, 0.1, 0.3, 0.5]) {
    for (const p of ring) {
      const q: [number, number] = [p[0] + (centre[0] - p[0]) * t, p[1] + (centre[1] - p[1]) * t]
      if (pointInArea(q[0], q[1], parcel)) return q
    }
  }
  return [ring[0][0], ring[0][1]]
}

/** The zones at a point [lon, lat]. */
export function zonesAt<T>(index: AreaIndex<T>, point: readonly [number, number]): T[] {
  return index.at(point[0], point[1])
}

/** The zones a parcel lies in, with their share of the parcel, largest first. */
export function zonesOfParcel<T>(index: AreaIndex<T>, parcel: { geometry: Polygon | MultiPolygon }, options?: OverlapOptions): Overlap<T>[] {
  return index.overlapping(parcel.geometry, options)
}
