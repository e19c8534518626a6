import Flatbush from 'flatbush'
import type { MultiPolygon, Polygon } from 'geojson'

/**
 * The edges of an area in a flatbush, so that "is this point inside?" reads only the edges a
 * horizontal ray from the point meets (even-odd over every ring: holes and parts included),
 * instead of all of a large zone's thousands of edges.
 */
export class EdgeIndex {
  private readonly coords: Float64Array
  private readonly tree: Flatbush
  private readonly maxX: number

  constructor(geometry: Polygon | MultiPolygon) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    const edges: number[] = []
    for (const rings of polygons) {
      for (const ring of rings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          if (ring[i][0] === ring[j][0] && ring[i][1] === ring[j][1]) continue
          edges.push(ring[j][0], ring[j][1], ring[i][0], ring[i][1])
        }
      }
    }
    this.coords = Float64Array.from(edges)
    const count = Math.max(1, edges.length / 4)
    this.tree = new Flatbush(count)
    let maxX = -Infinity
    for (let e = 0; e < edges.length; e += 4) {
      const [x1, y1, x2, y2] = [edges[e], edges[e + 1], edges[e + 2], edges[e + 3]]
      this.tree.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2))
      maxX = Math.max(maxX, x1, x2)
    }
    if (edges.length === 0) this.tree.add(0, 0, 0, 0)
    this.tree.finish()
    this.maxX = maxX
  }

  /** Even-odd ray casting to the right, over the edges the ray may meet. */
  contains(x: number, y: number): boolean {
    if (x > this.maxX) return false
    const c = this.coords
    let inside = false
    for (const i of this.tree.search(x, y, this.maxX, y)) {
      const e = i * 4
      const x1 = c[e]
      const y1 = c[e + 1]
      const x2 = c[e + 2]
      const y2 = c[e + 3]
      if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside
    }
    return inside
  }

  /** Whether any edge's box meets the box: when none does, the box is wholly inside or wholly outside. */
  meetsBox(minX: number, minY: number, maxX: number, maxY: number): boolean {
    return this.coords.length > 0 && this.tree.search(minX, minY, maxX, maxY).length > 0
  }
}
