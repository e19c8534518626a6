import { displayAnswer } from '../../../src/forms/engine'
import { radio, type RadioFieldConfig } from '../../../blocks/fields/radio'
import { attr, parseWith, renderInput, tagWithId } from './rawInput'

const field: RadioFieldConfig = {
  blockType: 'radio',
  name: 'salle',
  label: 'Salle',
  options: [{ label: 'Salle des fêtes', value: 'salle_des_fetes' }, { label: 'Gymnase' }],
}
const parse = (value: string) => parseWith(radio, field, { salle: value })

describe('radio', () => {
  it('accepts an option value (or its label when no value is stored)', async () => {
    expect(await parse('salle_des_fetes')).toEqual({ ok: true, value: 'salle_des_fetes' })
    expect(await parse('Gymnase')).toEqual({ ok: true, value: 'Gymnase' })
  })
  it('returns null when nothing is chosen', async () => {
    expect(await parseWith(radio, field, {})).toEqual({ ok: true, value: null })
  })
  it('refuses a value that is not an option', async () => {
    expect(await parse('piscine')).toEqual({ ok: false, error: 'Choisissez une des réponses proposées.', value: '' })
  })
  it('displays the label', () => {
    expect(radio.display(field, 'salle_des_fetes', displayAnswer)).toEqual(['Salle des fêtes'])
  })
  it('is a fieldset of labelled radios; the first carries the field id', () => {
    expect(radio.fieldset).toBe(true)
    const html = renderInput(radio, { field: { ...field, hint: 'Aide' }, name: 'salle', id: 'salle', value: 'Gymnase', error: 'Erreur' })
    expect(html.match(/type="radio"/g)).toHaveLength(2)
    expect(html).toContain('id="salle"')
    expect(html).toContain('<label for="salle">Salle des fêtes</label>')
    expect(html).toContain('<label for="salle-2">Gymnase</label>')
    const second = tagWithId(html, 'salle-2')
    expect([attr(second, 'name'), attr(second, 'value'), attr(second, 'checked')]).toEqual(['salle', 'Gymnase', ''])
    expect(attr(tagWithId(html, 'salle'), 'checked')).toBeUndefined()
    expect(html.match(/aria-invalid="true"/g)).toHaveLength(2)
    // Hint and error are announced through the fieldset (FieldShell), not once per option.
    expect(html).not.toContain('aria-describedby')
    expect(html).not.toMatch(/\srequired[\s=>]/)
    expect(renderInput(radio, { field, name: 'salle', id: 'salle', value: null })).not.toContain('aria-invalid')
  })
})
