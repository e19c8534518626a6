import type { ArchiveEntry } from './archive/archive.ts'

/** The CNIG layers the importer reads. */
export const CNIG_LAYERS = [
  'ZONE_URBA',
  'PRESCRIPTION_SURF',
  'PRESCRIPTION_LIN',
  'PRESCRIPTION_PCT',
  'INFO_SURF',
  'INFO_LIN',
  'INFO_PCT',
  'DOC_URBA',
  'DOC_URBA_COM',
] as const
export type CnigLayerName = (typeof CNIG_LAYERS)[number]

/** The files of one layer, by lower-case extension (shp, shx, dbf, prj, cpg). */
export interface LayerFiles {
  name: CnigLayerName
  files: Partial<Record<'shp' | 'shx' | 'dbf' | 'prj' | 'cpg', string>>
}

/** A written piece (`Pieces_ecrites/**.pdf`). */
export interface WrittenPiece {
  path: string
  /** The file name alone, as NOMFIC refers to it. */
  name: string
  size: number
}

// DOC_URBA_COM before DOC_URBA: the longest name wins. Prefix (INSEE_, anything_) and _YYYYMMDD suffix optional.
const LAYER_NAME = new RegExp(`^(?:.*?_)?(${[...CNIG_LAYERS].sort((a, b) => b.length - a.length).join('|')})(?:_\\d{8})?$`, 'i')
const EXTENSIONS = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg'])

export function baseName(entryPath: string): string {
  return entryPath.slice(entryPath.lastIndexOf('/') + 1)
}

/** The CNIG layer a file name belongs to (`30014_ZONE_URBA_20171013.shp`, `zone_urba.DBF`), or null. */
export function layerOfFileName(fileName: string): { layer: CnigLayerName; extension: string } | null {
  const dot = fileName.lastIndexOf('.')
  if (dot <= 0) return null
  const extension = fileName.slice(dot + 1).toLowerCase()
  if (!EXTENSIONS.has(extension)) return null
  const match = LAYER_NAME.exec(fileName.slice(0, dot))
  return match ? { layer: match[1].toUpperCase() as CnigLayerName, extension } : null
}

export interface ArchiveLayout {
  layers: Map<CnigLayerName, LayerFiles>
  pieces: WrittenPiece[]
  /** Same layer and extension found twice: which one to read is ambiguous. */
  duplicates: Array<{ layer: CnigLayerName; paths: string[] }>
}

/** Finds the CNIG layers and the written pieces among an archive's files, whatever the prefix, date or case. */
export function findLayout(entries: readonly ArchiveEntry[]): ArchiveLayout {
  const layers = new Map<CnigLayerName, LayerFiles>()
  const duplicates: ArchiveLayout['duplicates'] = []
  const pieces: WrittenPiece[] = []
  for (const entry of entries) {
    const name = baseName(entry.path)
    if (/(^|\/)pieces_ecrites\//i.test(entry.path) && /\.pdf$/i.test(name)) pieces.push({ path: entry.path, name, size: entry.size })
    const found = layerOfFileName(name)
    if (!found) continue
    const layer = layers.get(found.layer) ?? { name: found.layer, files: {} }
    const extension = found.extension as keyof LayerFiles['files']
    const existing = layer.files[extension]
    if (existing) duplicates.push({ layer: found.layer, paths: [existing, entry.path] })
    else layer.files[extension] = entry.path
    layers.set(found.layer, layer)
  }
  return { layers, pieces, duplicates }
}
