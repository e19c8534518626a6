import { linked, type LinkedFieldConfig } from '../../../blocks/fields/linked'
import { displayAnswer } from '../../../src/forms/engine'
import { parseWith, renderInput } from './rawInput'

const field: LinkedFieldConfig = {
  blockType: 'linked',
  name: 'manifestation',
  label: 'Votre manifestation',
  firstLabel: 'Type',
  secondLabel: 'Précisez',
  choices: [
    { label: 'Sportive', subChoices: 'Course à pied\nTournoi\n' },
    { label: 'Culturelle', subChoices: 'Concert\nExposition' },
  ],
}
const parse = (first: string, second: string) => parseWith(linked, field, { 'manifestation.premier': first, 'manifestation.second': second })

describe('linked lists', () => {
  it('accepts a second choice of the first one’s group', async () => {
    expect(await parse('Sportive', 'Tournoi')).toEqual({ ok: true, value: { first: 'Sportive', second: 'Tournoi' } })
    expect(await parseWith(linked, field, {})).toEqual({ ok: true, value: null })
  })
  it('refuses a second choice of another group, beside the second list', async () => {
    expect(await parse('Sportive', 'Concert')).toEqual({
      ok: false,
      error: '« Concert » ne correspond pas à « Sportive » : choisissez « Précisez » parmi les choix de « Sportive ».',
      value: { first: 'Sportive', second: '' },
      errors: { 'manifestation.second': '« Concert » ne correspond pas à « Sportive » : choisissez « Précisez » parmi les choix de « Sportive ».' },
    })
  })
  it('refuses an unknown first choice and a missing second one', async () => {
    expect(await parse('Festive', 'Concert')).toMatchObject({ ok: false, errors: { 'manifestation.premier': 'Choisissez « Type » dans la liste.' } })
    expect(await parse('Culturelle', '')).toMatchObject({ ok: false, errors: { 'manifestation.second': 'Choisissez aussi « Précisez ».' } })
  })
  it('displays the pair', () => {
    expect(displayAnswer(field, { first: 'Culturelle', second: 'Concert' })).toEqual(['Culturelle — Concert'])
  })
  it('renders two labelled lists, the second grouped by the first (works without JavaScript)', () => {
    const html = renderInput(linked, { field, name: 'manifestation', id: 'manifestation', value: { first: 'Culturelle', second: 'Concert' } })
    expect(html).toContain('<label class="field__label" for="manifestation-premier">Type</label>')
    expect(html).toContain('<label class="field__label" for="manifestation-second">Précisez</label>')
    expect(html).toContain('<optgroup label="Sportive"><option value="Course à pied">Course à pied</option><option value="Tournoi">Tournoi</option></optgroup>')
    expect(html).toContain('<option value="Concert" selected="">Concert</option>')
  })
})
