import { element as h, type Markup } from './markup.ts'

/**
 * The shell of the few French pages written outside React (refusals, the waiting room, the PayFiP
 * simulator): lang, charset, viewport, noindex and the title, then `head` (a style, a script) and
 * the page's content in `main`. Every value escaped by `element`.
 */
export function plainPageHtml(title: string, head: Markup[], ...content: Array<string | Markup>): string {
  const page = h(
    'html',
    { lang: 'fr' },
    h(
      'head',
      null,
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'robots', content: 'noindex' }),
      h('title', null, title),
      ...head,
    ),
    h('body', null, h('main', null, ...content)),
  )
  return '<!DOCTYPE html>' + page.html
}
