/**
 * The engine has no type-specific branch (issue #12): what a field type does lives in its folder
 * (blocks/fields/<type>/) and is reached through the registry's hooks. No code elsewhere compares
 * a `blockType` with a literal, switches on it or looks it up in a set of types.
 */
import fs from 'node:fs'
import path from 'node:path'

import { fieldTypes } from '../../blocks/fields'

const ROOT = process.cwd()
const SOURCE_DIRS = ['src', 'blocks', 'collections']
const TYPE_FOLDERS = new Set(Object.keys(fieldTypes).map((type) => path.join(ROOT, 'blocks', 'fields', type)))

const BRANCHES = [
  /blockType\s*[!=]==?\s*['"`]/, // blockType === 'file'
  /['"`]\s*[!=]==?\s*[\w.?]*blockType\b/, // 'file' === field.blockType
  /switch\s*\([^)]*blockType[^)]*\)/, // switch (field.blockType)
  /\.(has|includes)\(\s*[\w.?]*blockType\s*\)/, // TYPES.has(field.blockType)
]

/** Lines of `source` that branch on a field's type. */
const typeBranches = (source: string): string[] => source.split('\n').filter((line) => BRANCHES.some((pattern) => pattern.test(line)))

function sourceFiles(dir: string): string[] {
  if (TYPE_FOLDERS.has(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })
}

describe('field types', () => {
  it('the check finds each way of branching on a type', () => {
    expect(typeBranches("if (field.blockType === 'file') x()")).toHaveLength(1)
    expect(typeBranches("const keep = f.blockType !== 'heading'")).toHaveLength(1)
    expect(typeBranches("if ('group' === field.blockType) x()")).toHaveLength(1)
    expect(typeBranches('switch (field.blockType) {')).toHaveLength(1)
    expect(typeBranches('if (CLOSED.has(field.blockType)) y()')).toHaveLength(1)
    expect(typeBranches('const type = getFieldType(field.blockType)')).toHaveLength(0)
    expect(typeBranches("const field = { blockType: 'file', name: 'pieces' }")).toHaveLength(0)
  })

  it('nothing outside blocks/fields/<type>/ branches on a field type', () => {
    const found = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).flatMap((file) =>
      typeBranches(fs.readFileSync(file, 'utf8')).map((line) => `${path.relative(ROOT, file)}: ${line.trim()}`),
    )
    expect(found).toEqual([])
  })
})
