import { departement, type DepartementFieldConfig } from '../../../blocks/fields/departement'
import { displayAnswer } from '../../../src/forms/engine'
import { parseWith, renderInput } from './rawInput'

const field: DepartementFieldConfig = { blockType: 'departement', name: 'departement', label: 'Département' }
const parse = (value: string) => parseWith(departement, field, { departement: value })

describe('departement', () => {
  it('accepts the codes of the official list (Corsica and overseas included)', async () => {
    expect(await parse('56')).toEqual({ ok: true, value: '56' })
    expect(await parse('2a')).toEqual({ ok: true, value: '2A' })
    expect(await parse('971')).toEqual({ ok: true, value: '971' })
    expect(await parse('1')).toEqual({ ok: true, value: '01' })
  })
  it('refuses a code no département has', async () => {
    expect(await parse('20')).toEqual({ ok: false, error: 'Choisissez un département dans la liste.', value: '' })
    expect(await parse('96')).toMatchObject({ ok: false })
  })
  it('displays code and name', () => {
    expect(displayAnswer(field, '56')).toEqual(['56 — Morbihan'])
    expect(renderInput(departement, { field, name: 'departement', id: 'departement', value: '' })).toContain('<option value="29">29 — Finistère</option>')
  })
})
