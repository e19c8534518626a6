/** Plain text of a Lexical rich-text value (for search), ignoring formatting and blocks' settings. */
export function lexicalToPlainText(value: unknown): string {
  const parts: string[] = []
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const n = node as { text?: unknown; children?: unknown; root?: unknown; fields?: Record<string, unknown> }
    if (typeof n.text === 'string') parts.push(n.text)
    if (n.root) walk(n.root)
    if (Array.isArray(n.children)) n.children.forEach(walk)
    if (n.fields) for (const v of Object.values(n.fields)) if (typeof v === 'string') parts.push(v)
  }
  walk(value)
  return parts.join(' ')
}
