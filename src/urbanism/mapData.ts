import type { PluGeometry } from '../plu'
import { simplifyForMap } from './simplify'
import type { OverlayView, PluSnapshot, RegulationView, ZoneView } from './snapshot'

export interface MapZone {
  id: number | string
  label: string
  longLabel: string | null
  type: ZoneView['type']
  typeLabel: string | null
  regulation: RegulationView | null
  geometry: PluGeometry
}

export interface MapOverlay {
  id: number | string
  kind: OverlayView['kind']
  label: string
  codeLabel: string | null
  geometry: PluGeometry
}

/** What the map draws: simplified geometries, no attributes (decision 0063). */
export interface PluMapData {
  revision: string
  bbox: [number, number, number, number] | null
  zones: MapZone[]
  overlays: MapOverlay[]
}

const built = new WeakMap<PluSnapshot, { data: PluMapData; body: string; etag: string }>()

/** The map's data of a revision, serialised once (the revision never changes once current). */
export function mapDataOf(snapshot: PluSnapshot): { data: PluMapData; body: string; etag: string } {
  const existing = built.get(snapshot)
  if (existing) return existing
  const data: PluMapData = {
    revision: String(snapshot.revisionId),
    bbox: snapshot.bbox,
    zones: snapshot.zones.flatMap((z) => {
      const geometry = simplifyForMap(z.geometry)
      return geometry ? [{ id: z.id, label: z.label, longLabel: z.longLabel, type: z.type, typeLabel: z.typeLabel, regulation: z.regulation, geometry }] : []
    }),
    overlays: snapshot.overlays.flatMap((o) => {
      const geometry = simplifyForMap(o.geometry)
      return geometry ? [{ id: o.id, kind: o.kind, label: o.label, codeLabel: o.codeLabel, geometry }] : []
    }),
  }
  const body = JSON.stringify(data)
  const entry = { data, body, etag: `"plu-${snapshot.revisionId}-${snapshot.activatedAt ?? ''}"` }
  built.set(snapshot, entry)
  return entry
}
