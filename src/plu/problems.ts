/**
 * Problems found while reading a PLU archive, a cadastre file or an addresses file. Messages are
 * French (they are shown to staff as they are); `row` is 1-based (the first record is row 1).
 */
export type Severity = 'erreur' | 'avertissement'

export interface Problem {
  severity: Severity
  /** The CNIG layer (ZONE_URBA, INFO_SURF…), "archive", "cadastre" or "adresses". */
  layer: string
  row?: number
  field?: string
  message: string
}

export function error(layer: string, message: string, where: { row?: number; field?: string } = {}): Problem {
  return { severity: 'erreur', layer, ...where, message }
}

export function warning(layer: string, message: string, where: { row?: number; field?: string } = {}): Problem {
  return { severity: 'avertissement', layer, ...where, message }
}

/** Thrown inside the reader for a problem that stops a whole file; caught and listed, never escapes. */
export class ProblemError extends Error {
  readonly problem: Problem
  constructor(problem: Problem) {
    super(problem.message)
    this.name = 'ProblemError'
    this.problem = problem
  }
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'erreur')
}

/**
 * Whether what was read may be written: never with an error; with warnings only when the
 * operator accepted them (`--accepter-avertissements`).
 */
export function isImportable(problems: readonly Problem[], acceptWarnings: boolean): boolean {
  if (hasErrors(problems)) return false
  return acceptWarnings || problems.length === 0
}

/** One line per problem, for a terminal: "avertissement INFO_SURF ligne 3 (IDURBA) : …". */
export function formatProblem(p: Problem): string {
  const where = [p.layer, p.row !== undefined ? `ligne ${p.row}` : null, p.field ? `(${p.field})` : null].filter(Boolean).join(' ')
  return `${p.severity} ${where} : ${p.message}`
}
