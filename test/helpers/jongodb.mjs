// The MongoDB-wire test server from npm (jongodb, a devDependency): started by `npm test` on a free
// port as a one-node replica set (transactions), in memory. A test double of the protocol, never a
// database to run a town on (decision 0004). Plain Node: imported by src/scripts/test.mjs.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

const PACKAGE = '@jongodb/memory-server-bin-linux-x64-gnu'

/** Why the test server cannot run on this machine, or null when it can. */
export function whyNoTestServer(root) {
  if (process.platform !== 'linux' || process.arch !== 'x64') return `${PACKAGE} runs on Linux x64 only (this is ${process.platform} ${process.arch})`
  const glibc = process.report?.getReport().header.glibcVersionRuntime
  if (!glibc) return `${PACKAGE} needs glibc (this Linux uses another C library)`
  if (!fs.existsSync(binaryPath(root))) return `${PACKAGE} is not installed (npm ci installs it with the devDependencies)`
  return null
}

const binaryPath = (root) => path.join(root, 'node_modules', PACKAGE, 'bin', 'jongodb')

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts the server and resolves once it prints its address: `{ url, stop }`, where `url` has no
 * database name (each suite picks its own). `replicaSet`: a one-node replica set, so Payload runs
 * its writes in transactions as on a production MongoDB; without, a standalone server (no
 * transactions), several times faster on jongodb (decision 0004).
 */
export async function startTestServer(root, { replicaSet = true, timeoutMs = 30_000 } = {}) {
  const port = await freePort()
  const topology = replicaSet ? ['--replica-set-name=rs0', '--topology-profile=single_node_replicaset'] : []
  const child = spawn(binaryPath(root), ['--host=127.0.0.1', `--port=${port}`, ...topology], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`jongodb did not start in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs)
    const read = (chunk) => {
      output += chunk
      if (/^JONGODB_URI=/m.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`jongodb exited (${code}):\n${output}`))
    })
  })
  child.removeAllListeners('exit')
  return {
    // Polled server monitoring: jongodb breaks the driver's streamed one ("Server ended moreToCome
    // unexpectedly", the connection pool cleared mid-suite).
    url: `mongodb://127.0.0.1:${port}/?${replicaSet ? 'replicaSet=rs0&' : ''}serverMonitoringMode=poll`,
    output: () => output,
    stop: () => {
      child.kill('SIGKILL')
    },
  }
}
