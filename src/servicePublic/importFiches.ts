import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { parseFiche } from './parseFiche'
import { codeFromFileName, openFicheSource } from './readSource'
import { SERVICE_PUBLIC_IMPORT } from './review'
import { writeFiche } from './writeFiche'
import { comparable, EMPTY_FICHE, type StoredFiche, toStored } from './storedFiche'
import type { Fiche, FicheProblem } from './types'

export interface ImportedProcedure {
  id: number | string
  title: string
  code: string
  /** Whether the stored data changed (an unchanged fiche is not written again) */
  changed: boolean
  /** Whether the procedure is "à revoir" after the import */
  needsReview: boolean
}

export interface FicheImportReport {
  /** true when every referenced fiche was read and everything was written */
  ok: boolean
  source: string
  problems: FicheProblem[]
  procedures: ImportedProcedure[]
}

interface ProcedureRef {
  id: number | string
  title: string
  servicePublicCode: string
  servicePublic?: StoredFiche | null
  servicePublicNeedsReview?: boolean | null
}

export interface FicheImportOptions {
  /** Date recorded as "importée le" (tests set it) */
  now?: Date
  /** Only these procedures (the demo seed limits itself to its own); default: every procedure citing a fiche */
  procedureIds?: Array<number | string>
}

const READ_FAILURES: Record<string, string> = {
  EACCES: 'accès refusé',
  EPERM: 'accès refusé',
  EISDIR: "c'est un dossier",
  ENOENT: 'fichier disparu pendant la lecture',
  EIO: "erreur d'entrée-sortie du disque",
}

/** Why a file could not be read, in French (the system's code when it is not a usual one). */
const readFailure = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException)?.code
  return (code && READ_FAILURES[code]) || `erreur système${code ? ` ${code}` : ''}`
}

/**
 * Imports the service-public.fr fiches that procedures refer to, from a fiche file, a directory
 * or a .zip (see readSource). All or nothing: every referenced fiche is read and checked first;
 * on any problem nothing is written and the report lists each file with its reason (French).
 * Then the procedures are written in one go (see the comment of step 2 on failures half-way).
 */
export async function importFiches(payload: Payload, input: string, { now = new Date(), procedureIds }: FicheImportOptions = {}): Promise<FicheImportReport> {
  const report: FicheImportReport = { ok: false, source: input, problems: [], procedures: [] }
  const source = openFicheSource(input)
  if (source.kind === 'error') {
    report.problems.push({ file: input, reason: source.reason })
    return report
  }

  const { docs } = await payload.find({
    collection: 'procedures',
    where: procedureIds ? { and: [{ servicePublicCode: { exists: true } }, { id: { in: procedureIds } }] } : { servicePublicCode: { exists: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { title: true, servicePublicCode: true, servicePublic: true, servicePublicNeedsReview: true },
  })
  const procedures = (docs as unknown as ProcedureRef[]).filter((p) => p.servicePublicCode)
  const codes = [...new Set(procedures.map((p) => p.servicePublicCode))].sort()

  // 1. Read and check everything.
  const fiches = new Map<string, Fiche>()
  if (source.kind === 'file') {
    let xml: string | null = null
    try {
      xml = source.file.read()
    } catch (error) {
      report.problems.push({ file: source.file.name, reason: `lecture impossible (${readFailure(error)})` })
    }
    if (xml !== null) {
      const parsed = parseFiche(xml, codeFromFileName(source.file.name))
      if (parsed.ok) fiches.set(parsed.fiche.code, parsed.fiche)
      else report.problems.push({ file: source.file.name, reason: parsed.reason })
    }
  } else {
    for (const code of codes) {
      const found = source.find(code)
      const users = procedures.filter((p) => p.servicePublicCode === code).map((p) => `« ${p.title} »`)
      if (found.length === 0) {
        report.problems.push({ file: `${code}.xml`, reason: `fichier absent de ${source.label} (fiche citée par ${users.join(', ')})` })
        continue
      }
      if (found.length > 1) {
        // Which copy is the right one is the staff's call: none is picked silently.
        report.problems.push({
          file: `${code}.xml`,
          reason: `fiche présente ${found.length} fois dans ${source.label} : ${found.map((f) => `« ${f.name} »`).join(' et ')} ; gardez-en un seul exemplaire`,
        })
        continue
      }
      const file = found[0]!
      let xml: string
      try {
        xml = file.read()
      } catch (error) {
        report.problems.push({ file: file.name, reason: `lecture impossible (${readFailure(error)})` })
        continue
      }
      const parsed = parseFiche(xml, code)
      if (parsed.ok) fiches.set(code, parsed.fiche)
      else report.problems.push({ file: file.name, reason: parsed.reason })
    }
  }
  if (report.problems.length) return report

  // 2. Write all in one go: inside a transaction where the database adapter offers one (MongoDB
  // replica set, Postgres); Payload's SQLite adapter has none by default, so a failure half-way
  // also puts back the fiches already written (compensation). Nothing was checked late: every
  // fiche was validated above, so a failure here is the database's (disk full, lock timeout).
  const importedAt = now.toISOString()
  const targets = procedures.filter((p) => fiches.has(p.servicePublicCode))
  const req = await createLocalReq({ context: { [SERVICE_PUBLIC_IMPORT]: true } }, payload)
  const inTransaction = await initTransaction(req)
  const written: ProcedureRef[] = []
  try {
    for (const p of targets) {
      const fiche = fiches.get(p.servicePublicCode)!
      const stored = toStored(fiche, importedAt)
      const changed = comparable(stored) !== comparable(p.servicePublic)
      let needs = Boolean(p.servicePublicNeedsReview)
      if (changed) {
        needs = await writeFiche(payload, p.id, stored, req)
        written.push(p)
      }
      report.procedures.push({ id: p.id, title: p.title, code: fiche.code, changed, needsReview: needs })
    }
    if (inTransaction) await commitTransaction(req)
  } catch (error) {
    report.procedures = []
    report.problems.push({ file: input, reason: `écriture interrompue, aucune démarche modifiée (${(error as Error).message})` })
    if (inTransaction) await killTransaction(req)
    else report.problems.push(...(await putBack(payload, written)))
    return report
  }
  report.ok = true
  return report
}

/** Without a transaction: restores the fiches already written, newest first; says which could not be. */
async function putBack(payload: Payload, written: ProcedureRef[]): Promise<FicheProblem[]> {
  const problems: FicheProblem[] = []
  const req = await createLocalReq({ context: { [SERVICE_PUBLIC_IMPORT]: true } }, payload)
  for (const p of [...written].reverse()) {
    try {
      await writeFiche(payload, p.id, p.servicePublic ?? { ...EMPTY_FICHE }, req)
    } catch (error) {
      problems.push({ file: `${p.servicePublicCode}.xml`, reason: `la démarche « ${p.title} » n'a pas pu être remise dans son état précédent : vérifiez-la (${(error as Error).message})` })
    }
  }
  return problems
}
