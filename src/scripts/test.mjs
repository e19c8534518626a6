// `npm test`: every test, in order — unit + integration (Payload on throw-away databases: SQLite,
// and MongoDB), then a production build, then end-to-end (the built app in Debian's Chromium, one
// journey of it on MongoDB). MongoDB is the npm test server (test/helpers/jongodb.mjs) unless
// MONGODB_TEST_SERVER names one. Ends with one line "Tests: N passed, N failed[, N skipped]".
// Set SKIP_BUILD=1 to reuse .next.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startTestServer, whyNoTestServer } from '../../test/helpers/jongodb.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const resultsDir = path.join(root, 'test-results')
fs.mkdirSync(resultsDir, { recursive: true })

const env = {
  ...process.env,
  // Build and tests never need the developer's .env; a throw-away secret is enough.
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'test-secret-not-for-production-0123456789',
  // Node's on-disk cache of compiled code, shared by the many processes tests start (each e2e
  // suite's app server, the Payload CLI): a server's start and first pages cost ~27 % less CPU
  // from the second one on (measured 4.8 → 3.5 s). Checked against each file's content.
  NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE || path.join(os.tmpdir(), 'portail-test-compile-cache'),
}
const jestBin = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js')
const nextBin = path.join(root, 'node_modules', '.bin', 'next')

/** The machine's CPU counters (Linux): busy and total jiffies since boot; null elsewhere. */
function cpuTimes() {
  try {
    // user nice system idle iowait irq softirq steal (guest time is already inside user)
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number)
    const total = fields.reduce((a, b) => a + b, 0)
    return { busy: total - fields[3] - (fields[4] ?? 0), total } // idle and iowait are not busy
  } catch {
    return null
  }
}

/** "62 % of 2 cores": how busy the machine was during a step — says whether a step waits or computes. */
function cpuUse(before) {
  const after = cpuTimes()
  if (!before || !after || after.total === before.total) return ''
  return `, CPU ${Math.round((100 * (after.busy - before.busy)) / (after.total - before.total))} % of ${os.availableParallelism()} cores`
}

/**
 * CPU seconds used by this process's finished children and their own waited-for descendants
 * (Linux: /proc/self/stat cutime + cstime, in clock ticks of 1/100 s); null elsewhere.
 */
function childrenCpuSeconds() {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return null
  }
}

/**
 * ", 812 s of CPU in its own processes": what a step itself computed, whatever else ran on the
 * machine meanwhile (the machine's share above counts everybody's work). Processes that outlive
 * their parent (an e2e suite's app server, stopped with its process group) are not counted.
 */
function ownCpu(before) {
  const after = childrenCpuSeconds()
  return before === null || after === null ? '' : `, ${Math.round(after - before)} s of CPU in its own processes`
}

function step(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`)
  const started = Date.now()
  const cpu = cpuTimes()
  const own = childrenCpuSeconds()
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } })
  console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s${cpuUse(cpu)}${ownCpu(own)}`)
  return result.status === 0
}

// Three workers on two cores: suites wait on SQLite files, the MongoDB test server, app starts and
// Chromium as much as they compute (measured on 2 cores: 1 → 2 workers, unit + int 414 s → 226 s and
// e2e 773 s → 505 s; 2 → 3 workers with MongoDB, 432 s → 403 s and 361 s → 329 s). TEST_MAX_WORKERS overrides.
const maxWorkers = process.env.TEST_MAX_WORKERS || '3'

/**
 * Starts test/helpers/prepareE2eTowns.ts in the background; resolves, once it ended, to the
 * environment that hands its towns to the e2e suites (none when it failed: they prepare their own).
 */
