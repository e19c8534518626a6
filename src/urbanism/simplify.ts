import type { Position } from 'geojson'

import type { PluGeometry } from '../plu/geometry'

/** Squared distance from p to the segment a–b (plane approximation: fine at a commune's scale). */
function segmentDistance2(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const t = dx || dy ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy))) : 0
  const x = a[0] + t * dx - p[0]
  const y = a[1] + t * dy - p[1]
  return x * x + y * y
}

/** Douglas–Peucker on one line (iterative: rings of thousands of points do not deepen the stack). */
function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points
  const keep = new Uint8Array(points.length)
  keep[0] = keep[points.length - 1] = 1
  const stack: Array<[number, number]> = [[0, points.length - 1]]
  const t2 = tolerance * tolerance
  while (stack.length) {
    const [first, last] = stack.pop()!
    let worst = -1
    let worstDistance = t2
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i], points[first], points[last])
      if (d > worstDistance) {
        worst = i
        worstDistance = d
      }
    }
    if (worst >= 0) {
      keep[worst] = 1
      stack.push([first, worst], [worst, last])
    }
  }
  return points.filter((_, i) => keep[i])
}

const round = (digits: number) => {
  const f = 10 ** digits
  return (p: Position): Position => [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f]
}

/** A closed ring simplified; a ring that collapses below a triangle is dropped (null). */
function simplifyRing(ring: Position[], tolerance: number, r: (p: Position) => Position): Position[] | null {
  const out = simplifyLine(ring, tolerance).map(r)
  return out.length >= 4 ? out : null
}

/**
 * A geometry for drawing (decision 0063): Douglas–Peucker at `tolerance` degrees (default ≈ 1 m)
 * and coordinates rounded to `digits` decimals. Lookups never use it: they read the stored geometry.
 */
export function simplifyForMap(geometry: PluGeometry, tolerance = 0.00001, digits = 5): PluGeometry | null {
  const r = round(digits)
  switch (geometry.type) {
    case 'MultiPolygon': {
      const polygons = geometry.coordinates
        .map((polygon) => {
          const outer = simplifyRing(polygon[0], tolerance, r)
          if (!outer) return null
          return [outer, ...polygon.slice(1).map((hole) => simplifyRing(hole, tolerance, r)).filter((h): h is Position[] => h !== null)]
        })
        .filter((p): p is Position[][] => p !== null)
      return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null
    }
    case 'LineString':
      return { type: 'LineString', coordinates: simplifyLine(geometry.coordinates, tolerance).map(r) }
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map((line) => simplifyLine(line, tolerance).map(r)) }
    case 'Point':
      return { type: 'Point', coordinates: r(geometry.coordinates) }
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: geometry.coordinates.map(r) }
  }
}
