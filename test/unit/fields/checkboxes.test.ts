import { displayAnswer } from '../../../src/forms/engine'
import { checkboxes, type CheckboxesFieldConfig } from '../../../blocks/fields/checkboxes'
import { parseWith, renderInput } from './rawInput'

const field: CheckboxesFieldConfig = {
  blockType: 'checkboxes',
  name: 'materiel',
  label: 'Matériel',
  options: [
    { label: 'Tables', value: 'tables' },
    { label: 'Chaises', value: 'chaises' },
    { label: 'Sono', value: 'sono' },
  ],
}
const parse = (value: string | string[], f: CheckboxesFieldConfig = field) => parseWith(checkboxes, f, { materiel: value })

describe('checkboxes', () => {
  it('accepts chosen options, deduplicated, in options order', async () => {
    expect(await parse(['sono', 'tables', 'sono'])).toEqual({ ok: true, value: ['tables', 'sono'] })
    expect(await parse('chaises')).toEqual({ ok: true, value: ['chaises'] })
  })
  it('returns null when nothing is checked', async () => {
    expect(await parseWith(checkboxes, field, {})).toEqual({ ok: true, value: null })
    expect(await parse([''])).toEqual({ ok: true, value: null })
  })
  it('refuses values not in the options', async () => {
    expect(await parse(['tables', 'barnum'])).toEqual({ ok: false, error: 'Choisissez parmi les réponses proposées.', value: ['tables'] })
  })
  it('applies minChoices and maxChoices', async () => {
    const f = { ...field, minChoices: 2, maxChoices: 2 }
    expect(await parse(['tables'], f)).toEqual({ ok: false, error: 'Cochez au moins 2 réponses.', value: ['tables'] })
    expect(await parse(['tables', 'sono', 'chaises'], f)).toMatchObject({ ok: false, error: 'Cochez au plus 2 réponses.' })
    expect(await parse(['tables', 'sono'], f)).toEqual({ ok: true, value: ['tables', 'sono'] })
    expect(await parse(['tables', 'sono'], { ...field, maxChoices: 1 })).toMatchObject({ error: 'Cochez au plus 1 réponse.' })
  })
  it('displays the labels, one per line', () => {
    expect(checkboxes.display(field, ['tables', 'sono'], displayAnswer)).toEqual(['Tables', 'Sono'])
  })
  it('is a fieldset of labelled check boxes sharing one name', () => {
    expect(checkboxes.fieldset).toBe(true)
    const html = renderInput(checkboxes, { field, name: 'materiel', id: 'materiel', value: ['chaises', 'sono'], error: 'Erreur' })
    expect(html.match(/type="checkbox"/g)).toHaveLength(3)
    expect(html.match(/name="materiel"/g)).toHaveLength(3)
    expect(html.match(/checked=""/g)).toHaveLength(2)
    expect(html).toContain('<label for="materiel-3">Sono</label>')
    expect(html.match(/aria-invalid="true"/g)).toHaveLength(3)
    expect(html).not.toContain('aria-describedby')
  })
})
