import type { PlainBody } from './data/types'

/** Lexical editor JSON from seed paragraphs ("## " → heading, "- " → bullet list, "! " → callout). */
type LexicalNode = Record<string, unknown>

const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const element = (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

let blockCounter = 0

export function plainBodyToLexical(body: PlainBody): { root: LexicalNode } {
  const children: LexicalNode[] = []
  let list: LexicalNode[] | null = null
  for (const line of body) {
    if (line.startsWith('- ')) {
      if (!list) {
        list = []
        children.push(element('list', list, { listType: 'bullet', tag: 'ul', start: 1 }))
      }
      list.push(element('listitem', [text(line.slice(2))], { value: list.length + 1 }))
      continue
    }
    list = null
    if (line.startsWith('## ')) children.push(element('heading', [text(line.slice(3))], { tag: 'h2' }))
    else if (line.startsWith('! ')) {
      blockCounter += 1
      children.push({
        type: 'block',
        format: '',
        version: 2,
        fields: {
          id: `seedcallout${blockCounter.toString(16).padStart(12, '0')}`,
          blockName: '',
          blockType: 'callout',
          variant: 'info',
          title: 'À savoir',
          text: line.slice(2),
        },
      })
    } else children.push(element('paragraph', [text(line)], { textFormat: 0, textStyle: '' }))
  }
  return { root: element('root', children) }
}
