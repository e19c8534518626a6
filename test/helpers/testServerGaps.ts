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
