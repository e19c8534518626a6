import { contentBlockRegistry, contentBlocks } from '../../blocks'
import { assertKnownBlocks, UnknownBlockError } from '../../src/components/assertKnownBlocks'

const doc = (blockType: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'block', fields: { blockType } }] }] },
})

describe('content blocks', () => {
  it('registers each block once, config and component together', () => {
    expect(contentBlocks.map((b) => b.slug)).toEqual(Object.keys(contentBlockRegistry))
    for (const entry of Object.values(contentBlockRegistry)) expect(typeof entry.Component).toBe('function')
  })

  it('refuses to render rich text holding an unknown block, naming it', () => {
    const known = new Set(Object.keys(contentBlockRegistry))
    expect(() => assertKnownBlocks(doc('callout'), known)).not.toThrow()
    expect(() => assertKnownBlocks(doc('carousel'), known)).toThrow(UnknownBlockError)
    expect(() => assertKnownBlocks(doc('carousel'), known)).toThrow(/carousel/)
  })
})
