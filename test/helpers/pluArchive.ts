import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { zipSync } from 'fflate'

import { samplePdf } from './files'
import { PRJ, writeDbf, writePolygonLayer } from './shapefileWriter'

/**
 * A small CNIG archive built for a test (2017 model, Lambert-93): two 100 m zones side by side
 * (Ua, N), one surface prescription over the first, DOC_URBA and a real regulation PDF.
 */
export const SMALL_IDURBA = '56206_PLU_20200101'
const ZONE_FIELDS = ['LIBELLE', 'LIBELONG', 'TYPEZONE', 'NOMFIC', 'URLFIC', 'IDURBA', 'DATVALID']
const PSC_FIELDS = ['LIBELLE', 'TXT', 'TYPEPSC', 'STYPEPSC', 'NOMFIC', 'URLFIC', 'IDURBA', 'DATVALID']
export const SQUARES: Array<Array<[number, number]>> = [
  [[250000, 6750000], [250100, 6750000], [250100, 6750100], [250000, 6750100]],
  [[250100, 6750000], [250200, 6750000], [250200, 6750100], [250100, 6750100]],
]

export type ArchiveFiles = Record<string, Buffer | string>

export async function smallArchiveFiles(idurba = SMALL_IDURBA): Promise<ArchiveFiles> {
  const zones = [
    { LIBELLE: 'Ua', LIBELONG: 'Zone urbaine dense', TYPEZONE: 'U', NOMFIC: '56206_reglement_20200101.pdf#page=2', URLFIC: '', IDURBA: idurba, DATVALID: '20200101' },
    { LIBELLE: 'N', LIBELONG: 'Zone naturelle', TYPEZONE: 'N', NOMFIC: '56206_reglement_20200101.pdf#page=3', URLFIC: '', IDURBA: idurba, DATVALID: '20200101' },
  ]
  const zone = writePolygonLayer({ rings: SQUARES, fields: ZONE_FIELDS, records: zones })
  const psc = writePolygonLayer({
    rings: [[[250010, 6750010], [250050, 6750010], [250050, 6750050], [250010, 6750050]]],
    fields: PSC_FIELDS,
    records: [{ LIBELLE: 'EBC', TXT: 'Bois à conserver', TYPEPSC: '01', STYPEPSC: '01', NOMFIC: '56206_reglement_20200101.pdf#page=5', URLFIC: '', IDURBA: idurba, DATVALID: '20200101' }],
  })
  const base = 'Donnees_geographiques/56206_'
  return {
    [`${base}ZONE_URBA_20200101.shp`]: zone.shp,
    [`${base}ZONE_URBA_20200101.shx`]: zone.shx,
    [`${base}ZONE_URBA_20200101.dbf`]: zone.dbf,
    [`${base}ZONE_URBA_20200101.prj`]: PRJ.lambert93,
    [`${base}ZONE_URBA_20200101.cpg`]: 'UTF-8',
    [`${base}PRESCRIPTION_SURF_20200101.shp`]: psc.shp,
    [`${base}PRESCRIPTION_SURF_20200101.shx`]: psc.shx,
    [`${base}PRESCRIPTION_SURF_20200101.dbf`]: psc.dbf,
    [`${base}PRESCRIPTION_SURF_20200101.prj`]: PRJ.lambert93,
    [`${base}PRESCRIPTION_SURF_20200101.cpg`]: 'UTF-8',
    '56206_DOC_URBA_20200101.dbf': writeDbf(['IDURBA', 'TYPEDOC', 'DATAPPRO'], [{ IDURBA: idurba, TYPEDOC: 'PLU', DATAPPRO: '20200101' }]),
    'Pieces_ecrites/3_Reglement/56206_reglement_20200101.pdf': await samplePdf('Règlement du PLU'),
  }
}

/** Writes files as a .zip in a fresh temporary folder; returns its path. */
export function zipArchive(files: ArchiveFiles, name = 'plu.zip'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plu-test-'))
  const file = path.join(dir, name)
  const entries = Object.fromEntries(Object.entries(files).map(([n, c]) => [n, typeof c === 'string' ? Buffer.from(c) : new Uint8Array(c)]))
  fs.writeFileSync(file, zipSync(entries))
  return file
}
