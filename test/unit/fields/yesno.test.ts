import { yesno, type YesNoFieldConfig } from '../../../blocks/fields/yesno'
import { displayAnswer } from '../../../src/forms/engine'
import { attr, parseWith, renderInput, tagWithId } from './rawInput'

const field: YesNoFieldConfig = { blockType: 'yesno', name: 'buvette', label: 'Y aura-t-il une buvette ?', required: true }

describe('yesno', () => {
  it('accepts oui and non (non is an answer, not an empty field)', async () => {
    expect(await parseWith(yesno, field, { buvette: 'oui' })).toEqual({ ok: true, value: 'oui' })
    expect(await parseWith(yesno, field, { buvette: 'Non' })).toEqual({ ok: true, value: 'non' })
    expect(await parseWith(yesno, field, {})).toEqual({ ok: true, value: null })
  })
  it('refuses anything else, in French', async () => {
    expect(await parseWith(yesno, field, { buvette: 'peut-être' })).toEqual({ ok: false, error: 'Répondez par oui ou par non.', value: '' })
  })
  it('asks for an answer when required', () => {
    expect(yesno.requiredMessage!(field)).toBe('Répondez par oui ou par non à « Y aura-t-il une buvette ? ».')
  })
  it('displays Oui / Non', () => {
    expect(displayAnswer(field, 'non')).toEqual(['Non'])
    expect(displayAnswer(field, 'oui')).toEqual(['Oui'])
  })
  it('is a fieldset of two labelled radios, the first carrying the field id', () => {
    expect(yesno.fieldset).toBe(true)
    const html = renderInput(yesno, { field, name: 'buvette', id: 'buvette', value: 'non' })
    expect(html).toContain('<label for="buvette">Oui</label>')
    expect(html).toContain('<label for="buvette-non">Non</label>')
    expect(attr(tagWithId(html, 'buvette-non'), 'checked')).toBe('')
  })
})
