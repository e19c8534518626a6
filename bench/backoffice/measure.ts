/*
 * Run by bench/backoffice/run.mjs through `payload run`: grows the requests table to each size and
 * times what an agent waits for — the requests list (first page, and the overdue filter) and the
 * dashboard — as a CCAS agent and as an administrator.
 */
import fs from 'node:fs'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { loadDashboard } from '../../src/admin/dashboardData'
import { optimizeDatabase } from '../../src/db/optimize'
import config from '../../src/payload.config'
import type { User } from '../../src/payload-types'
import { ensureDemoAgents } from '../../src/seed/agents'
import { seedDemo } from '../../src/seed/index'
import { dueWindow } from '../../src/submissions/delays'
import { growRequests } from './bulkRequests'

const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number)
const runs = Number(process.env.BENCH_RUNS ?? 15)
const out = process.env.BENCH_OUT ?? path.resolve('bench/results/backoffice-latest.md')

const payload: Payload = await getPayload({ config })
await seedDemo(payload, () => {})
await ensureDemoAgents(payload, { DEMO_AGENT_PASSWORD: 'Bench-Agent-2026-xx' })
const userBy = async (where: object) => (await payload.find({ collection: 'users', where: where as never, limit: 1, depth: 0, overrideAccess: true })).docs[0] as User
const agent = await userBy({ email: { equals: 'agent.ccas@kerlann.fr' } })
const admin =
  (await userBy({ role: { equals: 'admin' } })) ??
  ((await payload.create({ collection: 'users', data: { email: 'admin@bench.fr', password: 'Bench-Admin-2026-xx', name: 'Admin', role: 'admin' } as never, overrideAccess: true })) as User)

const list = (user: User) =>
  payload.find({ collection: 'submissions', sort: '-createdAt', limit: 10, depth: 1, overrideAccess: false, user })
const overdueList = (user: User) =>
  payload.find({
    collection: 'submissions',
    where: { openDueDate: { less_than: dueWindow().today } },
    sort: '-createdAt',
    limit: 10,
    depth: 1,
    overrideAccess: false,
    user,
  })

async function time(fn: () => Promise<unknown>) {
  for (let i = 0; i < 2; i += 1) await fn() // warm-up
  const ms: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now()
    await fn()
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  return { median: ms[Math.floor(ms.length / 2)], p95: ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)] }
}

const tty = process.stdout.isTTY
const progress = (done: number, wanted: number) => {
  const pct = Math.round((done / wanted) * 100)
  const bar = '█'.repeat(Math.round(pct / 4)).padEnd(25, '░')
  const line = `  ${bar} ${pct}% — ${done.toLocaleString('fr-FR')} / ${wanted.toLocaleString('fr-FR')} demandes`
  if (tty) process.stdout.write(`\r${line}`)
  else if (done % 100_000 === 0 || done === wanted) console.log(line)
}

const lines: string[] = []
const fmt = (t: { median: number; p95: number }) => `${t.median.toFixed(1)} / ${t.p95.toFixed(1)}`
for (const size of sizes) {
  const t0 = performance.now()
  await growRequests(payload, size, progress)
  if (tty) process.stdout.write('\n')
  await optimizeDatabase(payload) // what the nightly job does after a day of new requests
  console.log(`  ${size.toLocaleString('fr-FR')} demandes en base (${((performance.now() - t0) / 1000).toFixed(0)} s)`)
  const row = [
    size.toLocaleString('en-US'),
    fmt(await time(() => list(agent))),
    fmt(await time(() => overdueList(agent))),
    fmt(await time(() => loadDashboard(payload, agent))),
    fmt(await time(() => list(admin))),
    fmt(await time(() => loadDashboard(payload, admin))),
  ]
  const line = `| ${row.join(' | ')} |`
  console.log(line)
  lines.push(line)
}
const table = [
  '| requests | agent list | agent overdue list | agent dashboard | admin list | admin dashboard |',
  '|---|---|---|---|---|---|',
  ...lines,
].join('\n')
fs.mkdirSync(path.dirname(out), { recursive: true })
fs.writeFileSync(out, `# bench/backoffice — ${new Date().toISOString()}\n\nms, median / p95 of ${runs} runs\n\n${table}\n`)
console.log(`\n${table}\n\nRésultats écrits dans ${path.relative(process.cwd(), out)}`)
await payload.destroy()
process.exit(0)
