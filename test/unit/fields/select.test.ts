import { displayAnswer } from '../../../src/forms/engine'
import { select, type SelectFieldConfig } from '../../../blocks/fields/select'
import { attr, parseWith, renderInput, tagWithId } from './rawInput'

const field: SelectFieldConfig = {
  blockType: 'select',
  name: 'objet',
  label: 'Objet',
  options: [{ label: 'État civil', value: 'etat_civil' }, { label: 'Voirie et propreté', value: ' voirie ' }, { label: 'Autre' }],
}
const parse = (value: string) => parseWith(select, field, { objet: value })
const REFUSED = { ok: false, error: 'Choisissez une valeur dans la liste.', value: '' }

describe('select', () => {
  it('accepts an option value, trimmed (or its label when no value is stored)', async () => {
    expect(await parse('etat_civil')).toEqual({ ok: true, value: 'etat_civil' })
    expect(await parse(' etat_civil ')).toEqual({ ok: true, value: 'etat_civil' })
    expect(await parse('voirie')).toEqual({ ok: true, value: 'voirie' })
    expect(await parse('Autre')).toEqual({ ok: true, value: 'Autre' })
  })
  it('returns null when nothing is chosen (the placeholder posts "")', async () => {
    expect(await parse('')).toEqual({ ok: true, value: null })
    expect(await parseWith(select, field, {})).toEqual({ ok: true, value: null })
  })
  it.each(['urbanisme', 'État civil', 'ETAT_CIVIL', 'autre', '<script>'])('refuses %s, not a stored option value', async (value) => {
    expect(await parse(value)).toEqual(REFUSED)
  })
  it('refuses any value when the list has no options', async () => {
    expect(await parseWith(select, { ...field, options: null }, { objet: 'etat_civil' })).toEqual(REFUSED)
  })
  it('displays the label of the chosen option (the value itself if the option was removed since)', () => {
    expect(select.display(field, 'etat_civil', displayAnswer)).toEqual(['État civil'])
    expect(select.display(field, 'voirie', displayAnswer)).toEqual(['Voirie et propreté'])
    expect(select.display(field, 'ancienne_option', displayAnswer)).toEqual(['ancienne_option'])
  })
  it('renders a select with an empty first choice, the chosen option selected, and aria attributes', () => {
    const html = renderInput(select, { field: { ...field, required: true, hint: 'Aide' }, name: 'objet', id: 'objet', value: 'voirie', error: 'Erreur' })
    const tag = tagWithId(html, 'objet')
    expect(tag.startsWith('<select')).toBe(true)
    expect([attr(tag, 'name'), attr(tag, 'aria-invalid'), attr(tag, 'aria-describedby'), attr(tag, 'aria-required')]).toEqual(['objet', 'true', 'objet-aide objet-erreur', 'true'])
    const options = [...html.matchAll(/<option value="([^"]*)"( selected="")?>([^<]*)<\/option>/g)].map((m) => [m[1], m[3], Boolean(m[2])])
    expect(options).toEqual([
      ['', 'Sélectionnez une option', false],
      ['etat_civil', 'État civil', false],
      ['voirie', 'Voirie et propreté', true],
      ['Autre', 'Autre', false],
    ])
    expect(html).not.toMatch(/\srequired[\s=>]/)
    const clean = renderInput(select, { field, name: 'objet', id: 'objet', value: null })
    expect(clean).not.toContain('aria-invalid')
    expect(clean.match(/selected=""/g)).toHaveLength(1)
    expect(clean).toContain('<option value="" selected="">Sélectionnez une option</option>')
  })
})
