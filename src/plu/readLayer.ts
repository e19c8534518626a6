import * as shapefile from 'shapefile'
import type { Geometry } from 'geojson'
import type { Archive } from './archive/archive.ts'
import type { LayerFiles } from './cnigLayers.ts'
import { encodingOfCpg, sniffDbfEncoding } from './dbfEncoding.ts'
import { toStoredGeometry, type PluGeometry } from './geometry.ts'
import { ProblemError, error, type Problem } from './problems.ts'
import { recogniseProjection, toWgs84, type KnownProjection } from './projection.ts'

export type PluValue = string | number | boolean | null

/** One record of a layer: row is 1-based; geometry in WGS84 (null for DOC_URBA and empty shapes). */
export interface PluFeature {
  row: number
  properties: Record<string, PluValue>
  geometry: PluGeometry | null
}

export interface PluLayer {
  name: LayerFiles['name']
  /** The file read (the .shp, or the .dbf of a table without geometry). */
  path: string
  /** DBF field names, upper case, in file order. */
  fields: string[]
  encoding: string
  projection: KnownProjection | null
  features: PluFeature[]
}

const fail = (layer: string, message: string): ProblemError => new ProblemError(error(layer, message))

interface DbfHeader {
  records: number
  headerLength: number
  recordLength: number
  fields: string[]
}

/** Reads and checks a DBF header: a file shorter than its header announces is truncated. */
export function readDbfHeader(layer: string, dbf: Uint8Array): DbfHeader {
  if (dbf.length < 32) throw fail(layer, 'Fichier .dbf tronqué ou corrompu (en-tête incomplet).')
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength)
  const records = view.getUint32(4, true)
  const headerLength = view.getUint16(8, true)
  const recordLength = view.getUint16(10, true)
  if (headerLength < 33 || recordLength < 1 || headerLength > dbf.length) throw fail(layer, 'Fichier .dbf corrompu (en-tête invalide).')
  if (headerLength + records * recordLength > dbf.length) throw fail(layer, `Fichier .dbf tronqué : ${records} lignes annoncées, le fichier est plus court.`)
  const fields: string[] = []
  for (let offset = 32; offset + 32 <= headerLength && dbf[offset] !== 0x0d; offset += 32) {
    let end = offset
    while (end < offset + 11 && dbf[end] !== 0) end++
    fields.push(new TextDecoder('latin1').decode(dbf.subarray(offset, end)).trim().toUpperCase())
  }
  return { records, headerLength, recordLength, fields }
}

/** Checks a .shp header: the right file code and a length matching the file (a truncated .shp is refused). */
export function checkShpHeader(layer: string, shp: Uint8Array): void {
  if (shp.length < 100) throw fail(layer, 'Fichier .shp tronqué ou corrompu (en-tête incomplet).')
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength)
  if (view.getInt32(0, false) !== 9994) throw fail(layer, "Fichier .shp corrompu (ce n'est pas un shapefile).")
  const declared = view.getInt32(24, false) * 2
  if (declared > shp.length) throw fail(layer, `Fichier .shp tronqué : ${declared} octets annoncés, ${shp.length} présents.`)
}

function normaliseValue(value: unknown): PluValue {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null
    const pad = (n: number, width = 2) => String(n).padStart(width, '0')
    return `${pad(value.getFullYear(), 4)}${pad(value.getMonth() + 1)}${pad(value.getDate())}`
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  return null
}

function upperCaseKeys(properties: Record<string, unknown> | null | undefined): Record<string, PluValue> {
  const result: Record<string, PluValue> = {}
  for (const [key, value] of Object.entries(properties ?? {})) result[key.trim().toUpperCase()] = normaliseValue(value)
  return result
}

async function readText(archive: Archive, path: string | undefined): Promise<string | null> {
  return path ? (await archive.read(path)).toString('utf8') : null
}

/** Problems found while reading that do not stop the layer (an unreadable geometry, a null shape). */
export interface ReadLayerResult {
  layer: PluLayer
  problems: Problem[]
}

/**
 * Reads one CNIG layer: DBF decoded by its `.cpg`, geometries reprojected to WGS84 with Z
 * dropped. A corrupted file, an unknown `.cpg` or projection throws a `ProblemError`.
 */
export async function readLayer(archive: Archive, files: LayerFiles): Promise<ReadLayerResult> {
  const name = files.name
  const dbfPath = files.files.dbf
  if (!dbfPath) throw fail(name, 'Fichier .dbf absent : les attributs de la couche ne peuvent pas être lus.')
  const dbf = await archive.read(dbfPath)
  const header = readDbfHeader(name, dbf)
  const cpg = await readText(archive, files.files.cpg)
  let encoding: string
  if (cpg !== null) {
    const known = encodingOfCpg(cpg)
    if (!known) throw fail(name, `Encodage inconnu dans le fichier .cpg : « ${cpg.trim().slice(0, 40)} ».`)
    encoding = known
  } else encoding = sniffDbfEncoding(dbf)

  const problems: Problem[] = []
  if (!files.files.shp) {
    const source = await openOrFail(name, () => shapefile.openDbf(new Uint8Array(dbf), { encoding }))
    const features: PluFeature[] = []
    for (let row = 1; row <= header.records; row++) {
      const next = await readOrFail(name, () => source.read())
      if (next.done) break
      features.push({ row, properties: upperCaseKeys(next.value as Record<string, unknown>), geometry: null })
    }
    return { layer: { name, path: dbfPath, fields: header.fields, encoding, projection: null, features }, problems }
  }

  const prj = await readText(archive, files.files.prj)
  if (prj === null) throw fail(name, 'Fichier .prj absent : la projection de la couche est inconnue.')
  const projection = recogniseProjection(prj)
  if (!projection) throw fail(name, 'Projection inconnue : seules Lambert-93 (EPSG:2154) et WGS84 (EPSG:4326) sont acceptées.')
  const shp = await archive.read(files.files.shp)
  checkShpHeader(name, shp)
  const project = toWgs84(projection)
  const source = await openOrFail(name, () => shapefile.open(new Uint8Array(shp), new Uint8Array(dbf), { encoding }))
  const features: PluFeature[] = []
  for (let row = 1; ; row++) {
    const next = await readOrFail(name, () => source.read())
    if (next.done) break
    if (row > header.records) throw fail(name, `Le fichier .dbf compte ${header.records} lignes, le .shp davantage : fichiers incohérents.`)
    let geometry: PluGeometry | null = null
    const raw = next.value.geometry as Geometry | null
    if (raw) {
      try {
        geometry = toStoredGeometry(raw, project)
      } catch (cause) {
        problems.push(error(name, `Géométrie illisible : ${cause instanceof Error ? cause.message : String(cause)}.`, { row }))
      }
    }
    features.push({ row, properties: upperCaseKeys(next.value.properties), geometry })
  }
  if (features.length !== header.records) throw fail(name, `Le fichier .shp compte ${features.length} formes, le .dbf ${header.records} lignes : fichiers incohérents.`)
  return { layer: { name, path: files.files.shp, fields: header.fields, encoding, projection, features }, problems }
}

async function openOrFail<T>(layer: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open()
  } catch (cause) {
    throw fail(layer, `Fichier corrompu, illisible (${cause instanceof Error ? cause.message : String(cause)}).`)
  }
}

async function readOrFail<T>(layer: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (cause) {
    throw fail(layer, `Fichier corrompu, lecture interrompue (${cause instanceof Error ? cause.message : String(cause)}).`)
  }
}
