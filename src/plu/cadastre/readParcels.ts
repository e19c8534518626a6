import type { MultiPolygon, Polygon, Position } from 'geojson'
import { bboxOf } from '../geometry.ts'
import { error, warning, type Problem } from '../problems.ts'
import { PARCEL_ID, normaliseParcelNumber, normaliseSection } from './parcelId.ts'

/** One cadastral parcel (Etalab "cadastre-<INSEE>-parcelles.json"), geometry WGS84. */
export interface Parcel {
  id: string
  commune: string
  prefixe: string
  section: string
  /** Four digits, as in the id (`0037`). */
  numero: string
  /** Area in m² as the cadastre states it (contenance), or null. */
  contenance: number | null
  geometry: Polygon | MultiPolygon
  bbox: [number, number, number, number]
}

export interface ParcelsReading {
  parcels: Parcel[]
  /** Errors are per row (the row is skipped) or for the whole file (nothing read). */
  problems: Problem[]
}

const LAYER = 'cadastre'
const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90

function validRings(rings: unknown): boolean {
  return Array.isArray(rings) && rings.length > 0 && rings.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition))
}

function validGeometry(geometry: unknown): geometry is Polygon | MultiPolygon {
  const g = geometry as { type?: string; coordinates?: unknown } | null
  if (g?.type === 'Polygon') return validRings(g.coordinates)
  if (g?.type === 'MultiPolygon') return Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(validRings)
  return false
}

/**
 * Reads an Etalab cadastre parcels GeoJSON (text or parsed). Each bad row is an error with its
 * row number and is skipped; a file that is not a FeatureCollection is one error.
 */
export function readParcels(input: string | unknown): ParcelsReading {
  let data: unknown = input
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input)
    } catch {
      return { parcels: [], problems: [error(LAYER, "Le fichier du cadastre n'est pas un JSON valide.")] }
    }
  }
  const collection = data as { type?: string; features?: unknown[] }
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return { parcels: [], problems: [error(LAYER, "Le fichier du cadastre n'est pas une FeatureCollection GeoJSON.")] }
  }
  const parcels: Parcel[] = []
  const problems: Problem[] = []
  const seen = new Set<string>()
  collection.features.forEach((raw, index) => {
    const row = index + 1
    const feature = raw as { id?: unknown; properties?: Record<string, unknown>; geometry?: unknown }
    const p = feature?.properties ?? {}
    const id = String(p.id ?? feature?.id ?? '').trim()
    const match = PARCEL_ID.exec(id)
    if (!match) return problems.push(error(LAYER, `Identifiant de parcelle invalide : « ${id} ».`, { row, field: 'id' }))
    const [, commune, prefixe, section, numero] = match
    const stated = { commune: String(p.commune ?? commune), prefixe: String(p.prefixe ?? prefixe), section: normaliseSection(String(p.section ?? section)), numero: normaliseParcelNumber(String(p.numero ?? numero)) }
    if (stated.commune !== commune || stated.prefixe !== prefixe || stated.section !== section || stated.numero !== numero) {
      return problems.push(error(LAYER, `Parcelle ${id} : commune, préfixe, section ou numéro en désaccord avec l'identifiant.`, { row }))
    }
    if (!validGeometry(feature.geometry)) return problems.push(error(LAYER, `Parcelle ${id} : géométrie absente ou invalide (Polygon ou MultiPolygon en WGS84 attendu).`, { row, field: 'geometry' }))
    if (seen.has(id)) return problems.push(error(LAYER, `Parcelle ${id} en double.`, { row, field: 'id' }))
    seen.add(id)
    const contenance = typeof p.contenance === 'number' && p.contenance >= 0 ? p.contenance : null
    if (p.contenance !== undefined && contenance === null) problems.push(warning(LAYER, `Parcelle ${id} : contenance « ${String(p.contenance)} » invalide, ignorée.`, { row, field: 'contenance' }))
    parcels.push({ id, commune, prefixe, section, numero, contenance, geometry: feature.geometry, bbox: bboxOf(feature.geometry) })
  })
  return { parcels, problems }
}
