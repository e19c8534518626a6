import type { MultiPolygon, Polygon } from 'geojson'
import type { Payload } from 'payload'

import { PARCEL_ID } from '../plu/cadastre/parcelId'

export interface StoredParcel {
  id: string
  numero: string
  contenance: number | null
  bbox: [number, number, number, number]
  geometry: Polygon | MultiPolygon
}

export interface StoredSection {
  key: string
  commune: string
  prefixe: string
  section: string
  parcelCount: number
  parcels: StoredParcel[]
  batch: string
}

/** A parcel with where it is: commune, prefix, section. */
export interface FoundParcel extends StoredParcel {
  commune: string
  prefixe: string
  section: string
}

/** `91216000AB`: commune, prefix and section, the first ten characters of a parcel id. */
export const sectionKey = (commune: string, prefixe: string, section: string) => `${commune}${prefixe}${section}`

// Sections read recently: a commune's whole cadastre (~2 MB of JSON for 4 000 parcels) is read in
// one query on the first lookup by id, then answered from memory; an import here forgets it, other
// processes see a new cadastre within CACHE_MS.
const CACHE_MS = 5 * 60_000
type Cached = { at: number; sections: StoredSection[] }
const cache: Map<string, Cached> = ((globalThis as { __pluSections?: Map<string, Cached> }).__pluSections ??= new Map())

export function forgetParcels(): void {
  cache.clear()
}

async function sectionsWhere(payload: Payload, cacheKey: string, where: Parameters<Payload['find']>[0]['where']): Promise<StoredSection[]> {
  const hit = cache.get(cacheKey)
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.sections
  const found = await payload.find({ collection: 'cadastre-sections', where, depth: 0, pagination: false, overrideAccess: true, sort: '-createdAt' })
  const sections = found.docs as unknown as StoredSection[]
  if (cache.size > 200) cache.clear()
  cache.set(cacheKey, { at: Date.now(), sections })
  return sections
}

function pick(sections: StoredSection[], numero: string, insee: string | null): FoundParcel | null {
  // The newest section of each key only (an import in progress may have written a newer one).
  const seen = new Set<string>()
  const matches: FoundParcel[] = []
  for (const s of sections) {
    if (seen.has(s.key)) continue
    seen.add(s.key)
    const parcel = s.parcels.find((p) => p.numero === numero)
    if (parcel) matches.push({ ...parcel, commune: s.commune, prefixe: s.prefixe, section: s.section })
  }
  return matches.find((p) => p.commune === insee) ?? matches[0] ?? null
}

/** A parcel by its id (`91216000AB0037`), or null. */
export async function parcelById(payload: Payload, id: string): Promise<FoundParcel | null> {
  const match = PARCEL_ID.exec(id)
  if (!match) return null
  const key = id.slice(0, 10)
  const sections = await sectionsWhere(payload, `commune:${match[1]}`, { commune: { equals: match[1] } })
  return pick(sections.filter((s) => s.key === key), match[4], null)
}

/** Every stored section, the newest of each key (for the map's parcels near a point). */
export async function allSections(payload: Payload): Promise<StoredSection[]> {
  return newestOfEachKey(await sectionsWhere(payload, 'all', { key: { exists: true } }))
}

/** The stored sections named `section` (normalised: `0A`, `AB`) in every commune, the newest of each key. */
export async function sectionsNamed(payload: Payload, section: string): Promise<StoredSection[]> {
  return newestOfEachKey(await sectionsWhere(payload, `section:${section}`, { section: { equals: section } }))
}

// Same cached read → same array: callers may key their own caches on it.
const newest = new WeakMap<StoredSection[], StoredSection[]>()
function newestOfEachKey(sections: StoredSection[]): StoredSection[] {
  const hit = newest.get(sections)
  if (hit) return hit
  const seen = new Set<string>()
  const kept = sections.filter((s) => !seen.has(s.key) && Boolean(seen.add(s.key)))
  newest.set(sections, kept)
  return kept
}

/** A parcel by section and number (normalised: `0A`/`AB`, `0037`), in the town (`insee` first). */
export async function parcelBySection(payload: Payload, section: string, numero: string, insee: string | null): Promise<FoundParcel | null> {
  const sections = await sectionsWhere(payload, `section:${section}`, { section: { equals: section } })
  return pick(sections, numero, insee)
}
