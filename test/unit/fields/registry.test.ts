import fs from 'node:fs'
import path from 'node:path'

import { fieldBlocks, fieldTypes } from '../../../blocks/fields'

/** Every folder of blocks/fields/ but shared/ is a field type. */
const FOLDERS = fs
  .readdirSync(path.join(process.cwd(), 'blocks', 'fields'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name)
  .sort()
const LEAVES = Object.values(fieldTypes)
  .filter((t) => !t.container && !t.holds && !t.commit)
  .map((t) => t.type)
  .sort()

describe('field type registry', () => {
  it('registers every type folder under its block slug, and nothing else', () => {
    expect(Object.keys(fieldTypes).sort()).toEqual(FOLDERS)
    for (const [slug, type] of Object.entries(fieldTypes)) {
      expect(type.type).toBe(slug)
      expect(type.block.slug).toBe(slug)
    }
    expect(fieldBlocks).toHaveLength(FOLDERS.length)
  })
  it('has accepted/refused unit tests for every type (test/unit/fields/<type>.test.ts)', () => {
    const missing = FOLDERS.filter((type) => !fs.existsSync(path.join(process.cwd(), 'test', 'unit', 'fields', `${type}.test.ts`)))
    expect(missing).toEqual([])
  })
  it('allows every type but the repeatable group itself, holding types (a booking) and committing ones (a waiting list) inside a repeatable group', () => {
    expect(LEAVES).toEqual(FOLDERS.filter((type) => !['group', 'creneau', 'billets', 'attente'].includes(type)))
    const group = fieldTypes.group.block.fields.find((f) => 'name' in f && f.name === 'fields')
    const slugs = group && 'blocks' in group ? group.blocks.map((b) => b.slug) : []
    expect(slugs.sort()).toEqual(LEAVES)
  })
  it('marks group-of-inputs types as fieldsets and the file type as multipart', () => {
    const fieldsets = Object.values(fieldTypes).filter((t) => t.fieldset).map((t) => t.type).sort()
    expect(fieldsets).toEqual(['address', 'attente', 'billets', 'checkboxes', 'creneau', 'group', 'honour', 'identity', 'linked', 'parcelle', 'radio', 'yesno'])
    expect(Object.values(fieldTypes).filter((t) => t.multipart).map((t) => t.type)).toEqual(['file'])
  })
})
