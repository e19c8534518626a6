import proj4 from 'proj4'

/** The two coordinate systems a CNIG archive may use here. */
export type KnownProjection = 'lambert93' | 'wgs84'

interface WktNode {
  keyword: string
  values: Array<string | number | WktNode>
}

/** A tolerant ESRI/OGC WKT parser: keyword[ values ], strings quoted, numbers bare. */
export function parseWkt(text: string): WktNode | null {
  const tokens = text.match(/"[^"]*"|[A-Za-z_][A-Za-z0-9_]*|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|[[\](),]/g)
  if (!tokens) return null
  let i = 0
  function node(): WktNode | null {
    const keyword = tokens![i++]
    if (!keyword || !/^[A-Za-z_]/.test(keyword)) return null
    const open = tokens![i++]
    if (open !== '[' && open !== '(') return null
    const values: WktNode['values'] = []
    while (i < tokens!.length) {
      const token = tokens![i]
      if (token === ']' || token === ')') {
        i++
        return { keyword: keyword.toUpperCase(), values }
      }
      if (token === ',') {
        i++
        continue
      }
      if (token.startsWith('"')) {
        values.push(token.slice(1, -1))
        i++
      } else if (/^-?\d/.test(token)) {
        values.push(Number(token))
        i++
      } else if (tokens![i + 1] === '[' || tokens![i + 1] === '(') {
        const child = node()
        if (!child) return null
        values.push(child)
      } else {
        values.push(token)
        i++
      }
    }
    return null
  }
  return node()
}

function children(node: WktNode, keyword: string): WktNode[] {
  return node.values.filter((v): v is WktNode => typeof v === 'object' && v.keyword === keyword)
}

function findDeep(node: WktNode, keyword: string): WktNode | null {
  if (node.keyword === keyword) return node
  for (const v of node.values) {
    if (typeof v === 'object') {
      const found = findDeep(v, keyword)
      if (found) return found
    }
  }
  return null
}

const close = (a: number | undefined, b: number, tolerance = 1e-6) => a !== undefined && Math.abs(a - b) <= tolerance

function spheroidIs(node: WktNode, semiMajor: number, inverseFlattening: number): boolean {
  const spheroid = findDeep(node, 'SPHEROID') ?? findDeep(node, 'ELLIPSOID')
  if (!spheroid) return false
  const [, a, invF] = spheroid.values
  return close(a as number, semiMajor, 0.01) && close(invF as number, inverseFlattening, 1e-6)
}

const GRS80 = [6378137, 298.257222101] as const
const WGS84_ELLIPSOID = [6378137, 298.257223563] as const

/**
 * Which system a `.prj` describes, recognised by its parameters, not its name: Lambert-93 is a
 * two-parallel Lambert conformal conic on GRS 1980 (44°, 49°, origin 46.5°, 3°, 700 000 /
 * 6 600 000 m); WGS84 is geographic on the WGS84 ellipsoid. Anything else → null.
 */
export function recogniseProjection(prj: string): KnownProjection | null {
  const root = parseWkt(prj)
  if (!root) return null
  if (root.keyword === 'GEOGCS' || root.keyword === 'GEOGCRS') {
    return spheroidIs(root, ...WGS84_ELLIPSOID) ? 'wgs84' : null
  }
  if (root.keyword !== 'PROJCS' && root.keyword !== 'PROJCRS') return null
  if (!spheroidIs(root, ...GRS80)) return null
  const projection = children(root, 'PROJECTION')[0] ?? findDeep(root, 'METHOD')
  const method = String(projection?.values[0] ?? '').toLowerCase()
  if (!method.includes('lambert') || !method.includes('conformal') || method.includes('1sp')) return null
  const parameters = new Map<string, number>()
  for (const p of children(root, 'PARAMETER')) parameters.set(String(p.values[0]).toLowerCase().replace(/[^a-z0-9]/g, ''), Number(p.values[1]))
  const param = (...names: string[]) => names.map((n) => parameters.get(n)).find((v) => v !== undefined)
  const parallels = [param('standardparallel1'), param('standardparallel2')].sort()
  const checks = [
    close(parallels[0], 44) && close(parallels[1], 49),
    close(param('latitudeoforigin', 'latitudeoffalseorigin'), 46.5),
    close(param('centralmeridian', 'longitudeoffalseorigin', 'longitudeoforigin'), 3),
    close(param('falseeasting', 'eastingatfalseorigin'), 700000, 0.001),
    close(param('falsenorthing', 'northingatfalseorigin'), 6600000, 0.001),
  ]
  const unit = children(root, 'UNIT').at(-1)
  const metres = !unit || close(unit.values[1] as number, 1)
  return checks.every(Boolean) && metres ? 'lambert93' : null
}

const LAMBERT_93 = '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs'
const lambert93ToWgs84 = proj4(LAMBERT_93, 'WGS84')

/** A function turning a position of the given system into WGS84 [lon, lat], Z dropped. */
export function toWgs84(projection: KnownProjection): (position: number[]) => [number, number] {
  if (projection === 'wgs84') return (p) => [p[0], p[1]]
  return (p) => lambert93ToWgs84.forward([p[0], p[1]]) as [number, number]
}
