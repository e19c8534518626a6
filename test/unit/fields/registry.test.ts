import { fieldBlocks, fieldTypes } from '../../../blocks/fields'

const LEAVES = ['text', 'textarea', 'email', 'telephone', 'number', 'date', 'select', 'radio', 'checkboxes', 'checkbox', 'identity', 'address', 'siret', 'iban', 'file', 'heading', 'hidden']

describe('field type registry', () => {
  it('registers every type under its block slug', () => {
    expect(Object.keys(fieldTypes).sort()).toEqual([...LEAVES, 'group'].sort())
    for (const [slug, type] of Object.entries(fieldTypes)) {
      expect(type.type).toBe(slug)
      expect(type.block.slug).toBe(slug)
    }
    expect(fieldBlocks).toHaveLength(LEAVES.length + 1)
  })
  it('allows every leaf type inside a repeatable group', () => {
    const group = fieldTypes.group.block.fields.find((f) => 'name' in f && f.name === 'fields')
    const slugs = group && 'blocks' in group ? group.blocks.map((b) => b.slug) : []
    expect(slugs.sort()).toEqual([...LEAVES].sort())
  })
  it('marks group-of-inputs types as fieldsets and the file type as multipart', () => {
    const fieldsets = Object.values(fieldTypes).filter((t) => t.fieldset).map((t) => t.type).sort()
    expect(fieldsets).toEqual(['address', 'checkboxes', 'group', 'identity', 'radio'])
    expect(Object.values(fieldTypes).filter((t) => t.multipart).map((t) => t.type)).toEqual(['file'])
  })
})
