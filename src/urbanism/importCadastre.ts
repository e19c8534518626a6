import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { hasErrors, readBanAddresses, readParcels, type Problem } from '../plu'
import { forgetParcels, sectionKey, type StoredSection } from './parcels'
import { writeInBatches } from './writeInBatches'

export interface ReferenceImportResult {
  imported: boolean
  count: number
  problems: Problem[]
}

export interface ReferenceImportOptions {
  onProgress?: (done: number, total: number) => void
}

/**
 * Replaces the stored parcels of the file's communes (decision 0061): the new sections are written
 * under a new batch mark, then the older sections of the same communes are deleted. A file with any
 * bad row writes nothing (every problem is listed): the cadastre is the town's reference.
 */
export async function importCadastre(payload: Payload, json: string, options: ReferenceImportOptions = {}): Promise<ReferenceImportResult> {
  const reading = readParcels(json)
  if (hasErrors(reading.problems) || reading.parcels.length === 0) {
    const problems = reading.parcels.length || hasErrors(reading.problems) ? reading.problems : [...reading.problems, { severity: 'erreur' as const, layer: 'cadastre', message: 'Aucune parcelle dans le fichier.' }]
    return { imported: false, count: 0, problems }
  }
  const batch = randomUUID()
  const sections = new Map<string, StoredSection>()
  for (const p of reading.parcels) {
    const key = sectionKey(p.commune, p.prefixe, p.section)
    const section = sections.get(key) ?? { key, commune: p.commune, prefixe: p.prefixe, section: p.section, parcelCount: 0, parcels: [], batch }
    section.parcels.push({ id: p.id, numero: p.numero, contenance: p.contenance, bbox: p.bbox, geometry: p.geometry })
    section.parcelCount++
    sections.set(key, section)
  }
  await writeInBatches(payload, 'cadastre-sections', [...sections.values()] as unknown as Record<string, unknown>[], options.onProgress)
  const communes = [...new Set(reading.parcels.map((p) => p.commune))]
  await payload.delete({ collection: 'cadastre-sections', where: { and: [{ commune: { in: communes } }, { batch: { not_equals: batch } }] }, overrideAccess: true, depth: 0 })
  forgetParcels()
  return { imported: true, count: reading.parcels.length, problems: reading.problems }
}

/** Replaces the stored addresses of the file's communes, like the parcels. Bad rows: nothing written. */
export async function importAddresses(payload: Payload, csv: string | Buffer, options: ReferenceImportOptions = {}): Promise<ReferenceImportResult> {
  const reading = readBanAddresses(csv)
  if (hasErrors(reading.problems) || reading.addresses.length === 0) {
    const problems = reading.problems.length ? reading.problems : [{ severity: 'erreur' as const, layer: 'adresses', message: 'Aucune adresse dans le fichier.' }]
    return { imported: false, count: 0, problems }
  }
  const batch = randomUUID()
  await writeInBatches(
    payload,
    'addresses',
    reading.addresses.map((a) => ({ label: a.label, searchKey: a.searchKey, banId: a.id, codeInsee: a.codeInsee, codePostal: a.codePostal, lon: a.lon, lat: a.lat, parcels: a.parcels, batch })),
    options.onProgress,
  )
  const communes = [...new Set(reading.addresses.map((a) => a.codeInsee))]
  await payload.delete({ collection: 'addresses', where: { and: [{ codeInsee: { in: communes } }, { batch: { not_equals: batch } }] }, overrideAccess: true, depth: 0 })
  return { imported: true, count: reading.addresses.length, problems: reading.problems }
}
