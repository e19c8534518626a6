/** Thrown when stored rich text holds a block this build cannot render: fail loudly, never drop content. */
export class UnknownBlockError extends Error {
  constructor(blockType: string) {
    super(`Rich text contains a block of unknown type "${blockType}": register it in blocks/index.ts.`)
    this.name = 'UnknownBlockError'
  }
}

export function assertKnownBlocks(value: unknown, known: Set<string>): void {
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; fields?: { blockType?: string }; children?: unknown[]; root?: unknown }
    if ((n.type === 'block' || n.type === 'inlineBlock') && !known.has(n.fields?.blockType ?? '')) {
      throw new UnknownBlockError(n.fields?.blockType ?? '(none)')
    }
    if (n.root) walk(n.root)
    n.children?.forEach(walk)
  }
  walk(value)
}
