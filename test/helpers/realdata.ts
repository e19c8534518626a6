import fs from 'node:fs'
import path from 'node:path'

/**
 * The real public files the tests read in place (never copied into the project): `shared/realdata`
 * beside the project, as on the team's machines and in CI, or REALDATA_DIR. Missing, the test
 * fails saying so — it is never skipped.
 */
export function realdataPath(...parts: string[]): string {
  const candidates = [process.env.REALDATA_DIR, path.resolve(process.cwd(), '../shared/realdata')].filter((dir): dir is string => Boolean(dir))
  const dir = candidates.find((candidate) => fs.existsSync(candidate))
  if (!dir) throw new Error(`Real data not found (tried ${candidates.join(', ')}): set REALDATA_DIR or clone the project beside shared/.`)
  return path.join(dir, ...parts)
}
