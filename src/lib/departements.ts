import departements from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' }

/**
 * The French départements (with overseas collectivities), from the official list that
 * @etalab/decoupage-administratif ships offline (INSEE's code officiel géographique).
 */
export const DEPARTEMENTS: Array<{ code: string; nom: string }> = (departements as Array<{ code: string; nom: string }>).map(({ code, nom }) => ({ code, nom }))

const byCode = new Map(DEPARTEMENTS.map((d) => [d.code, d.nom]))

/** "56" → "56 — Morbihan"; an unknown code as is. */
export const departementLabel = (code: string): string => (byCode.has(code) ? `${code} — ${byCode.get(code)}` : code)

export const isDepartementCode = (code: string): boolean => byCode.has(code)

/** "56", "2a", "971", "1" (for 01) → the code; null when no département has it. */
export function readDepartement(typed: string): string | null {
  const value = typed.trim().toUpperCase()
  const padded = /^\d$/.test(value) ? `0${value}` : value
  return byCode.has(padded) ? padded : null
}
