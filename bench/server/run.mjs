// `npm run bench:server [-- --connections N --duration S]`: what our own Node server
// (src/scripts/server.mjs: client address from the connection, default security headers) costs
// against `next start` serving the same build and the same database, measured in the same run,
// rounds alternated (A B A B) so that the machine's noise falls on both.
import { spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import autocannon from 'autocannon'

import { startApp } from '../lib/app.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback)
const connections = option('connections', 20)
const duration = option('duration', 8)
const rounds = option('rounds', 2)
const root = path.resolve(import.meta.dirname, '../..')
const TARGETS = [
  ['home page (page cache)', '/', { accept: 'text/html' }],
  ['procedure page (page cache)', '/demarches/etat-civil/acte-de-naissance', { accept: 'text/html' }],
  ['API JSON', '/api/domains?limit=3', {}],
]

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
const run = (url, headers) => new Promise((resolve, reject) => autocannon({ url, connections, duration, headers }, (err, result) => (err ? reject(err) : resolve(result))))

const ours = await startApp()
const port = await freePort()
const plain = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(port)], {
  cwd: root,
  detached: true,
  stdio: 'ignore',
  env: { ...process.env, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: `file:${path.join(ours.dir, 'bench.db')}`, PAYLOAD_SECRET: 'bench-secret-0123456789abcdef', UPLOADS_DIR: path.join(ours.dir, 'uploads'), JOBS_AUTORUN: 'false', NODE_OPTIONS: '' },
})
const plainURL = `http://127.0.0.1:${port}`
for (let i = 0; i < 200; i += 1) {
  try {
    if ((await fetch(plainURL + '/')).status === 200) break
  } catch {}
  await new Promise((r) => setTimeout(r, 300))
}

const rows = []
try {
  for (const [label, target, headers] of TARGETS) {
    await run(ours.baseURL + target, headers) // warm-up, discarded
    await run(plainURL + target, headers)
    const totals = { ours: [], plain: [], oursP99: [], plainP99: [] }
    for (let round = 0; round < rounds; round += 1) {
      const a = await run(ours.baseURL + target, headers)
      const b = await run(plainURL + target, headers)
      if (a.errors || a.non2xx || b.errors || b.non2xx) throw new Error(`${label}: errors or non-2xx answers`)
      totals.ours.push(a.requests.average)
      totals.plain.push(b.requests.average)
      totals.oursP99.push(a.latency.p99)
      totals.plainP99.push(b.latency.p99)
    }
    const mean = (list) => list.reduce((s, v) => s + v, 0) / list.length
    rows.push([label, mean(totals.ours), mean(totals.plain), mean(totals.oursP99), mean(totals.plainP99)])
  }
} finally {
  try {
    process.kill(-plain.pid, 'SIGKILL')
  } catch {}
  ours.stop()
}

console.log(`### bench/server — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${connections} connections, ${rounds} × ${duration} s each, \`npm run bench:server\``)
console.log('')
console.log('| target | our server (req/s) | next start (req/s) | ratio | p99 ours (ms) | p99 next start (ms) |')
console.log('|---|---:|---:|---:|---:|---:|')
for (const [label, a, b, pa, pb] of rows) console.log(`| ${label} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(a / b).toFixed(2)} | ${pa.toFixed(0)} | ${pb.toFixed(0)} |`)
