import { displayAnswer } from '../../../src/forms/engine'
import { hidden } from '../../../blocks/fields/hidden'
import { parseWith, renderInput } from './rawInput'

const field = { blockType: 'hidden', name: 'equipement', label: 'Équipement', queryParam: 'equipement', defaultValue: 'salle' }

describe('hidden', () => {
  it('accepts the posted value, trimmed', async () => {
    expect(await parseWith(hidden, field, { equipement: ' gymnase ' })).toEqual({ ok: true, value: 'gymnase' })
    expect(await parseWith(hidden, field, {})).toEqual({ ok: true, value: null })
  })
  it('refuses more than 200 characters', async () => {
    expect(await parseWith(hidden, field, { equipement: 'x'.repeat(200) })).toMatchObject({ ok: true })
    expect(await parseWith(hidden, field, { equipement: 'x'.repeat(201) })).toMatchObject({ ok: false, value: '' })
  })
  it('displays the value', () => {
    expect(hidden.display(field, 'gymnase', displayAnswer)).toEqual(['gymnase'])
  })
  it('has no hint, width or required setting; has queryParam', () => {
    const names = hidden.block.fields.map((f) => ('name' in f ? f.name : null))
    expect(names).toEqual(['label', 'name', 'defaultValue', 'condition', 'queryParam'])
  })
  it('renders a hidden input with the query value, else the default (escaped)', () => {
    expect(renderInput(hidden, { field, name: 'equipement', id: 'equipement', value: '"><script>' })).toBe(
      '<input type="hidden" id="equipement" name="equipement" value="&quot;&gt;&lt;script&gt;"/>',
    )
    expect(renderInput(hidden, { field, name: 'equipement', id: 'equipement', value: undefined })).toContain('value="salle"')
  })
})
