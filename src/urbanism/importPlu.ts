import path from 'node:path'

import type { Payload } from 'payload'

import { readPdfPageCount } from '../lib/pdf'
import { slugify } from '../lib/slugify'
import { isImportable, readArchiveFiles, readPluArchive, toOverlayRecord, toZoneRecord, type CnigLayerName, type Problem } from '../plu'
import { warning } from '../plu/problems'
import type { RegulationLink } from '../plu/regulationLink'
import { activateRevision } from './activateRevision'
import { deleteAll, writeInBatches } from './writeInBatches'

export interface PluImportOptions {
  /** `--accepter-avertissements`: import although the archive has warnings (never with errors). */
  acceptWarnings?: boolean
  /** A French line at each step. */
  onStep?: (step: string) => void
  /** Rows written so far, per collection. */
  onProgress?: (what: string, done: number, total: number) => void
  now?: Date
}

export interface PluImportResult {
  imported: boolean
  /** Every problem found, errors first (French, with layer and row). */
  problems: Problem[]
  revisionId: number | string | null
  idurba: string | null
  zones: number
  overlays: number
  documents: number
}

const OVERLAY_LAYERS: Array<{ layer: CnigLayerName; kind: 'prescription' | 'information'; shape: 'surface' | 'line' | 'point' }> = [
  { layer: 'PRESCRIPTION_SURF', kind: 'prescription', shape: 'surface' },
  { layer: 'PRESCRIPTION_LIN', kind: 'prescription', shape: 'line' },
  { layer: 'PRESCRIPTION_PCT', kind: 'prescription', shape: 'point' },
  { layer: 'INFO_SURF', kind: 'information', shape: 'surface' },
  { layer: 'INFO_LIN', kind: 'information', shape: 'line' },
  { layer: 'INFO_PCT', kind: 'information', shape: 'point' },
]

/**
 * Imports a CNIG PLU archive (decision 0061): reads and checks it first, then — only when it is
 * importable — writes a new revision in state "importing" (its written pieces as documents, its
 * zones, prescriptions and information), then makes it current in one write and the previous
 * one "previous". Readers follow the current revision only, so they never see a half-written PLU.
 * A failure while writing deletes what was written; the previous revision stays current.
 */
