// Jest's Node environment, with a plain global object in each test file's sandbox (decision 0037).
//
// jest-environment-node makes the sandbox with `vm.createContext(proxy)`: every read of a global —
// `Object`, `Symbol`, `Promise`, `JSON`… — from code running in it (Payload, drizzle, the tests)
// goes through Node's interceptor on the context's global object, then jest's Proxy. Measured in a
// test: `Object.getPrototypeOf(x).constructor` 14 times slower than in a plain process, and
// drizzle's `is()` — which reads `Object` several times per call, thousands of times per query —
// took 20 s of the 58 s of CPU of seed.int.test.ts. `vm.constants.DONT_CONTEXTIFY` (Node ≥ 22.8)
// makes an ordinary global object instead, without interceptor: global reads cost what they cost
// outside jest. Each test file still gets its own context and its own globals, as before; what
// changes is that jest's proxy no longer records the globals a test adds, to delete them at
// teardown (the whole context is dropped with the file anyway).
const vm = require('node:vm')
const { TestEnvironment } = require('jest-environment-node')

const plainGlobal = vm.constants?.DONT_CONTEXTIFY

class PlainGlobalEnvironment extends TestEnvironment {
  constructor(config, context) {
    if (!plainGlobal) {
      super(config, context)
      return
    }
    // The parent constructor creates the context; only that call changes (and only during it).
    const createContext = vm.createContext
    vm.createContext = () => createContext(plainGlobal)
    try {
      super(config, context)
    } finally {
      vm.createContext = createContext
    }
  }
}

module.exports = PlainGlobalEnvironment
module.exports.TestEnvironment = PlainGlobalEnvironment
