import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { importFiches } from '../servicePublic/importFiches'

/** The sample fiches (written for the tests, in the published format) that the demo imports. */
export const DEMO_FICHES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/service-public/fiches')

/** Demo staff "reviewed" every fiche on this date: fiches changed since then show as "à revoir". */
export const DEMO_REVIEWED_AT = '2025-03-01T00:00:00.000Z'

/** Imports the sample fiches into the demo procedures (never staff's own); unchanged fiches are not written again (idempotent). */
export async function seedServicePublic(payload: Payload, procedureIds: Array<number | string>, log: (line: string) => void): Promise<void> {
  const report = await importFiches(payload, DEMO_FICHES_DIR, { procedureIds })
  if (!report.ok) {
    // The demo still starts: the procedures simply show no "Source : service-public.fr" line.
    log(`  fiches service-public.fr non importées : ${report.problems.map((p) => `${p.file} (${p.reason})`).join(' ; ')}`)
    return
  }
  const toReview = report.procedures.filter((p) => p.needsReview).length
  log(`  ${report.procedures.length} fiches service-public.fr liées (${toReview} démarches à revoir)`)
}
