import type { Geometry, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon, Position } from 'geojson'

/** Geometries as the importer stores them: surfaces always MultiPolygon, lines and points as read. */
export type PluGeometry = MultiPolygon | LineString | MultiLineString | Point | MultiPoint

const round7 = (n: number) => Math.round(n * 1e7) / 1e7

/** Twice the signed area of a ring (positive = counter-clockwise in lon/lat). */
export function ringSignedArea(ring: readonly Position[]): number {
  let sum = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1])
  return sum
}

function oriented(ring: Position[], counterClockwise: boolean): Position[] {
  return ringSignedArea(ring) > 0 === counterClockwise ? ring : [...ring].reverse()
}

/** RFC 7946: exterior rings counter-clockwise, holes clockwise. */
export function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => oriented(ring, i === 0))
}

/**
 * Projects a geometry with `project` (which also drops Z), rounds to 7 decimals (≈ 1 cm) and
 * orients rings per RFC 7946; a Polygon becomes a one-part MultiPolygon.
 */
export function toStoredGeometry(geometry: Geometry, project: (p: Position) => [number, number]): PluGeometry {
  const position = (p: Position): Position => {
    const [x, y] = project(p)
    return [round7(x), round7(y)]
  }
  const line = (ps: Position[]) => ps.map(position)
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: position(geometry.coordinates) } satisfies Point
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: line(geometry.coordinates) }
    case 'LineString':
      return { type: 'LineString', coordinates: line(geometry.coordinates) }
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map(line) }
    case 'Polygon':
      return { type: 'MultiPolygon', coordinates: [rewindPolygon(geometry.coordinates.map(line))] } satisfies MultiPolygon
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => rewindPolygon(polygon.map(line))) }
    default:
      throw new Error(`Type de géométrie non pris en charge : ${geometry.type}`)
  }
}

/** [minLon, minLat, maxLon, maxLat] of any geometry's positions. */
export function bboxOf(geometry: Geometry): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity]
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[]
      if (x < box[0]) box[0] = x
      if (y < box[1]) box[1] = y
      if (x > box[2]) box[2] = x
      if (y > box[3]) box[3] = y
    } else for (const child of c as unknown[]) visit(child)
  }
  if (geometry.type === 'GeometryCollection') {
    for (const part of geometry.geometries) {
      const [a, b, c, d] = bboxOf(part)
      visit([[a, b], [c, d]])
    }
  } else visit(geometry.coordinates)
  return box
}
