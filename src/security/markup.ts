/**
 * The one way to write HTML outside React: elements built from a tag, attributes and children,
 * where every text and attribute value is escaped by construction — raw markup can only come
 * from another element. (Next.js forbids react-dom/server in route handlers and the proxy, so
 * their few refusal pages cannot be rendered by React; decision 0013.)
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const VOID_ELEMENTS = new Set(['meta', 'link', 'br', 'hr', 'img', 'input'])

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character])
}

/** Markup produced by `element`: the only thing inserted without escaping. */
export class Markup {
  readonly html: string
  constructor(html: string) {
    this.html = html
  }
}

export function element(tag: string, attributes: Record<string, string> | null, ...children: Array<string | Markup>): Markup {
  const attributeText = Object.entries(attributes ?? {})
    .map(([name, value]) => ' ' + name + '="' + escapeHtml(value) + '"')
    .join('')
  const inner = children.map((child) => (child instanceof Markup ? child.html : escapeHtml(child))).join('')
  return new Markup('<' + tag + attributeText + '>' + (VOID_ELEMENTS.has(tag) ? '' : inner + '</' + tag + '>'))
}