export async function importPluArchive(payload: Payload, source: string, options: PluImportOptions = {}): Promise<PluImportResult> {
  const step = options.onStep ?? (() => {})
  const now = options.now ?? new Date()
  const reading = await readPluArchive(source, { onProgress: step })
  const problems = [...reading.problems]
  const result: PluImportResult = { imported: false, problems, revisionId: null, idurba: reading.idurba, zones: 0, overlays: 0, documents: 0 }

  // Written pieces are checked before anything is written: an unreadable PDF is a warning, not stored.
  const pdfs = new Map<string, Buffer>()
  if (reading.readable && reading.pieces.length) {
    step('Lecture des pièces écrites')
    const files = await readArchiveFiles(source, reading.pieces.map((p) => p.path))
    for (const piece of reading.pieces) {
      const data = files.get(piece.path)
      if (data && (await readPdfPageCount(data)) !== null) pdfs.set(piece.name, data)
      else problems.push(warning('archive', `Pièce écrite « ${piece.path} » : ce n'est pas un PDF lisible, elle n'est pas enregistrée.`))
    }
  }
  if (!isImportable(problems, Boolean(options.acceptWarnings))) return result

  step('Enregistrement de la révision')
  const revision = await payload.create({
    collection: 'plu-revisions',
    data: {
      idurba: reading.idurba ?? path.basename(source),
      insee: reading.insee,
      model: reading.model,
      source: path.basename(source),
      state: 'importing',
      importedAt: now.toISOString(),
      report: problems.map((p) => ({ layer: p.layer, row: p.row ?? null, field: p.field ?? null, message: p.message })),
    },
    overrideAccess: true,
    depth: 0,
  })
  result.revisionId = revision.id
  try {
    const documents = new Map<string, { id: number | string }>()
    for (const [name, data] of pdfs) {
      step(`Enregistrement de la pièce écrite ${name}`)
      const doc = await payload.create({
        collection: 'documents',
        data: {
          title: `PLU ${reading.idurba ?? ''} — ${name}`.replace(/\s+/g, ' '),
          slug: slugify(`plu-${revision.id}-${name.replace(/\.pdf$/i, '')}`),
          description: `Pièce écrite du plan local d'urbanisme (${reading.idurba ?? 'révision importée'}).`,
        },
        file: { data, name, mimetype: 'application/pdf', size: data.length },
        overrideAccess: true,
        depth: 0,
      })
      documents.set(name.toLowerCase(), doc)
    }
    result.documents = documents.size
    const regulation = (link: RegulationLink | null) => ({
      regulationFile: link?.file ?? null,
      regulationDocument: (link?.file && documents.get(link.file.toLowerCase())?.id) || null,
      regulationPage: link?.page ?? null,
      regulationUrl: link?.url ?? null,
    })

    const zones = (reading.layers.ZONE_URBA?.features ?? []).map(toZoneRecord).filter((z) => z.geometry)
    await writeInBatches(
      payload,
      'plu-zones',
      zones.map((z) => ({ revision: revision.id, row: z.row, label: z.label, longLabel: z.longLabel, type: z.type, ...regulation(z.regulation), attributes: z.attributes, geometry: z.geometry })),
      (done, total) => options.onProgress?.('Zones', done, total),
    )
    result.zones = zones.length

    const overlays = OVERLAY_LAYERS.flatMap(({ layer, kind, shape }) =>
      (reading.layers[layer]?.features ?? [])
        .map((f) => toOverlayRecord(f, kind))
        .filter((o) => o.geometry)
        .map((o) => ({
          revision: revision.id,
          kind,
          shape,
          layer,
          row: o.row,
          label: o.label,
          code: o.type ? `${o.type}-${o.subtype ?? '00'}` : null,
          codeLabel: o.codeLabel,
          text: o.text,
          ...regulation(o.regulation),
          attributes: o.attributes,
          geometry: o.geometry,
        })),
    )
    await writeInBatches(payload, 'plu-overlays', overlays, (done, total) => options.onProgress?.('Prescriptions et informations', done, total))
    result.overlays = overlays.length

    step('Mise en vigueur de la nouvelle révision')
    await activateRevision(payload, revision.id, { zoneCount: zones.length, overlayCount: overlays.length, regulations: [...documents.values()].map((d) => d.id) })
    result.imported = true
    return result
  } catch (error) {
    await removeRevision(payload, revision.id)
    result.revisionId = null
    problems.push({ severity: 'erreur', layer: 'archive', message: `Écriture interrompue, rien n'a été conservé : ${error instanceof Error ? error.message : String(error)}.` })
    return result
  }
}

/** Deletes a revision and everything written for it (its rows and its documents). */
export async function removeRevision(payload: Payload, revisionId: number | string): Promise<void> {
  const revision = await payload.findByID({ collection: 'plu-revisions', id: revisionId, depth: 0, overrideAccess: true, disableErrors: true })
  await deleteAll(payload, 'plu-zones', { revision: { equals: revisionId } })
  await deleteAll(payload, 'plu-overlays', { revision: { equals: revisionId } })
  const documents = (revision?.regulations ?? []) as Array<number | string>
  const slugs = await payload.find({ collection: 'documents', where: { slug: { like: `plu-${revisionId}-` } }, depth: 0, limit: 0, overrideAccess: true })
  const ids = new Set([...documents, ...slugs.docs.filter((d) => d.slug?.startsWith(`plu-${revisionId}-`)).map((d) => d.id)])
  if (ids.size) await payload.delete({ collection: 'documents', where: { id: { in: [...ids] } }, overrideAccess: true })
  await payload.delete({ collection: 'plu-revisions', id: revisionId, overrideAccess: true })
}
