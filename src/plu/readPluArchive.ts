import { openArchive, type Archive } from './archive/archive.ts'
import { checkCodes, checkDates, checkDocument, checkGeometries, checkIdentity, checkMandatoryFields, checkWrittenPieces, checkZoneTypes, documentIdentity } from './cnigChecks.ts'
import { CNIG_LAYERS, findLayout, type CnigLayerName, type WrittenPiece } from './cnigLayers.ts'
import { detectModel, type CnigModel } from './cnigModel.ts'
import { ProblemError, error, hasErrors, type Problem } from './problems.ts'
import { readLayer, type PluLayer } from './readLayer.ts'

/** Everything read from a CNIG PLU archive, checked. Nothing is written anywhere. */
export interface PluArchiveReading {
  model: CnigModel | null
  /** The document's identifier (DOC_URBA, else the zones'): `30014_PLU_20171013`, `4117520140603`. */
  idurba: string | null
  insee: string | null
  /** The layers read, in CNIG order; a layer that could not be read is absent (and an error is listed). */
  layers: Partial<Record<CnigLayerName, PluLayer>>
  /** The PDFs of Pieces_ecrites; read their bytes with `readArchiveFiles`. */
  pieces: WrittenPiece[]
  /** Errors first, then warnings, each in the order found. */
  problems: Problem[]
  /** No error: importable (with `--accepter-avertissements` if there are warnings, see `isImportable`). */
  readable: boolean
}

export interface ReadPluOptions {
  /** Called at each step with a French line, for a progress display. */
  onProgress?: (step: string) => void
}

const GEOMETRIC: CnigLayerName[] = ['ZONE_URBA', 'PRESCRIPTION_SURF', 'PRESCRIPTION_LIN', 'PRESCRIPTION_PCT', 'INFO_SURF', 'INFO_LIN', 'INFO_PCT']

function finish(partial: Omit<PluArchiveReading, 'readable' | 'problems'>, problems: Problem[]): PluArchiveReading {
  const sorted = [...problems.filter((p) => p.severity === 'erreur'), ...problems.filter((p) => p.severity !== 'erreur')]
  return { ...partial, problems: sorted, readable: !hasErrors(sorted) }
}

/**
 * Reads a CNIG PLU archive (a folder or a `.zip`): finds the layers whatever their prefix, date
 * or case, reads them (DBF by `.cpg`, Lambert-93 → WGS84, Z dropped) and checks the CNIG rules.
 * Never throws for bad input: every problem is in `problems`, in French, with layer and row.
 */
export async function readPluArchive(source: string, options: ReadPluOptions = {}): Promise<PluArchiveReading> {
  const progress = options.onProgress ?? (() => {})
  const problems: Problem[] = []
  const empty = { model: null, idurba: null, insee: null, layers: {}, pieces: [] }
  let archive: Archive
  try {
    progress(`Ouverture de l'archive ${source}`)
    archive = await openArchive(source)
  } catch (cause) {
    return finish(empty, [asProblem(cause, 'archive')])
  }
  try {
    const layout = findLayout(archive.entries)
    for (const { layer, paths } of layout.duplicates) problems.push(error(layer, `Plusieurs fichiers pour la même couche : ${paths.join(', ')}.`))
    if (!layout.layers.has('ZONE_URBA')) problems.push(error('ZONE_URBA', 'Couche ZONE_URBA absente : une archive CNIG de PLU doit contenir le zonage.'))
    for (const name of GEOMETRIC) {
      const files = layout.layers.get(name)
      if (files && !files.files.shp) problems.push(error(name, 'Fichier .shp absent : la couche ne peut pas être dessinée.'))
    }

    const layers = new Map<CnigLayerName, PluLayer>()
    for (const name of CNIG_LAYERS) {
      const files = layout.layers.get(name)
      if (!files || (GEOMETRIC.includes(name) && !files.files.shp)) continue
      progress(`Lecture de ${name}`)
      try {
        const read = await readLayer(archive, files)
        layers.set(name, read.layer)
        problems.push(...read.problems)
      } catch (cause) {
        problems.push(asProblem(cause, name))
      }
    }

    const zones = layers.get('ZONE_URBA')
    const model = zones ? detectModel(zones.fields) : null
    if (zones && !model) problems.push(error('ZONE_URBA', "Modèle CNIG non reconnu : ZONE_URBA n'a ni le champ IDURBA (modèle 2017) ni les champs INSEE et DATAPPRO (modèle 2013/2014).", { field: 'IDURBA' }))
    const partial = { model, idurba: null as string | null, insee: null as string | null, layers: Object.fromEntries(layers), pieces: layout.pieces }
    if (!model) return finish(partial, problems)

    progress('Contrôles CNIG')
    const usable = new Map<CnigLayerName, PluLayer>()
    for (const layer of layers.values()) {
      const missing = checkMandatoryFields(layer, model)
      problems.push(...missing)
      if (missing.length === 0) usable.set(layer.name, layer)
    }
    problems.push(...checkDocument(layers))
    const identity = documentIdentity(usable, model)
    problems.push(...checkIdentity(usable, model, identity))
    for (const layer of usable.values()) {
      if (!GEOMETRIC.includes(layer.name)) continue
      problems.push(...checkGeometries(layer))
      if (layer.name === 'ZONE_URBA') problems.push(...checkZoneTypes(layer))
      else problems.push(...checkCodes(layer, model))
      problems.push(...checkDates(layer, model))
      problems.push(...checkWrittenPieces(layer, layout.pieces))
    }
    return finish({ ...partial, idurba: identity.idurba, insee: identity.insee }, problems)
  } catch (cause) {
    return finish(empty, [...problems, asProblem(cause, 'archive')])
  } finally {
    await archive.close()
  }
}

function asProblem(cause: unknown, layer: string): Problem {
  if (cause instanceof ProblemError) return cause.problem
  return error(layer, `Lecture impossible : ${cause instanceof Error ? cause.message : String(cause)}.`)
}

/** Reads some files of an archive (the written pieces to store), by their paths in `pieces`. */
export async function readArchiveFiles(source: string, paths: readonly string[]): Promise<Map<string, Buffer>> {
  const archive = await openArchive(source)
  try {
    const files = new Map<string, Buffer>()
    for (const path of paths) files.set(path, await archive.read(path))
    return files
  } finally {
    await archive.close()
  }
}
