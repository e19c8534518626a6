/**
 * The whole project type-checks (application, collections, blocks, tests, benches), with the route
 * types Next generates. `npm test` builds with Next's own type check off (NEXT_TYPECHECKED=1, see
 * next.config.ts): it runs here, beside the other suites, instead of alone at the end of the build
 * (decision 0037).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

it('tsc finds no type error', () => {
  const typegen = spawnSync(bin('next'), ['typegen'], { cwd: root, encoding: 'utf8' })
  expect({ status: typegen.status, output: typegen.status ? typegen.stdout + typegen.stderr : '' }).toEqual({ status: 0, output: '' })
  // No incremental file: a stale one from another tree must not hide an error.
  const tsc = spawnSync(bin('tsc'), ['--noEmit', '--incremental', 'false', '--pretty', 'false'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  expect({ status: tsc.status, errors: tsc.stdout.split('\n').filter((line) => line.includes('error TS')) }).toEqual({ status: 0, errors: [] })
}, 300_000)
