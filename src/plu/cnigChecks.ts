import { INFORMATION_CODES, PRESCRIPTION_CODES, normaliseCode, isKnownPair } from './cnigCodes.ts'
import type { CnigLayerName, WrittenPiece } from './cnigLayers.ts'
import { MANDATORY_FIELDS, type CnigModel } from './cnigModel.ts'
import { error, warning, type Problem } from './problems.ts'
import type { PluLayer, PluValue } from './readLayer.ts'
import { parseRegulationLink } from './regulationLink.ts'
import { inferZoneType, isZoneType } from './zoneType.ts'

/** IDURBA of the 2017 model: `<INSEE>_<TYPEDOC>_<YYYYMMDD>` (a SIREN for an intercommunal PLU), optional `_<code>`. */
const IDURBA_2017 = /^(\d[\dAB]\d{3}|\d{9})_(PLU|PLUi|POS|CC|PSMV)_(\d{8})(_[A-Za-z0-9]+)?$/
/** IDURBA of the 2014 model: `<INSEE><YYYYMMDD>`. */
const IDURBA_2014 = /^\d[\dAB]\d{3}\d{8}$/

const text = (value: PluValue | undefined): string => (value === null || value === undefined ? '' : String(value).trim())

/** A date `YYYYMMDD` that exists in the calendar. */
export function isCnigDate(value: string): boolean {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1950
}

const GEOMETRY_OF: Partial<Record<CnigLayerName, string[]>> = {
  ZONE_URBA: ['MultiPolygon'],
  PRESCRIPTION_SURF: ['MultiPolygon'],
  INFO_SURF: ['MultiPolygon'],
  PRESCRIPTION_LIN: ['LineString', 'MultiLineString'],
  INFO_LIN: ['LineString', 'MultiLineString'],
  PRESCRIPTION_PCT: ['Point', 'MultiPoint'],
  INFO_PCT: ['Point', 'MultiPoint'],
}

/** Missing mandatory fields of a layer (errors: the layer cannot be read as CNIG). */
export function checkMandatoryFields(layer: PluLayer, model: CnigModel): Problem[] {
  const present = new Set(layer.fields)
  return (MANDATORY_FIELDS[model][layer.name] ?? [])
    .filter((field) => !present.has(field))
    .map((field) => error(layer.name, `Champ obligatoire absent (modèle CNIG ${model}) : ${field}.`, { field }))
}

/** Geometry types and empty shapes. */
export function checkGeometries(layer: PluLayer): Problem[] {
  const expected = GEOMETRY_OF[layer.name]
  if (!expected) return []
  const problems: Problem[] = []
  for (const feature of layer.features) {
    if (!feature.geometry) problems.push(warning(layer.name, 'Géométrie vide : cet objet ne sera pas dessiné.', { row: feature.row }))
    else if (!expected.includes(feature.geometry.type)) {
      problems.push(error(layer.name, `Géométrie de type ${feature.geometry.type}, attendue : ${expected.join(' ou ')}.`, { row: feature.row }))
      break
    }
  }
  return problems
}

/** TYPEZONE: one of U, AUc, AUs, A, N; a sector code (`Nh`) is a warning with the type inferred. */
export function checkZoneTypes(layer: PluLayer): Problem[] {
  const problems: Problem[] = []
  for (const { row, properties } of layer.features) {
    const value = text(properties.TYPEZONE)
    if (isZoneType(value)) continue
    const inferred = inferZoneType(value) ?? inferZoneType(properties.LIBELLE)
    if (inferred) problems.push(warning(layer.name, `TYPEZONE « ${value} » n'est pas une valeur CNIG (U, AUc, AUs, A, N) : zone lue comme ${inferred}.`, { row, field: 'TYPEZONE' }))
    else problems.push(error(layer.name, `TYPEZONE « ${value} » n'est pas une valeur CNIG (U, AUc, AUs, A, N) et le type ne peut pas être déduit.`, { row, field: 'TYPEZONE' }))
  }
  return problems
}

/** TYPEPSC/STYPEPSC or TYPEINF/STYPEINF against the CNIG lists (an unknown pair is a warning). */
export function checkCodes(layer: PluLayer, model: CnigModel): Problem[] {
  const prescription = layer.name.startsWith('PRESCRIPTION')
  const [typeField, subtypeField] = prescription ? ['TYPEPSC', 'STYPEPSC'] : ['TYPEINF', 'STYPEINF']
  const table = prescription ? PRESCRIPTION_CODES : INFORMATION_CODES
  const withSubtype = model === '2017' || layer.fields.includes(subtypeField)
  const problems: Problem[] = []
  for (const { row, properties } of layer.features) {
    const type = properties[typeField]
    const subtype = withSubtype ? properties[subtypeField] : undefined
    if (isKnownPair(table, type, subtype)) continue
    const shown = withSubtype ? `(${text(type) || '—'}, ${text(subtype) || '—'})` : `${text(type) || '—'}`
    const what = withSubtype ? `Couple ${typeField}/${subtypeField} ${shown}` : `${typeField} ${shown}`
    problems.push(warning(layer.name, `${what} absent de la nomenclature CNIG.`, { row, field: normaliseCode(type) ? subtypeField : typeField }))
  }
  return problems
}

