import type { MultiPolygon, Polygon, Position } from 'geojson'

/** Even-odd ray casting on one ring (closed or not). A point exactly on an edge may go either way. */
export function pointInRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0]
    const yi = ring[i][1]
    const xj = ring[j][0]
    const yj = ring[j][1]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** Inside the exterior ring and in none of the holes. */
export function pointInPolygonRings(x: number, y: number, rings: readonly Position[][]): boolean {
  if (rings.length === 0 || !pointInRing(x, y, rings[0])) return false
  for (let h = 1; h < rings.length; h++) if (pointInRing(x, y, rings[h])) return false
  return true
}

/** Point in a Polygon or MultiPolygon, holes respected. */
export function pointInArea(x: number, y: number, geometry: Polygon | MultiPolygon): boolean {
  if (geometry.type === 'Polygon') return pointInPolygonRings(x, y, geometry.coordinates)
  return geometry.coordinates.some((polygon) => pointInPolygonRings(x, y, polygon))
}
