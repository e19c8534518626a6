/**
 * No import cycle between the project's own modules (issue #12): the engine, the field types and
 * the low layers (src/lib) import each other in one direction only. Type-only imports are
 * ignored (erased at build); value imports of relative paths and of `@/` are followed.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = process.cwd()
const SOURCE_DIRS = ['src', 'blocks', 'collections']
const EXTENSIONS = ['.ts', '.tsx', '.mjs']

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(full)
    return EXTENSIONS.includes(path.extname(entry.name)) && !entry.name.endsWith('.d.ts') ? [full] : []
  })
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(ROOT, 'src', specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null
  if (!base) return null
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))]
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile()) ?? null
}

/** Value imports and re-exports of a file (not `import type` / `export type`). */
function valueImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const specifiers: string[] = []
  const statement = /^\s*(import|export)\s+(type\s+)?([^'"]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm
  for (const match of text.matchAll(statement)) {
    if (match[5]) specifiers.push(match[5])
    else if (!match[2]) specifiers.push(match[4])
  }
  const dynamic = /import\(\s*['"]([^'"]+)['"]\s*\)/g
  for (const match of text.matchAll(dynamic)) specifiers.push(match[1])
  return specifiers.flatMap((s) => resolveImport(file, s) ?? [])
}

function findCycles(dirs = SOURCE_DIRS.map((d) => path.join(ROOT, d))): string[][] {
  const files = dirs.flatMap((d) => sourceFiles(d))
  const graph = new Map(files.map((f) => [f, valueImports(f)]))
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (file: string) => {
    state.set(file, 'open')
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => path.relative(ROOT, f)))
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of files) if (!state.has(file)) visit(file)
  return cycles
}

describe('imports', () => {
  it('have no cycle', () => {
    expect(findCycles()).toEqual([])
  })

  it('the cycle finder finds a cycle of value imports and ignores type-only ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cycle-probe-'))
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b'\nexport const a = () => b\n")
      fs.writeFileSync(path.join(dir, 'b.ts'), "import type { A } from './c'\nimport { a } from './a'\nexport const b = (x?: A) => a\n")
      fs.writeFileSync(path.join(dir, 'c.ts'), "import type { b } from './b'\nexport type A = typeof b\n")
      // a ⇄ b is a cycle; b → c → b goes through type-only imports and is none
      expect(findCycles([dir])).toHaveLength(1)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
