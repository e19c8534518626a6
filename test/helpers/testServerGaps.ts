/**
 * What the npm MongoDB test server (jongodb 0.1.6) cannot do (decision 0004). `npm test` sets
 * MONGODB_TEST_SERVER_KIND=jongodb when it started that server; on SQLite or a real MongoDB every
 * test runs.
 */
import { testMongoUrl } from './testDatabase'

export type MissingCommand = 'findOneAndDelete'

const onJongodb = () => Boolean(testMongoUrl()) && process.env.MONGODB_TEST_SERVER_KIND === 'jongodb'

type TestFn = (name: string, fn?: jest.ProvidesCallback, timeout?: number) => void
type EachFn = (table: ReadonlyArray<unknown>) => (name: string, fn: (...args: never[]) => unknown, timeout?: number) => void

/**
 * `it`, or — on the test server, for a product path that needs a command it lacks — skipped tests
 * whose names say which command: reported as skipped, never as passed.
 */
export function itNeeds(command: MissingCommand): TestFn & { each: EachFn } {
  if (!onJongodb()) return it as unknown as TestFn & { each: EachFn }
  const suffix = ` [skipped on the MongoDB test server: no ${command} command]`
  const skipped: TestFn = (name, fn, timeout) => it.skip(name + suffix, fn, timeout)
  const each: EachFn = (table) => (name, fn, timeout) => it.skip.each(table as never)(name + suffix, fn as never, timeout)
  return Object.assign(skipped, { each })
}

/**
 * `it`, or — on the npm test server only, for an adapter-neutral test that costs tens of seconds
 * there — a skipped test whose name says why (test time, decision 0037). A real MongoDB given by
 * MONGODB_TEST_SERVER runs it.
 */
export function itBesidesTestServer(why: string): TestFn {
  if (!onJongodb()) return it as unknown as TestFn
  return (name, fn, timeout) => it.skip(`${name} [skipped on the MongoDB test server: ${why}]`, fn, timeout)
}

/**
 * Called at the top of an adapter-neutral suite — one whose tests exercise parsing, rendering,
 * guards or e-mails, storing through the same Local API calls the other suites cover on MongoDB:
 * on the npm test server only, every test of the file is reported skipped (never passed), to keep
 * `npm test` under its time budget (decision 0037). SQLite and a real MongoDB given by
 * MONGODB_TEST_SERVER run them all.
 */
export function skipSuiteOnTestServer(): void {
  if (!onJongodb()) return
  // Each test file has its own global scope (a VM context): this changes this file's tests only.
  const scope = globalThis as unknown as { it: jest.It; test: jest.It }
  const skipping = (original: jest.It): jest.It => {
    const skip = original.skip
    // Every form a suite (or itNeeds/itBesidesTestServer) may call: it(), it.each, it.skip, it.skip.each…
    return Object.assign((name: string, fn?: jest.ProvidesCallback, timeout?: number) => skip(name, fn, timeout), { ...original, skip, only: skip, each: skip.each }) as unknown as jest.It
  }
  scope.it = skipping(scope.it)
  scope.test = skipping(scope.test)
}