/** DATVALID (and DATAPPRO in the 2014 model) as `YYYYMMDD`; DATVALID may be empty in the 2014 model. */
export function checkDates(layer: PluLayer, model: CnigModel): Problem[] {
  const fields = model === '2017' ? ['DATVALID'] : ['DATAPPRO', 'DATVALID']
  const problems: Problem[] = []
  for (const { row, properties } of layer.features) {
    for (const field of fields) {
      if (!layer.fields.includes(field)) continue
      const value = text(properties[field])
      if (!value && model === '2014' && field === 'DATVALID') continue
      if (!isCnigDate(value)) problems.push(warning(layer.name, `${field} « ${value} » n'est pas une date AAAAMMJJ.`, { row, field }))
    }
  }
  return problems
}

/** The document's identifier as the archive states it, and the rows that disagree. */
export interface DocumentIdentity {
  idurba: string | null
  insee: string | null
}

/** The reference IDURBA: DOC_URBA's first row, else the most frequent one in ZONE_URBA. */
export function documentIdentity(layers: ReadonlyMap<CnigLayerName, PluLayer>, model: CnigModel): DocumentIdentity {
  const mostFrequent = (values: string[]) => {
    const counts = new Map<string, number>()
    for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
  }
  const zones = layers.get('ZONE_URBA')?.features ?? []
  const docRow = layers.get('DOC_URBA')?.features[0]?.properties
  if (model === '2017') {
    const idurba = text(docRow?.IDURBA) || mostFrequent(zones.map((f) => text(f.properties.IDURBA)))
    return { idurba, insee: idurba ? (IDURBA_2017.exec(idurba)?.[1] ?? null) : null }
  }
  const insee = mostFrequent(zones.map((f) => text(f.properties.INSEE)))
  const approval = mostFrequent(zones.map((f) => text(f.properties.DATAPPRO)))
  const idurba = text(docRow?.IDURBA) || (insee && approval ? `${insee}${approval}` : null)
  return { idurba, insee }
}

/** IDURBA (2017) or INSEE + DATAPPRO (2014): well formed and the same across layers and DOC_URBA. */
export function checkIdentity(layers: ReadonlyMap<CnigLayerName, PluLayer>, model: CnigModel, identity: DocumentIdentity): Problem[] {
  const problems: Problem[] = []
  const reference = identity.idurba
  if (reference && !(model === '2017' ? IDURBA_2017 : new RegExp(`${IDURBA_2014.source}|${IDURBA_2017.source}`)).test(reference)) {
    problems.push(warning('DOC_URBA', `IDURBA « ${reference} » ne suit pas le format <INSEE>_PLU_<AAAAMMJJ>.`, { field: 'IDURBA' }))
  }
  for (const layer of layers.values()) {
    if (layer.name === 'DOC_URBA') continue
    const byIdurba = model === '2017' || layer.name === 'DOC_URBA_COM'
    for (const { row, properties } of layer.features) {
      if (byIdurba) {
        const value = text(properties.IDURBA)
        if (reference && layer.fields.includes('IDURBA') && value !== reference) {
          problems.push(warning(layer.name, `IDURBA « ${value} » différent de celui du document « ${reference} ».`, { row, field: 'IDURBA' }))
        }
        continue
      }
      const insee = text(properties.INSEE)
      if (identity.insee && insee !== identity.insee) problems.push(warning(layer.name, `INSEE « ${insee} » différent de celui du document « ${identity.insee} ».`, { row, field: 'INSEE' }))
      const approval = text(properties.DATAPPRO)
      if (reference && IDURBA_2014.test(reference) && approval && approval !== reference.slice(5)) {
        problems.push(warning(layer.name, `DATAPPRO « ${approval} » différente de la date d'approbation du document « ${reference.slice(5)} ».`, { row, field: 'DATAPPRO' }))
      }
    }
  }
  return problems
}

/** DOC_URBA: present, exactly one row. */
export function checkDocument(layers: ReadonlyMap<CnigLayerName, PluLayer>): Problem[] {
  const doc = layers.get('DOC_URBA')
  if (!doc) return [warning('DOC_URBA', "Table DOC_URBA absente : les métadonnées du document (type, date d'approbation) manquent.")]
  if (doc.features.length !== 1) return [warning('DOC_URBA', `DOC_URBA contient ${doc.features.length} lignes, une seule attendue : la première est retenue.`)]
  return []
}

/** NOMFIC/URLFIC naming a written piece absent from the archive: one warning per layer and file. */
export function checkWrittenPieces(layer: PluLayer, pieces: readonly WrittenPiece[]): Problem[] {
  const present = new Set(pieces.map((p) => p.name.toLowerCase()))
  const missing = new Map<string, { firstRow: number; count: number }>()
  for (const { row, properties } of layer.features) {
    const link = parseRegulationLink(properties.NOMFIC, properties.URLFIC)
    if (!link?.file || !text(properties.NOMFIC) || present.has(link.file.toLowerCase())) continue
    const seen = missing.get(link.file)
    if (seen) seen.count++
    else missing.set(link.file, { firstRow: row, count: 1 })
  }
  return [...missing.entries()].map(([file, { firstRow, count }]) =>
    warning(layer.name, `Pièce écrite « ${file} » absente de l'archive (Pieces_ecrites), citée par ${count} ligne${count > 1 ? 's' : ''} : le lien vers le règlement ne pourra pas être proposé.`, { row: firstRow, field: 'NOMFIC' }),
  )
}
