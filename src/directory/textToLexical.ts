/** Rich-text (Lexical) value of plain text: one paragraph per non-empty line. */
export function textToLexical(text: string): Record<string, unknown> {
  const paragraph = (line: string) => ({
    type: 'paragraph',
    children: [{ type: 'text', text: line, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    textFormat: 0,
    textStyle: '',
  })
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  return { root: { type: 'root', children: lines.map(paragraph), direction: 'ltr', format: '', indent: 0, version: 1 } }
}
