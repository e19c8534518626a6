// `npm run bench:pages [-- --connections N --duration S]`: a procedure page as the site renders
// it, against the same HTML served as a static file by the same server, same run (autocannon).
import fs from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { startApp } from '../lib/app.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback)
const connections = option('connections', 20)
const duration = option('duration', 10)
const PAGE = '/demarches/etat-civil/acte-de-naissance'
const root = path.resolve(import.meta.dirname, '../..')
const staticDir = path.join(root, 'public', '__bench')
const run = (url) => new Promise((resolve, reject) => autocannon({ url, connections, duration, headers: { accept: 'text/html' } }, (err, result) => (err ? reject(err) : resolve(result))))

// The server lists public/ when it starts: take the page from a first start, then serve both.
const first = await startApp()
const html = await (await fetch(first.baseURL + PAGE, { headers: { accept: 'text/html' } })).text() // as browsers get it
first.stop()
fs.mkdirSync(staticDir, { recursive: true })
fs.writeFileSync(path.join(staticDir, 'procedure.html'), html)
const app = await startApp()
try {
  const check = await fetch(`${app.baseURL}/__bench/procedure.html`)
  if (check.status !== 200) throw new Error(`the server does not serve the static copy (${check.status})`)
  await run(app.baseURL + PAGE) // warm-up, discarded
  const page = await run(app.baseURL + PAGE)
  const file = await run(`${app.baseURL}/__bench/procedure.html`)
  const rows = [
    ['procedure page (rendered)', page],
    ['same HTML, static file', file],
  ]
  const table = [
    `### bench/pages — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${connections} connections, ${duration} s each, \`npm run bench:pages\``,
    '',
    `Page: \`${PAGE}\` (${Math.round(html.length / 1024)} KiB of HTML).`,
    '',
    '| path | requests/s | p50 ms | p99 ms | non-2xx | errors |',
    '|---|---|---|---|---|---|',
    ...rows.map(([name, r]) => `| ${name} | ${r.requests.average.toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx} | ${r.errors + r.timeouts} |`),
    '',
    `Ratio rendered ÷ static = **${(page.requests.average / file.requests.average).toFixed(2)}** (target ≥ 0.8).`,
    '',
  ].join('\n')
  console.log(table)
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
  fs.writeFileSync(path.join(root, 'bench', 'results', 'pages-latest.md'), table)
} finally {
  fs.rmSync(staticDir, { recursive: true, force: true })
  app.stop()
}
