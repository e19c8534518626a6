// `node bench/backup/run.mjs [-- --connections N --duration S]` (after `npm run build`): what a backup
// costs the portal while it serves. The built app on a throw-away demo town; the same burst of API
// reads (a database query each: GET /api/procedures) with nothing else, then with `npm run backup`
// running one after the other (a second apart); then one `npm run restore` of the last archive into an empty folder.
// Prints one Markdown row for bench/RESULTS.md. Compare the two bursts of the same run.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { startApp } from '../lib/app.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback)
const connections = option('connections', 10)
const duration = option('duration', 10)
const root = path.resolve(import.meta.dirname, '../..')

const burst = (url) => new Promise((resolve, reject) => autocannon({ url, connections, duration }, (err, result) => (err ? reject(err) : resolve(result))))

/** One project command, timed (asynchronous: the burst's client keeps running meanwhile). */
async function command(name, commandArgs, env) {
  const started = performance.now()
  const child = spawn(process.execPath, [`src/scripts/${name}.mjs`, ...commandArgs], { cwd: root, env: { ...process.env, ...env, NODE_OPTIONS: '' } })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const status = await new Promise((resolve) => child.once('close', resolve))
  if (status !== 0) throw new Error(`${name} failed:\n${output}`)
  return { ms: performance.now() - started, output }
}

const app = await startApp()
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-bench-backup-'))
try {
  const data = { DATABASE_URL: `file:${path.join(app.dir, 'bench.db')}`, UPLOADS_DIR: path.join(app.dir, 'uploads') }
  const url = `${app.baseURL}/api/procedures?limit=10&depth=0`
  await burst(url) // warm-up, not counted
  const quiet = await burst(url)

  const archives = path.join(scratch, 'archives')
  const backups = []
  let loading = true
  const during = burst(url).finally(() => (loading = false))
  // One after the other while the burst lasts, a second apart (archives are named to the second).
  while (loading) {
    backups.push(await command('backup', [archives], data))
    await new Promise((r) => setTimeout(r, 1000))
  }
  const loaded = await during
  const newest = fs.readdirSync(archives).filter((n) => n.endsWith('.tar.gz')).sort().at(-1)
  const archiveBytes = fs.statSync(path.join(archives, newest)).size
  const databaseBytes = fs.statSync(path.join(app.dir, 'bench.db')).size
  const restoreDir = path.join(scratch, 'restored')
  const restore = await command('restore', [path.join(archives, newest)], { DATABASE_URL: `file:${path.join(restoreDir, 'portail.db')}`, UPLOADS_DIR: path.join(restoreDir, 'uploads') })

  const backupMs = backups.map((b) => b.ms).sort((a, b) => a - b)
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1)
  const row = {
    'reads/s quiet': quiet.requests.average.toFixed(0),
    'reads/s during backups': loaded.requests.average.toFixed(0),
    ratio: (loaded.requests.average / quiet.requests.average).toFixed(2),
    'p99 quiet / during (ms)': `${quiet.latency.p99} / ${loaded.latency.p99}`,
    'errors during': loaded.errors + loaded.non2xx,
    backups: backups.length,
    'backup median (ms)': backupMs[Math.floor(backupMs.length / 2)].toFixed(0),
    'database / archive (MB)': `${mb(databaseBytes)} / ${mb(archiveBytes)}`,
    'restore (ms)': restore.ms.toFixed(0),
  }
  console.log(JSON.stringify(row, null, 2))
  console.log(`| ${Object.keys(row).join(' | ')} |`)
  console.log(`| ${Object.values(row).join(' | ')} |`)
} finally {
  app.stop()
  fs.rmSync(scratch, { recursive: true, force: true })
}
