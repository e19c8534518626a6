// `npm run bench:backoffice [-- --sizes 10000,100000,1000000 --runs 15 --keep | --db file.db]`
// --db reuses a database kept by --keep (migrated first), skipping the sizes it already holds.
// Migrates a throw-away SQLite database exactly as `npm start` does, then runs measure.ts in it.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback)
const reused = option('db', null)
const dir = reused ? path.dirname(path.resolve(reused)) : fs.mkdtempSync(path.join(os.tmpdir(), 'portail-backoffice-'))
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NODE_OPTIONS: '--no-deprecation --conditions=production',
  DATABASE_URL: `file:${reused ? path.resolve(reused) : path.join(dir, 'bench.db')}`,
  UPLOADS_DIR: path.join(dir, 'uploads'),
  OUTBOX_DIR: path.join(dir, 'outbox'),
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-secret-0123456789abcdef',
  JOBS_AUTORUN: 'false',
  BENCH_SIZES: option('sizes', '10000,100000,1000000'),
  BENCH_RUNS: option('runs', '15'),
  BENCH_OUT: path.join(root, 'bench/results/backoffice-latest.md'),
}
const payloadBin = path.join(root, 'node_modules/.bin/payload')
const step = (label, command) => {
  console.log(`▶ ${label}`)
  const result = spawnSync(payloadBin, command, { cwd: root, env, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
try {
  step('Migrations', ['migrate'])
  step('Mesures', ['run', 'bench/backoffice/measure.ts'])
} finally {
  if (!args.includes('--keep') && !reused) fs.rmSync(dir, { recursive: true, force: true })
  else console.log(`Base conservée : ${dir}`)
}
