import Flatbush from 'flatbush'
import type { MultiPolygon } from 'geojson'
import type { Payload } from 'payload'

import { normaliseSection } from '../plu/cadastre/parcelId'
import { allSections, sectionsNamed, type StoredParcel, type StoredSection } from './parcels'
import { simplifyForMap } from './simplify'

/** A parcel as the form's map draws it: its id, what the citizen would type, a light outline. */
export interface MapParcel {
  id: string
  /** As typed: `AB`, `A` (not `0A`). */
  section: string
  /** As typed: `37` (not `0037`). */
  numero: string
  geometry: MultiPolygon
}

/** How far around a point the map gets parcels: a screen at zoom 16 or more (decision 0065). */
export const PARCELS_NEAR_METRES = 300
/** At most this many parcels in one answer (a dense town centre within 300 m has a few hundred). */
export const PARCELS_MAX = 1500

const drawn = new WeakMap<StoredParcel, MapParcel | null>()

/** A parcel simplified for drawing (≈ 0.5 m, 6 decimals), computed once per stored parcel. */
function toMapParcel(section: StoredSection, parcel: StoredParcel): MapParcel | null {
  if (drawn.has(parcel)) return drawn.get(parcel)!
  const multi: MultiPolygon = parcel.geometry.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [parcel.geometry.coordinates] } : parcel.geometry
  const geometry = simplifyForMap(multi, 0.000005, 6)
  const out = geometry && geometry.type === 'MultiPolygon' ? { id: parcel.id, section: section.section.replace(/^0/, ''), numero: String(Number(parcel.numero)), geometry } : null
  drawn.set(parcel, out)
  return out
}

type ParcelTree = { tree: Flatbush | null; refs: Array<[StoredSection, StoredParcel]> }
const trees = new WeakMap<StoredSection[], ParcelTree>()

function treeOf(sections: StoredSection[]): ParcelTree {
  const hit = trees.get(sections)
  if (hit) return hit
  const refs: ParcelTree['refs'] = []
  for (const s of sections) for (const p of s.parcels) if (Array.isArray(p.bbox) && p.bbox.length === 4) refs.push([s, p])
  let tree: Flatbush | null = null
  if (refs.length) {
    tree = new Flatbush(refs.length)
    for (const [, p] of refs) tree.add(p.bbox[0], p.bbox[1], p.bbox[2], p.bbox[3])
    tree.finish()
  }
  const built = { tree, refs }
  trees.set(sections, built)
  return built
}

/** The parcels within PARCELS_NEAR_METRES of [lon, lat] (by bounding box), nearest first, at most PARCELS_MAX. */
export async function parcelsNear(payload: Payload, lon: number, lat: number): Promise<MapParcel[]> {
  const { tree, refs } = treeOf(await allSections(payload))
  if (!tree) return []
  const dLat = PARCELS_NEAR_METRES / 110_574
  const dLon = PARCELS_NEAR_METRES / (111_320 * Math.cos((lat * Math.PI) / 180))
  const found = tree.search(lon - dLon, lat - dLat, lon + dLon, lat + dLat)
  const centre = (p: StoredParcel) => Math.hypot((p.bbox[0] + p.bbox[2]) / 2 - lon, (p.bbox[1] + p.bbox[3]) / 2 - lat)
  return found
    .map((i) => refs[i])
    .sort((a, b) => centre(a[1]) - centre(b[1]))
    .slice(0, PARCELS_MAX)
    .flatMap(([s, p]) => toMapParcel(s, p) ?? [])
}

/**
 * The parcels of a section typed by the citizen (`ab`, `A`), in the town's commune when several
 * communes have it (`insee`), else the first; null for a malformed or unknown section.
 */
export async function parcelsOfSection(payload: Payload, typed: string, insee: string | null): Promise<MapParcel[] | null> {
  const section = normaliseSection(typed)
  if (!section) return null
  const sections = await sectionsNamed(payload, section)
  const town = sections.filter((s) => s.commune === insee)
  const chosen = town.length ? town : sections.filter((s) => s.commune === sections[0]?.commune)
  if (!chosen.length) return null
  return chosen.flatMap((s) => s.parcels.flatMap((p) => toMapParcel(s, p) ?? []))
}

