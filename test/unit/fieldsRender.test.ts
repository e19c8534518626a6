/** The form page's field list: width and default value, as staff set them on each field. */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { Fields } from '../../src/forms/render/Fields'
import type { BaseFieldConfig } from '../../src/forms/types'

const fields: BaseFieldConfig[] = [
  { blockType: 'text', label: 'Commune', name: 'commune', width: 'half', defaultValue: 'Kerlann' },
  { blockType: 'text', label: 'Nom', name: 'nom', width: 'full' },
]
const render = (values: Record<string, unknown>) =>
  renderToStaticMarkup(createElement(Fields, { fields, prefix: '', values, errors: {}, context: {} }))

describe('fields of a form page', () => {
  it('take the width staff chose: half or full', () => {
    const html = render({})
    expect(html).toMatch(/<div class="field field--half"><label class="field__label" for="champ-commune">Commune/)
    expect(html).toMatch(/<div class="field field--full"><label class="field__label" for="champ-nom">Nom/)
  })

  it('start with the default value, which never replaces what the citizen typed', () => {
    expect(render({})).toMatch(/<input[^>]*id="champ-commune"[^>]*value="Kerlann"/)
    const typed = render({ commune: 'Plouhinec' })
    expect(typed).toMatch(/<input[^>]*id="champ-commune"[^>]*value="Plouhinec"/)
    expect(typed).not.toContain('Kerlann')
  })
})
