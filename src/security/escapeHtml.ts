/**
 * The one escaping helper for HTML written outside React (problem pages of route handlers):
 * every interpolated value is escaped, so text from a URL or a post can never become markup.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' }

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => ENTITIES[c])
}

/** Raw markup, already safe, that `html` must not escape again. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/** Tagged template: `html\`<a href="${url}">${text}</a>\`` escapes every value unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]
  values.forEach((value, index) => {
    const part = Array.isArray(value) ? value.map((v) => (v instanceof SafeHtml ? v.value : escapeHtml(v))).join('') : value instanceof SafeHtml ? value.value : escapeHtml(value)
    out += part + strings[index + 1]
  })
  return new SafeHtml(out)
}