function prepareE2eTowns(mongoServer) {
  const resultFile = path.join(resultsDir, 'e2e-towns.json')
  fs.rmSync(resultFile, { force: true })
  const started = Date.now()
  const child = spawn(path.join(root, 'node_modules', '.bin', 'payload'), ['run', 'test/helpers/prepareE2eTowns.ts', resultFile, ...(mongoServer ? [mongoServer] : [])], {
    cwd: root,
    env: { ...env, NODE_ENV: 'test', NODE_OPTIONS: '--no-deprecation --conditions=production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return new Promise((resolve) => {
    child.once('close', () => {
      const result = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : { error: 'no result written' }
      if (result.error) {
        console.log(`\n  e2e towns not prepared during the build (the suites prepare their own): ${result.error}`)
        return resolve({ env: {}, cleanup: () => {} })
      }
      console.log(`\n  e2e demo towns prepared during the build in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      resolve({
        env: { E2E_PREPARED_DATABASE_DIR: result.sqliteDir, ...(result.mongoDatabase ? { E2E_PREPARED_MONGODB_DATABASE: result.mongoDatabase } : {}) },
        cleanup: () => fs.rmSync(result.sqliteDir, { recursive: true, force: true }),
      })
    })
  })
}

const jest = (projects, output, extraEnv = {}) =>
  step(
    `jest ${projects.join(' + ')}`,
    process.execPath,
    ['--experimental-vm-modules', '--no-deprecation', jestBin, `--maxWorkers=${maxWorkers}`, '--selectProjects', ...projects, '--json', `--outputFile=${path.join(resultsDir, output)}`],
    extraEnv,
  )

// MongoDB: the server given (MONGODB_TEST_SERVER), else the npm test server on this machine, else
// said and skipped. With the npm server, two of them: a standalone one for the integration suite
// (no transactions: several times faster on it) and a one-node replica set, as in production,
// for the built app's journey (decision 0004).
const servers = []
let mongoForInt = process.env.MONGODB_TEST_SERVER
let mongoForE2e = process.env.MONGODB_TEST_SERVER
if (mongoForInt) console.log(`\n▶ MongoDB: the server given by MONGODB_TEST_SERVER`)
else {
  const why = whyNoTestServer(root)
  if (why) console.log(`\n▶ MongoDB: SKIPPED — ${why}. The MongoDB tests do not run; they are not counted as passed.`)
  else {
    const standalone = await startTestServer(root, { replicaSet: false })
    const replicaSet = await startTestServer(root, { replicaSet: true })
    servers.push(standalone, replicaSet)
    process.on('exit', () => servers.forEach((s) => s.stop()))
    mongoForInt = standalone.url
    mongoForE2e = replicaSet.url
    env.MONGODB_TEST_SERVER_KIND = 'jongodb' // its known gaps skip, by name, the tests that need them
    console.log(`\n▶ MongoDB: test servers jongodb (npm), ${standalone.url} (integration) and ${replicaSet.url} (end-to-end)`)
  }
}

let ok = true
const reports = ['unit-int.json', 'e2e.json']
for (const file of reports) fs.rmSync(path.join(resultsDir, file), { force: true })

ok = jest(['unit', 'int', ...(mongoForInt ? ['int-mongodb'] : [])], 'unit-int.json', mongoForInt ? { MONGODB_TEST_SERVER: mongoForInt } : {}) && ok
// While the app builds, `npm start`'s own steps prepare the e2e suites' demo town (and the MongoDB
// journey's): the build leaves a core idle part of the time (type checking is single-threaded).
const towns = prepareE2eTowns(mongoForE2e)
let built = process.env.SKIP_BUILD === '1' && fs.existsSync(path.join(root, '.next', 'BUILD_ID'))
// Types were checked by the unit suite (test/unit/typecheck.test.ts): not again, alone, by the build.
if (!built) built = step('next build', nextBin, ['build'], { NODE_OPTIONS: '--no-deprecation', NEXT_BUILD_CACHE: 'off', NEXT_TYPECHECKED: '1' })
const prepared = await towns
if (built) ok = jest(['e2e'], 'e2e.json', { ...(mongoForE2e ? { MONGODB_TEST_SERVER: mongoForE2e } : {}), ...prepared.env }) && ok
else ok = false
prepared.cleanup()
servers.forEach((s) => s.stop())

let passed = 0
let failed = built ? 0 : 1
let skipped = 0
for (const file of reports) {
  const full = path.join(resultsDir, file)
  if (!fs.existsSync(full)) continue
  const report = JSON.parse(fs.readFileSync(full, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0)
  skipped += report.numPendingTests + (report.numTodoTests ?? 0)
}
if (!ok && failed === 0) failed = 1 // a step failed without a failing test (crash, build error)
console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(ok && failed === 0 ? 0 : 1)
