import { rna, type RnaFieldConfig } from '../../../blocks/fields/rna'
import { displayAnswer } from '../../../src/forms/engine'
import { parseWith, renderInput } from './rawInput'

const field: RnaFieldConfig = { blockType: 'rna', name: 'rna', label: 'Numéro RNA' }
const parse = (value: string) => parseWith(rna, field, { rna: value })

describe('rna', () => {
  it('accepts W and 9 characters, forgiving spaces and case', async () => {
    expect(await parse('W563000123')).toEqual({ ok: true, value: 'W563000123' })
    expect(await parse('w 563 000 123')).toEqual({ ok: true, value: 'W563000123' })
    expect(await parse('W2A1000123')).toEqual({ ok: true, value: 'W2A1000123' })
  })
  it('refuses other numbers with a French message and an example', async () => {
    const error = 'Le numéro RNA commence par la lettre W suivie de 9 chiffres ou lettres, par exemple W563000123.'
    expect(await parse('563000123')).toEqual({ ok: false, error, value: '563000123' })
    expect(await parse('W56300012')).toMatchObject({ ok: false, error })
    expect(await parse('W5630001234')).toMatchObject({ ok: false, error })
    expect(await parse('WX63000123')).toMatchObject({ ok: false, error })
  })
  it('displays and renders the number', () => {
    expect(displayAnswer(field, 'W563000123')).toEqual(['W563000123'])
    expect(renderInput(rna, { field, name: 'rna', id: 'rna', value: 'W563000123' })).toContain('value="W563000123"')
  })
})
