import type { MultiPolygon, Polygon } from 'geojson'
import type { Payload } from 'payload'

import { ZONE_TYPES, type ZoneType } from '../plu/cnigCodes'
import type { PluGeometry } from '../plu/geometry'
import { AreaIndex } from '../plu/spatial/areaIndex'
import { LinearIndex, type LinearGeometry } from '../plu/spatial/linearIndex'
import { currentRevisionId, type RevisionId } from './currentRevision'
import { lookupCache } from './lookupCache'

/** Where a rule is written: a link to the stored PDF at its page, or the published address. */
export interface RegulationView {
  href: string | null
  file: string | null
  page: number | null
}

export interface ZoneView {
  id: number | string
  label: string
  longLabel: string | null
  type: ZoneType | null
  typeLabel: string | null
  regulation: RegulationView | null
  geometry: PluGeometry
}

export interface OverlayView {
  id: number | string
  kind: 'prescription' | 'information'
  shape: 'surface' | 'line' | 'point'
  label: string
  codeLabel: string | null
  text: string | null
  regulation: RegulationView | null
  geometry: PluGeometry
}

/** Everything the lookups and the map need of the current revision, built once per revision. */
export interface PluSnapshot {
  revisionId: RevisionId
  idurba: string
  insee: string | null
  activatedAt: string | null
  zones: ZoneView[]
  overlays: OverlayView[]
  zoneIndex: AreaIndex<ZoneView>
  /** Surface prescriptions and information only: lines and points contain no point. */
  overlayIndex: AreaIndex<OverlayView>
  /** Line and point prescriptions and information: found near a point or crossing a parcel (decision 0066). */
  linearIndex: LinearIndex<OverlayView>
  bbox: [number, number, number, number] | null
}

/** How long a process trusts its cached revision before asking the database again (one indexed read). */
export const REVISION_CHECK_MS = 1000

type StoredRow = {
  id: number | string
  label?: string | null
  longLabel?: string | null
  type?: string | null
  kind?: string | null
  shape?: string | null
  codeLabel?: string | null
  text?: string | null
  regulationFile?: string | null
  regulationDocument?: number | string | { id: number | string; url?: string | null } | null
  regulationPage?: number | null
  regulationUrl?: string | null
  geometry?: unknown
}

const surface = (g: PluGeometry): Polygon | MultiPolygon | null => (g.type === 'MultiPolygon' ? g : null)
const linear = (g: PluGeometry): LinearGeometry | null => (g.type === 'MultiPolygon' ? null : g)

function regulationOf(row: StoredRow, documentUrls: Map<string, string>): RegulationView | null {
  const doc = row.regulationDocument
  const docUrl = doc === null || doc === undefined ? null : documentUrls.get(String(typeof doc === 'object' ? doc.id : doc)) ?? null
  const base = docUrl ?? (row.regulationUrl ? row.regulationUrl.replace(/#.*$/, '') : null)
  if (!base && !row.regulationFile) return null
  return { href: base ? `${base}${row.regulationPage ? `#page=${row.regulationPage}` : ''}` : null, file: row.regulationFile ?? null, page: row.regulationPage ?? null }
}

async function readAll(payload: Payload, collection: 'plu-zones' | 'plu-overlays', revision: RevisionId): Promise<StoredRow[]> {
  const found = await payload.find({ collection, where: { revision: { equals: revision } }, pagination: false, depth: 0, overrideAccess: true, sort: 'row' })
  return found.docs as unknown as StoredRow[]
}

async function build(payload: Payload, revisionId: RevisionId): Promise<PluSnapshot | null> {
  const revision = await payload.findByID({ collection: 'plu-revisions', id: revisionId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!revision) return null
  const [zoneRows, overlayRows] = await Promise.all([readAll(payload, 'plu-zones', revisionId), readAll(payload, 'plu-overlays', revisionId)])
  const documentIds = [...new Set([...zoneRows, ...overlayRows].map((r) => r.regulationDocument).filter((d) => d !== null && d !== undefined).map((d) => (typeof d === 'object' ? d.id : d)))]
  const documentUrls = new Map<string, string>()
  if (documentIds.length) {
    const docs = await payload.find({ collection: 'documents', where: { id: { in: documentIds } }, pagination: false, depth: 0, overrideAccess: true, select: { url: true, filename: true } })
    // Site-relative: the same link whatever address the site is reached by.
    for (const d of docs.docs) if (d.url) documentUrls.set(String(d.id), d.url.replace(/^https?:\/\/[^/]+/i, ''))
  }
  const zones: ZoneView[] = zoneRows
    .filter((r) => r.geometry)
    .map((r) => ({
      id: r.id,
      label: r.label ?? '?',
      longLabel: r.longLabel ?? null,
      type: (r.type as ZoneType | null) ?? null,
      typeLabel: r.type && r.type in ZONE_TYPES ? ZONE_TYPES[r.type as ZoneType] : null,
      regulation: regulationOf(r, documentUrls),
      geometry: r.geometry as PluGeometry,
    }))
  const overlays: OverlayView[] = overlayRows
    .filter((r) => r.geometry)
    .map((r) => ({
      id: r.id,
      kind: r.kind === 'information' ? 'information' : 'prescription',
      shape: r.shape === 'line' || r.shape === 'point' ? r.shape : 'surface',
      label: r.label ?? r.codeLabel ?? '?',
      codeLabel: r.codeLabel ?? null,
      text: r.text ?? null,
      regulation: regulationOf(r, documentUrls),
      geometry: r.geometry as PluGeometry,
    }))
  const zoneIndex = new AreaIndex(zones, (z) => surface(z.geometry))
  const overlayIndex = new AreaIndex(overlays, (o) => surface(o.geometry))
  const linearIndex = new LinearIndex(overlays, (o) => linear(o.geometry))
  let bbox: PluSnapshot['bbox'] = null
  for (const z of zones) {
    for (const polygon of z.geometry.type === 'MultiPolygon' ? z.geometry.coordinates : []) {
      for (const [x, y] of polygon[0]) bbox = bbox ? [Math.min(bbox[0], x), Math.min(bbox[1], y), Math.max(bbox[2], x), Math.max(bbox[3], y)] : [x, y, x, y]
    }
  }
  return {
    revisionId,
    idurba: revision.idurba,
    insee: revision.insee ?? null,
    activatedAt: revision.activatedAt ?? null,
    zones,
    overlays,
    zoneIndex,
    overlayIndex,
    linearIndex,
    bbox,
  }
}

/**
 * The current PLU revision with its spatial indexes (decision 0062): built once per revision and
 * kept in the process; the current revision's id is checked at most every REVISION_CHECK_MS.
 * Null when no PLU has been imported.
 */
export async function pluSnapshot(payload: Payload): Promise<PluSnapshot | null> {
  const cache = lookupCache()
  const now = Date.now()
  if (cache.snapshot && now - cache.checkedAt < REVISION_CHECK_MS) return cache.snapshot as PluSnapshot
  const current = await currentRevisionId(payload)
  cache.checkedAt = now
  if (current === null) {
    cache.snapshot = null
    cache.revisionId = null
    return null
  }
  if (cache.snapshot && cache.revisionId === current) return cache.snapshot as PluSnapshot
  if (!cache.building || cache.revisionId !== current) {
    cache.revisionId = current
    cache.building = build(payload, current).finally(() => {
      cache.building = null
    })
  }
  const building = cache.building
  const snapshot = (await building) as PluSnapshot | null
  if (cache.revisionId === current) cache.snapshot = snapshot
  return snapshot
}
