import { informationLabel, normaliseCode, prescriptionLabel, type ZoneType } from './cnigCodes.ts'
import type { PluGeometry } from './geometry.ts'
import type { PluFeature, PluValue } from './readLayer.ts'
import { parseRegulationLink, type RegulationLink } from './regulationLink.ts'
import { inferZoneType, isZoneType } from './zoneType.ts'

/**
 * Plain records of what a citizen is shown, built from the layers' rows: what the lead's
 * collections store. Attributes are kept whole in `attributes` for staff.
 */
const text = (value: PluValue | undefined): string | null => {
  const t = value === null || value === undefined ? '' : String(value).trim()
  return t || null
}

export interface ZoneRecord {
  row: number
  label: string | null
  longLabel: string | null
  /** The CNIG type, inferred from a sector code (`Nh` → N) when TYPEZONE is not a CNIG value. */
  type: ZoneType | null
  regulation: RegulationLink | null
  idurba: string | null
  geometry: PluGeometry | null
  attributes: Record<string, PluValue>
}

export function toZoneRecord(feature: PluFeature): ZoneRecord {
  const p = feature.properties
  const typezone = text(p.TYPEZONE)
  return {
    row: feature.row,
    label: text(p.LIBELLE),
    longLabel: text(p.LIBELONG),
    type: isZoneType(typezone) ? typezone : (inferZoneType(typezone) ?? inferZoneType(p.LIBELLE)),
    regulation: parseRegulationLink(p.NOMFIC, p.URLFIC),
    idurba: text(p.IDURBA),
    geometry: feature.geometry,
    attributes: p,
  }
}

export interface OverlayRecord {
  row: number
  kind: 'prescription' | 'information'
  label: string | null
  /** Two-digit codes, e.g. "05" and "01". */
  type: string | null
  subtype: string | null
  /** The CNIG label of the code pair (or of the type alone), for citizens. */
  codeLabel: string | null
  text: string | null
  regulation: RegulationLink | null
  geometry: PluGeometry | null
  attributes: Record<string, PluValue>
}

/** A PRESCRIPTION_* or INFO_* row as a record. */
export function toOverlayRecord(feature: PluFeature, kind: OverlayRecord['kind']): OverlayRecord {
  const p = feature.properties
  const [typeField, subtypeField] = kind === 'prescription' ? ['TYPEPSC', 'STYPEPSC'] : ['TYPEINF', 'STYPEINF']
  const type = normaliseCode(p[typeField])
  const subtype = normaliseCode(p[subtypeField])
  return {
    row: feature.row,
    kind,
    label: text(p.LIBELLE),
    type,
    subtype,
    codeLabel: kind === 'prescription' ? prescriptionLabel(type, subtype) : informationLabel(type, subtype),
    text: text(p.TXT),
    regulation: parseRegulationLink(p.NOMFIC, p.URLFIC),
    geometry: feature.geometry,
    attributes: p,
  }
}
