import fs from 'node:fs'
import path from 'node:path'

// The commands and the server run from the project folder (npm scripts, src/scripts/start.mjs).
const packageJson = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'package.json')

/** This portal's name and version, as package.json says. */
export function appVersion(): { name: string; version: string } {
  const pkg = JSON.parse(fs.readFileSync(packageJson(), 'utf8')) as { name: string; version: string }
  return { name: pkg.name, version: pkg.version }
}
