// Longest suites first, on every machine: a fresh clone has no timings from an earlier run, and
// jest then orders files by size, which started the 4-minute accessibility suite last (CI's e2e
// took 586 s where a warm run takes 505 s). The rest keep jest's own order (timings, then size).
const Sequencer = require('@jest/test-sequencer').default

/** Measured longest first (test-results/*.json), by file name. */
const LONGEST = [
  'accessibility-js-on.e2e.test.ts',
  'accessibility-js-off.e2e.test.ts',
  'form-authoring.e2e.test.ts',
  'mongodb.e2e.test.ts',
  'directory.e2e.test.ts',
  'seed.int.test.ts',
  'forms-robustness.int.test.ts',
  'guarantees-two-processes.int.test.ts',
  'access.int.test.ts',
  'submission-record.int.test.ts',
]

const rank = (test) => {
  const index = LONGEST.findIndex((name) => test.path.endsWith(`/${name}`))
  return index === -1 ? LONGEST.length : index
}

class LongestFirst extends Sequencer {
  sort(tests) {
    const byJest = super.sort([...tests])
    return byJest.map((test, order) => ({ test, order })).sort((a, b) => rank(a.test) - rank(b.test) || a.order - b.order).map(({ test }) => test)
  }
}

module.exports = LongestFirst
