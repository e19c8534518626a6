// One command to run the portal: `npm start` (production build) or `npm run dev`.
//   1. .env with a secret; 2. a valid DATABASE_URL; 3. build when needed; 4. migrations (SQL);
//   5. demo town + first admin on an empty database; 6. the web server.
// Flags: --dev (next dev), --no-build (use the existing build), --production (`npm run serve`:
// no demo town unless SEED_DEMO=true, no password ever printed), --port N, --prepare-only (steps
// 1–5, then exit: e.g. to prepare a database once and copy it), --no-prepare (skip 4–5: the
// database is known to be prepared).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { parseDatabaseUrl } from '../db/parseDatabaseUrl.ts'
import { ensureEnvFile, projectRoot } from './env.mjs'

const args = process.argv.slice(2)
const dev = args.includes('--dev')
const portFlag = args.indexOf('--port')
const port = portFlag >= 0 ? args[portFlag + 1] : process.env.PORT || '3000'
const production = args.includes('--production')
const prepareOnly = args.includes('--prepare-only')
const prepare = !args.includes('--no-prepare')

ensureEnvFile()
// Links in e-mails and Payload's own origin check need the public address: default to this port.
process.env.PUBLIC_URL ||= `http://localhost:${port}`
process.env.PORTAIL_MODE = production ? 'production' : 'demo'

let database
try {
  database = parseDatabaseUrl(process.env.DATABASE_URL)
} catch (error) {
  console.error(error.message)
  process.exit(2)
}

const bin = (name) => path.join(projectRoot, 'node_modules', '.bin', name)
const cliEnv = { ...process.env, NODE_OPTIONS: '--no-deprecation --conditions=production' }

function run(label, command, commandArgs, env = process.env) {
  console.log(`▶ ${label}`)
  const result = spawnSync(command, commandArgs, { cwd: projectRoot, env, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`✖ ${label} : échec (code ${result.status ?? result.signal}).`)
    process.exit(result.status || 1)
  }
}

const buildId = path.join(projectRoot, '.next', 'BUILD_ID')
if (!dev && !args.includes('--no-build') && !fs.existsSync(buildId)) {
  run('Compilation du site (next build)', bin('next'), ['build'], { ...process.env, NODE_OPTIONS: '--no-deprecation' })
}
// With DATABASE_PUSH=true the schema is pushed (development iteration, benchmarks), not migrated.
if (prepare) {
  // One process for both steps (each Payload start costs seconds): migrations (SQL), then content.
  const migrate = database.kind === 'sqlite' && process.env.DATABASE_PUSH !== 'true'
  run(migrate ? 'Migrations et vérification du contenu' : 'Vérification du contenu', bin('payload'), ['run', 'src/scripts/first-run.ts', ...(migrate ? ['migrate'] : [])], cliEnv)
}
if (prepareOnly) process.exit(0)

const server = spawn(process.execPath, [path.join(projectRoot, 'src', 'scripts', 'server.mjs'), ...(dev ? ['--dev'] : [])], {
  cwd: projectRoot,
  // PORT: the proxy renders pages for its cache through the server itself (src/site/pageCache.ts).
  env: { ...process.env, PORT: String(port), NODE_ENV: dev ? 'development' : 'production', NODE_OPTIONS: '--no-deprecation' },
  stdio: 'inherit',
})
console.log(`Portail citoyen : http://localhost:${port}  —  administration : http://localhost:${port}/admin`)
const stop = (signal) => server.kill(signal)
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
